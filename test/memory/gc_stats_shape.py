import gc
s = gc.get_stats()
print(len(s), [sorted(d) for d in s])
before = gc.get_stats()[1]['collections']
gc.collect(1)
print(gc.get_stats()[1]['collections'] - before)
before = gc.get_stats()[2]
a = []
a.append(a)
del a
gc.collect()
after = gc.get_stats()[2]
print(after['collections'] - before['collections'], after['collected'] - before['collected'])
