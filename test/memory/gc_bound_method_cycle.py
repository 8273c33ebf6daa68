import gc
gc.collect()
class A:
    def m(self):
        return 1
a = A()
a.bound = a.m
del a
print(gc.collect())
