import time
t0 = time.perf_counter()
total = 0
for i in range(10000):
    total += i
t1 = time.perf_counter()
print(type(t0).__name__, t1 >= t0, total)
from time import perf_counter
print(callable(perf_counter), isinstance(perf_counter(), float))
