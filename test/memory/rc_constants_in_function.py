import sys
def f():
    q = 123456
    return sys.getrefcount(q)
def g():
    return 654321
print(f())
r = g()
print(sys.getrefcount(r))
