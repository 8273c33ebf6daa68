# Objects with no free list (ints) go back to their pymalloc pool, and the pool hands the
# most recently freed block out first. A list comprehension's item array grows by realloc
# (4, then 8 pointers: 32 then 64 bytes), in the size class of these ints, and takes its
# share of the freed blocks.
base = 10 ** 6
xs = [base + i for i in range(5)]
ids = [id(x) for x in xs]
del xs
ys = [base + i for i in range(5)]
print([ids.index(id(y)) if id(y) in ids else None for y in ys])

# Freed one at a time, each int's block is taken by the next int.
same = 0
for i in range(100):
    n = base + i
    m = id(n)
    del n
    k = base - i
    if id(k) == m:
        same += 1
print(same)

# Freed instances: the last one freed is the first one reused (their 64-byte blocks;
# the new list's header comes from the list free list, so it takes none of them).
class A:
    pass
objs = [A() for _ in range(4)]
old = [id(o) for o in objs]
del objs
new = [A() for _ in range(4)]
print([old.index(id(o)) if id(o) in old else None for o in new])

# Strings of one size class, freed together, come back in reverse order of freeing.
words = ['w%04d' % i for i in range(6)]
wid = [id(w) for w in words]
words.reverse()
del words
again = ['v%04d' % i for i in range(6)]
print([wid.index(id(w)) if id(w) in wid else None for w in again])
