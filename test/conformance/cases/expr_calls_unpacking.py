def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
nums = [1, 2, 3]
opts = {"sep": "-", "end": "!"}
print(show(*nums))
print(show(0, *nums, 4, *"ab"))
print(show(**opts, extra=1))
print(show(*nums, **opts))
print(*nums, **opts)
print()
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*[1, 2], 3), three(c=1, **{"a": 2, "b": 3}))
print([*range(3), *"xy"], (*nums, 9), {*nums, 1})
print({**{"a": 1}, "b": 2, **{"a": 3}})
