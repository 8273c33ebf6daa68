import sys
class A:
    pass
class Holder:
    pass
x = A()
h = Holder()
h.attr = x
print(sys.getrefcount(x))
h.other = x
print(sys.getrefcount(x))
del h.attr
print(sys.getrefcount(x))
del h
print(sys.getrefcount(x))
