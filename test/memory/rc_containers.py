import sys
class A:
    pass
x = A()
L = [x]
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x))
d = {'k': x}
print(sys.getrefcount(x))
dk = {x: 1}
print(sys.getrefcount(x))
s = {x}
print(sys.getrefcount(x))
L.pop()
print(sys.getrefcount(x))
del d['k']
print(sys.getrefcount(x))
s.discard(x)
print(sys.getrefcount(x))
