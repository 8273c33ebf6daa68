import gc
gc.collect()
gc.freeze()
c = gc.get_count()
print(gc.get_freeze_count() > 0)
print(c)
a = []
a.append(a)
del a
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())
