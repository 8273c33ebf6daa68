def f():
    return 1000
def g():
    return 1000
print(f() is g())
def h():
    a = 257
    b = 257
    return a is b
print(h())
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2)
l1 = [1, 2]
l2 = [1, 2]
print(l1 is l2)
