# Free lists: CPython keeps the memory of some recently freed objects on a
# per-type list and hands it straight back to the next object of that type.
# The new object then has the same id() as the dead one -- ids are addresses,
# and an address is only unique among objects alive at the same time.
#
# (Arithmetic on literals like 2.5 * 3 is folded by the compiler into a
# constant, so every float below is computed from the variable f at run time.)
f = 1.5

# Floats: float_dealloc pushes the freed float on a free list (up to 100).
x = f * 2
old = id(x)
del x                       # pushed on the float free list
y = f * 3                   # popped from it: same memory
print("float reused the same address:", id(y) == old)

# The list is LIFO: the last freed is the first reused.
a = f * 4
b = f * 5
ida, idb = id(a), id(b)
del a                       # free list: a
del b                       # free list: b, a
c = f * 6                   # takes b's memory
d = f * 7                   # then a's
print("LIFO order:", id(c) == idb, id(d) == ida)

# Tuples have one free list per length (1..19): a freed 3-tuple is only
# reused for another 3-tuple.
n = 7
t3 = (n, n, n)
id3 = id(t3)
del t3
t2 = (n, n)                 # a different length: different free list
t3b = (n, n + 1, n + 2)     # same length: gets the freed 3-tuple back
print("2-tuple reused it:", id(t2) == id3)
print("3-tuple reused it:", id(t3b) == id3)

# Consequence: comparing id()s of objects that are not alive at the same time
# means nothing. This looks like "the same object" but it is two different
# floats: the first is freed before the second is created.
print("id(f + 1) == id(f + 2):", id(f + 1) == id(f + 2))
