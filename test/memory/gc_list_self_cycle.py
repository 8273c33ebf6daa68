import gc
gc.collect()
a = []
a.append(a)
print(gc.is_tracked(a))
del a
print(gc.collect())
print(gc.collect())
