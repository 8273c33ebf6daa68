import sys
class A:
    pass
def local_rc():
    x = A()
    return sys.getrefcount(x)
def two_names():
    x = A()
    y = x
    return sys.getrefcount(x)
print(local_rc())
print(two_names())
