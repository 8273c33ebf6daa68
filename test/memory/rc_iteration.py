import sys
class A:
    pass
x = A()
L = [x]
print(sys.getrefcount(L))
it = iter(L)
print(sys.getrefcount(L))
del it
for item in L:
    print(sys.getrefcount(item), sys.getrefcount(L))
print(sys.getrefcount(x))
del item
print(sys.getrefcount(x))
it2 = iter([x])
print(sys.getrefcount(x))
