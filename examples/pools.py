# pymalloc pools and fragmentation. Small objects (up to 512 bytes) do not come
# from malloc one by one: pymalloc rounds each request up to a 16-byte size
# class and carves it out of a 16 KiB pool that serves only that class
# (pools live in 1 MiB arenas). A freed block goes on its pool's free list and
# is the first one handed out next time -- whatever the type.
#
# examples-test: stderr-match: ^(Small block threshold|class   size|-----)
# (The test compares only these stable lines of sys._debugmallocstats(): the
# counts in the rest depend on everything the interpreter allocated.)
import sys

class Point:
    def __init__(self, x):
        self.x = x

# Blocks are reused LIFO: free two points, make two new ones, and the new
# ones take the freed blocks in reverse order.
ps = [Point(i) for i in range(5)]
ids = [id(p) for p in ps]
del ps[1]                       # frees the block of point 1
del ps[2]                       # (was ps[3]) frees the block of point 3
q1 = Point(10)                  # gets point 3's block: freed last
q2 = Point(11)                  # then point 1's
print("LIFO reuse:", id(q1) == ids[3], id(q2) == ids[1])

# A pool belongs to a size class, not to a type. A 52-byte int and a 57-byte
# string both round up to 64 bytes, so the string can take the int's block.
n = 200
big = 2 ** n                    # computed at run time: a new int
print("int size:", sys.getsizeof(big))
old = id(big)
del big
s = "abcd" * (n // 100)         # an 8-character str, built at run time
print("str size:", sys.getsizeof(s), "same block:", id(s) == old)

# Fragmentation: freeing most objects does not give pools back while even one
# block in each pool is still in use. Keep every 50th string alive...
strs = ["%07d" % i for i in range(5000)]
keep = strs[::50]
del strs
# ...and the pools that held them stay allocated, mostly empty: their free
# blocks can serve later 64-byte requests, but no other size class, and the
# arenas holding them cannot be returned to the system.
print("kept:", len(keep))

# sys._debugmallocstats() prints pymalloc's state to stderr: per size class,
# the pools, the blocks in use and the free blocks; then arenas and the free
# lists. Look at the row of the size class of a 7-character str (56 bytes ->
# class 3, 64 bytes): many pools, few blocks in use, many available.
sys._debugmallocstats()
