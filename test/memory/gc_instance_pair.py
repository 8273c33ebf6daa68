import gc
gc.collect()
class A:
    pass
a = A(); b = A()
a.other = b; b.other = a
del a, b
print(gc.collect())
