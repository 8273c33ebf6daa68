import weakref

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

a = K(1)
b = K(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == rb, ra != rb, ra is rb)
print(hash(ra) == hash(a), hash(ra) == hash(1))
h = hash(ra)
del a
print(hash(ra) == h)
print(ra == rb, ra == ra, ra != rb)
c = K(2)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print('TypeError:', e)
d = {rb: 'b'}
print(d[weakref.ref(b)])
print(ra == 1, (ra < rb) if False else 'skip')
