import weakref

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)

def make_cb(tag):
    def cb(wr):
        print('callback', tag, wr() is None)
    return cb

c = C('a')
r0 = weakref.ref(c)
r1 = weakref.ref(c, make_cb(1))
r2 = weakref.ref(c, make_cb(2))
r3 = weakref.ref(c, make_cb(3))
print(weakref.getweakrefcount(c))
print(r1 is not r2, r1 == r2, r0 == r1)
print(weakref.getweakrefs(c)[0] is r0)
print([w is r3 for w in weakref.getweakrefs(c)])
print('deleting')
del c
print('after del')
print(r0(), r1(), r2(), r3())

# A callback whose weakref died first is never called.
d = C('b')
rd = weakref.ref(d, make_cb('never'))
del rd
del d
print('end of part 2')

# The callback receives the weakref object itself.
seen = []
e = C('e')
re = weakref.ref(e, seen.append)
del e
print(seen[0] is re, len(seen))

# A callback that raises is reported and ignored.
def bad(wr):
    raise ValueError('oops')

x = C('x')
rx = weakref.ref(x, bad)
del x
print('still running')
