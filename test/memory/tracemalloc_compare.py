# compare_to: what a line allocated between two snapshots, and what freeing it gave back.
import tracemalloc
tracemalloc.start()
s1 = tracemalloc.take_snapshot()
objs = [object() for _ in range(3000)]
s2 = tracemalloc.take_snapshot()
d = s2.compare_to(s1, 'lineno')[0]
print(d.traceback[0].lineno, d.size, d.size_diff, d.count, d.count_diff)
print(d)
del objs
s3 = tracemalloc.take_snapshot()
d = s3.compare_to(s2, 'lineno')[0]
print(d.traceback[0].lineno, d.size, d.size_diff, d.count, d.count_diff)
print(d)
cur, peak = tracemalloc.get_traced_memory()
print(peak > cur > 0, peak >= 3000 * 16)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print('ValueError:', e)
try:
    s3.statistics('bogus')
except ValueError as e:
    print('ValueError:', e)
