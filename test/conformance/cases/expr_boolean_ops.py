print(True and "yes", False and "no", 0 or "fallback", "" or 0 or None)
print(1 and 2 and 3, 1 or 2 or 3)
print(not 0, not [], not [0], not "a")
def side(v):
    print("side", v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(True + True, True * 10, False - 1)
print(isinstance(True, int), True == 1, False == 0)
print(bool(0.0), bool(-1), bool(None), bool(()), bool({0}))
x = None
print(x is None or x > 3)
