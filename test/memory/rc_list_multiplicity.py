import sys
class A:
    pass
x = A()
L = [x, x, x]
print(sys.getrefcount(x))
del L
M = [x] * 10
print(sys.getrefcount(x))
del M
C = [x for _ in range(4)]
print(sys.getrefcount(x))
C.clear()
print(sys.getrefcount(x))
