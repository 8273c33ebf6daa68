import gc
class A:
    pass
def count():
    return gc.get_count()[0]
gc.collect()
count()
c0 = count()
keep = [A() for i in range(10)]
c1 = count()
del keep
c2 = count()
x = A()
c3 = count()
x.items = [1]
c4 = count()
y = (x, x)
c5 = count()
def f():
    return 1
f()
c6 = count()
print(c1 - c0, c2 - c1, c3 - c2, c4 - c3, c5 - c4, c6 - c5)
