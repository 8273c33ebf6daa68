# Dead floats, tuples, lists and dicts are parked on CPython 3.11's free lists and the
# next object of the same kind takes the most recently parked one: same id.
k = 3
a = 1.5 * k
ia = id(a)
del a
b = 2.5 * k
print('float reused:', id(b) == ia)

# Several floats come back last in, first out: a list releases its items last to first,
# so its first item is parked last and handed out first.
fs = [x * 0.5 for x in range(1, 6)]
ids = [id(f) for f in fs]
del fs
gs = [x * 0.25 for x in range(1, 6)]
print('floats LIFO:', [id(g) for g in gs] == ids)

# Tuples are parked by length: a 3-tuple never takes a 2-tuple's place.
t = (ia, 1)
it = id(t)
del t
u = (ia, 2, 3)
print('3-tuple in 2-tuple slot:', id(u) == it)
v = (ia, 3)
print('2-tuple reused:', id(v) == it)

# Length 19 is reused; length 20 is parked but never taken back (3.11).
t19 = tuple(range(19))
i19 = id(t19)
del t19
print('19-tuple reused:', id(tuple(range(19))) == i19)
t20 = tuple(range(20))
i20 = id(t20)
del t20
n20 = tuple(range(20))
print('20-tuple reused:', id(n20) == i20)

# A list's header is parked (its item array is freed); so is a dict.
L = [1, 2, 3]
il = id(L)
del L
M = [4, 5]
print('list reused:', id(M) == il)
d = {'a': 1}
idd = id(d)
del d
e = {'b': 2}
print('dict reused:', id(e) == idd)

# A subclass instance never uses the free list.
class F(float):
    pass
f = F(1.0)
iff = id(f)
del f
print('float subclass slot to a float:', id(0.5 * ia) == iff)
