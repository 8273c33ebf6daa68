import gc
gc.collect()
d = {}
print(gc.is_tracked(d))
d['self'] = d
print(gc.is_tracked(d))
del d
print(gc.collect())
