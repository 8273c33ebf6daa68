import gc
gc.collect()
class C:
    pass
del C
print(gc.collect())
class D:
    def method(self):
        return 1
del D
print(gc.collect())
