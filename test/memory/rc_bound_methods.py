import sys
class A:
    def meth(self):
        return sys.getrefcount(self)
x = A()
print(sys.getrefcount(x))
m = x.meth
print(sys.getrefcount(x))
print(x.meth())
del m
print(sys.getrefcount(x))
print(sys.getrefcount(A.meth))
def f():
    pass
print(sys.getrefcount(f))
