import sys
class A:
    pass
x = A()
print(sys.getrefcount(x))
q = lambda q=x: q
print(sys.getrefcount(x))
def f(v=x):
    return v
print(sys.getrefcount(x))
del q
print(sys.getrefcount(x))
