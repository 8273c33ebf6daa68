import weakref

class C:
    pass

c = C()
r1 = weakref.ref(c)
i1 = id(r1)
del r1
r2 = weakref.ref(c)
print(id(r2) == i1)
r3 = weakref.ref(c, lambda w: None)
print(id(r3) != id(r2))
del r2, r3
print(weakref.getweakrefcount(c))
x = weakref.ref(c)
print(weakref.getweakrefs(c) == [x])
d = C()
y = weakref.ref(d)
print(id(y) != id(x))
del d
print(y() is None, x() is c)
