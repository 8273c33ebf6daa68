x = 1000
print("start")
print(x is 1000)
print(x is not ())
print("abc" is "abc")
if x is 1:
    print("unreachable")
print(x is None, x is not None)
