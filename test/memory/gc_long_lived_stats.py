import gc
gc.collect()
gc.set_threshold(100, 5, 5)
base = [s['collections'] for s in gc.get_stats()]
class A:
    pass
keep = []
for i in range(20000):
    keep.append(A())
now = [s['collections'] for s in gc.get_stats()]
print([n - b for n, b in zip(now, base)])
