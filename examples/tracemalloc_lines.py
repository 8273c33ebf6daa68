# tracemalloc: which line allocated the memory that is still alive?
#
# tracemalloc.start() makes the allocator remember, for every block it hands out, the
# source line that was running. take_snapshot() then groups the live blocks by line:
# a quick way to find what holds memory, without guessing.
import tracemalloc

tracemalloc.start()

names = [f"user-{i:05}" for i in range(10000)]   # 10,000 new str objects (and a list)
numbers = [10**20 + i for i in range(2000)]     # 2,000 ints too big for the small-int cache

snapshot = tracemalloc.take_snapshot()
top = snapshot.statistics("lineno")

# The two comprehensions are the top two lines. Each str and each int is one block; the
# lists add their item arrays (a list header taken from the list free list is not a new
# allocation, so it is not counted: tracemalloc sees only what the allocator hands out).
for stat in top[:2]:
    frame = stat.traceback[0]
    print(f"line {frame.lineno}: {stat.count} blocks")

# Memory freed since is no longer traced.
before, peak = tracemalloc.get_traced_memory()
del names
after, _ = tracemalloc.get_traced_memory()
print("freed most of it:", after < before / 2)
print("the peak remembers:", peak >= before)
tracemalloc.stop()
print("tracing:", tracemalloc.is_tracing())
