import gc
gc.collect()
d = {'k': []}
print(gc.is_tracked(d))
d['k'] = 1
print(gc.is_tracked(d))
gc.collect(1)
print(gc.is_tracked(d))
gc.collect(2)
print(gc.is_tracked(d))
d['t'] = (1, 2)
print(gc.is_tracked(d))
e = {'a': 'b'}
e2 = dict(e)
print(gc.is_tracked(e), gc.is_tracked(e2))
