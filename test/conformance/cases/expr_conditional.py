def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 2)])
age = 20
status = "adult" if age >= 18 else "minor"
print(status)
print((1 if True else 2) + 10)
lst = []
print(lst[0] if lst else "no items")
