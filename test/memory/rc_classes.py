import sys
class A:
    pass
print(sys.getrefcount(A))
a1 = A()
print(sys.getrefcount(A))
a2 = A()
print(sys.getrefcount(A))
del a1, a2
print(sys.getrefcount(A))
class S:
    def m(self):
        return super()
print(sys.getrefcount(S))
class B:
    pass
print(sys.getrefcount(B))
class E(B):
    pass
print(sys.getrefcount(B))
class Slotted:
    __slots__ = ('a',)
print(sys.getrefcount(Slotted))
