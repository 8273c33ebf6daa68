import gc
gc.collect()
class A:
    pass
a = A()
a.items = [a]
del a
print(gc.collect())
class B:
    pass
b = B(); c = B()
b.c = c; c.b = b
b.junk = [1, 2, 3]
b.name = 'a string'
b.big = 10 ** 30
del b, c
print(gc.collect())
