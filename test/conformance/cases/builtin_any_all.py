print(any([]), all([]))
print(any([0, "", None]), any([0, 1]))
print(all([1, "a", [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
def seen(v):
    print("check", v)
    return v
print(any(seen(v) for v in [0, 2, 3]))
print(all(seen(v) for v in [1, 0, 3]))
