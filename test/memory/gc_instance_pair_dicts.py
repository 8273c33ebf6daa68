import gc
gc.collect()
class A:
    pass
a = A(); b = A()
a.other = b; b.other = a
print(len(a.__dict__), len(b.__dict__))
del a, b
print(gc.collect())
