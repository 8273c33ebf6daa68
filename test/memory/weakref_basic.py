import sys
import weakref

class C:
    pass

c = C()
before = sys.getrefcount(c)
r = weakref.ref(c)
print(sys.getrefcount(c) == before)
print(r() is c)
print(weakref.ref(c) is r)
print(weakref.getweakrefcount(c))
print(sys.getrefcount(r))
print(type(r), weakref.ref, weakref.ReferenceType is weakref.ref)
print(r.__callback__)
print(repr(r).startswith('<weakref at 0x'), "to 'C' at" in repr(r))
print(sys.getsizeof(r))
del c
print(r())
print(repr(r).endswith('; dead>'))
print(weakref.getweakrefcount(r))

def f():
    pass

rf = weakref.ref(f)
print(repr(rf).endswith('(f)>'), "to 'function'" in repr(rf))
rt = weakref.ref(C)
print("to 'type'" in repr(rt), repr(rt).endswith('(C)>'))
s = {1, 2}
rs = weakref.ref(s)
print(rs() == {1, 2})
fs = frozenset([3])
print(weakref.ref(fs)() is fs)

def g():
    yield 1

gen = g()
rg = weakref.ref(gen)
print(rg() is gen)
del gen
print(rg())
print(weakref.ref(len)() is len)
print(weakref.ref(sys)() is sys)
