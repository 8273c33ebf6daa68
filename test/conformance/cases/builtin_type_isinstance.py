print(type(1), type("s"), type([]), type(None), type(type))
class A: pass
class B(A): pass
b = B()
print(type(b), type(b) is B, type(b) == A)
print(isinstance(b, A), isinstance(b, (int, str)), isinstance(1, (str, int)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), issubclass(A, object))
print(type(b).__name__, type(b).__qualname__, B.__bases__, A.__mro__)
T = type("T", (A,), {"x": 5})
print(T.x, T.__name__, isinstance(T(), A))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
