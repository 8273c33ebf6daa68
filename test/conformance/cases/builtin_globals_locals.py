x = 10
def f(a):
    b = a * 2
    print(sorted(locals().items()))
    return "x" in globals()
print(f(1))
g = globals()
g["created"] = 5
print(created)
print(globals() is g, "f" in g, g["x"])
print(sorted(k for k in globals() if not k.startswith("__")))
def outer():
    v = 1
    def inner():
        return locals()
    return inner()
print(outer())
print(locals() is globals())
