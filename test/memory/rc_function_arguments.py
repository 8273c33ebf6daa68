import sys
class A:
    pass
def f(a):
    return sys.getrefcount(a)
def g(a, b):
    return sys.getrefcount(a)
def outer(a):
    return f(a) + 0 * g(a, a)
def inner_via(a):
    return f(a)
def kw(*, a):
    return sys.getrefcount(a)
def star(*args):
    return sys.getrefcount(args[0])
def kwargs(**kw):
    return sys.getrefcount(kw['a'])
x = A()
print(f(x))
print(f(A()))
print(g(x, x))
print(inner_via(x))
print(kw(a=x))
print(star(x))
print(kwargs(a=x))
