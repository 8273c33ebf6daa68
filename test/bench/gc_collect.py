# The collector's benchmark (issue 4): with automatic collection off, build 1,000,000
# tracked objects -- 250,000 two-node garbage cycles and 500,000 live small lists -- then
# time one full gc.collect(). The program prints its own timing on a line starting with
# 'time:' (the runner takes the ratio of those, and compares the rest of the output).
import gc
import time

gc.disable()
gc.collect()

live = []
for i in range(500000):
    live.append([i])

for i in range(250000):
    a = []
    b = [a]
    a.append(b)
del a, b

t0 = time.perf_counter()
n = gc.collect()
t1 = time.perf_counter()
print('collected', n)
print('live', len(live))
t2 = time.perf_counter()
n2 = gc.collect()
t3 = time.perf_counter()
print('collected again', n2)
print('time:', t1 - t0 + (t3 - t2))
