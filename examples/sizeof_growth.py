# sys.getsizeof and container growth. getsizeof reports the object's own
# memory (header + item pointers), not the objects it refers to. Lists
# over-allocate so that append is cheap on average: the size jumps in steps.
import sys

# A container's size does not include its items: these two lists hold
# references (8-byte pointers) to very different objects.
n = 1000
small = [n, n, n]
big = ["x" * n, "y" * n, "z" * n]
print("same getsizeof:", sys.getsizeof(small) == sys.getsizeof(big))
print("one item vs the list:", sys.getsizeof(big[0]), sys.getsizeof(big))

# (A display of constants only, like [0, 1, 2], is compiled differently --
# an empty list extended by a constant tuple -- and over-allocates to 88.)
print("constant display [0, 1, 2]:", sys.getsizeof([0, 1, 2]))

# Appending grows the item array by list_resize's pattern (about 1/8 extra
# plus a little): the size only changes when the spare capacity runs out.
l = []
last = sys.getsizeof(l)
print("empty list:", last)
for i in range(20):
    l.append(i)
    size = sys.getsizeof(l)
    if size != last:
        print("len %2d -> %d bytes" % (len(l), size))
        last = size

# A list built in one go from a known length is sized exactly.
print("list(range(20)):", sys.getsizeof(list(range(20))))
# And popping back down does not always shrink it: only below half capacity.
while len(l) > 12:
    l.pop()
print("popped to 12:", sys.getsizeof(l))

# A tuple cannot grow, so it never over-allocates (and has no separate array).
print("tuple of 20:", sys.getsizeof(tuple(range(20))))
# Dicts grow their key table in powers of two.
d = {}
last = sys.getsizeof(d)
print("empty dict:", last)
for i in range(12):
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print("%2d keys -> %d bytes" % (len(d), size))
        last = size
