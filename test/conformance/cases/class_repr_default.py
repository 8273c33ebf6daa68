class A:
    pass
a = A()
r = repr(a)
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(str(a) == repr(a))
print(A, type(A), repr(A))
class B:
    def __repr__(self):
        return "B()"
print(B(), [B(), B()], {"k": B()}, (B(),))
print(f"{B()!r} {B()!s}")
class C:
    def __str__(self):
        return "C-str"
c = C()
print(c, str(c), [c] == [c], repr(c).startswith("<__main__.C object"))
print(int, print, len.__name__, type(print).__name__)
