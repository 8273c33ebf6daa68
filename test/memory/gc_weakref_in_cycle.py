import gc, weakref
gc.collect()
class A:
    pass
a = A(); b = A()
a.o = b; b.o = a
r = weakref.ref(a, lambda w: print('callback, dead:', w() is None))
del a, b
print(gc.collect())
print(r())
c = A()
c.me = c
c.w = weakref.ref(c, lambda w: print('never'))
del c
print(gc.collect())
