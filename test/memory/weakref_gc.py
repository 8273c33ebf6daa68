import gc, weakref
class A:
    pass
a = A(); b = A(); a.b = b; b.a = a
r = weakref.ref(a, lambda w: print('callback ran', w() is None))
del a, b
print(gc.collect())
print(r())
c = A(); c.me = c
c.wr = weakref.ref(c, lambda w: print('never'))
del c
print(gc.collect())
