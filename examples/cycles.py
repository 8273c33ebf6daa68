# Cycles and the collector: reference counting alone cannot free objects that
# refer to each other. CPython's cyclic garbage collector finds such groups
# that nothing outside refers to, and frees them.
import gc

gc.disable()    # no automatic collections in this demo: we decide when
gc.collect()    # start from a clean slate

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

# Two nodes that point at each other: each has a count of at least 1 even
# after our names are gone, so refcounting never frees them.
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b

# gc.collect() returns the number of unreachable objects it found: here the
# two Node instances (their __dict__s live inline in 3.11, so they are not
# counted separately).
print("collected:", gc.collect())
print("collected again:", gc.collect())     # nothing left

# A self-referencing list is the smallest cycle.
l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())

# Only containers are tracked by the collector: atoms like ints and strings
# can never be part of a cycle, so gc ignores them.
print("int tracked?", gc.is_tracked(42))
print("str tracked?", gc.is_tracked("hello"))
print("list tracked?", gc.is_tracked([]))
# A dict holding only atomic keys and values is untracked until it gets a
# container value.
d = {"k": 1}
print("dict of ints tracked?", gc.is_tracked(d))
d["k"] = []
print("dict holding a list tracked?", gc.is_tracked(d))
# A tuple built at run time starts tracked; a collection notices it holds
# only atoms, so it cannot be in a cycle, and untracks it. (A constant tuple
# like (1, 2, 3) in the source is already untracked when compiled.)
n = 1
t = (n, n + 1)
print("fresh tuple tracked?", gc.is_tracked(t))
gc.collect()
print("tuple after a collection?", gc.is_tracked(t))

# gc.get_count() is (allocations since the last generation-0 collection,
# gen-0 collections since the last gen-1, gen-1 since the last gen-2).
# A full collection resets the first counter; each new container adds one.
gc.collect()
before = gc.get_count()[0]
keep = [[] for i in range(10)]
after = gc.get_count()[0]
# 12: the 10 inner lists, the outer list, and the function object that 3.11
# creates to run the list comprehension.
print("new containers counted:", after - before)
