o = object()
print(type(o).__name__, callable(o), callable(print), callable(len), callable(object))
try:
    o.x = 1
except AttributeError as e:
    print(e)
class F:
    def __call__(self):
        return "called"
class G:
    pass
print(callable(F()), callable(G()), callable(G), callable(lambda: 0))
print(F()())
print(object.__name__, isinstance(F(), object), object.__bases__)
print(len(dir(object)) > 20, "__init__" in dir(object))
print(callable(str.upper), callable("s".upper), callable(1))
