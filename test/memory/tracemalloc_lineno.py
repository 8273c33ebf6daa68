# tracemalloc attributes each allocation to the line that made it: 10,000 strings of
# 3..12 characters (one block each) plus the list's header and item array at line 11,
# 5,000 floats at line 12 (3 of them reuse blocks from the float free list, allocated
# before tracing started, so they are not new allocations). The first snapshot absorbs
# one-off allocations (CPython's code-object caches) that would otherwise be charged to
# the first traced line.
import tracemalloc
tracemalloc.start()
warmup = tracemalloc.take_snapshot()
del warmup
data = [str(i) * 3 for i in range(10000)]
floats = [float(i) for i in range(5000)]
snap = tracemalloc.take_snapshot()
stats = snap.statistics('lineno')
top, second = stats[0], stats[1]
print(top.traceback[0].lineno, top.count, top.size)
print(top)
print(second.traceback[0].lineno, second.count, second.size)
print(second)
print(repr(top).replace(top.traceback[0].filename, 'F'))
print(str(top.traceback).endswith('tracemalloc_lineno.py:11'))
print(len(top.traceback), top.traceback[0].filename.endswith('tracemalloc_lineno.py'))
print(snap.traceback_limit, tracemalloc.get_traceback_limit())
