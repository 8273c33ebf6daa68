import sys
import weakref

class C:
    pass

class R(weakref.ref):
    pass

class KR(weakref.ref):
    __slots__ = ('k',)

c = C()
r = weakref.ref(c)
p = weakref.proxy(c)
print(sys.getsizeof(r), sys.getsizeof(p), sys.getsizeof(weakref.proxy(len)))
print(sys.getsizeof(weakref.KeyedRef(c, None, 'k')))
print(sys.getsizeof(R(c)), sys.getsizeof(KR(c)))
print(sys.getrefcount(r), sys.getrefcount(p))
lst = [r, r]
print(sys.getrefcount(r))
del lst
print(sys.getrefcount(r))
rc = sys.getrefcount(c)
rs = [weakref.ref(c, print) for _ in range(10)]
print(sys.getrefcount(c) == rc, weakref.getweakrefcount(c))
sub = R(c)
print(type(sub).__name__, sub() is c, sub is not r, isinstance(sub, weakref.ref))
sub.extra = 1
print(sub.extra)
class S(set):
    pass
class F(frozenset):
    pass
print(sys.getsizeof(S()), sys.getsizeof(F()))
print(sys.getsizeof(weakref.WeakValueDictionary()), sys.getsizeof(weakref.WeakKeyDictionary()), sys.getsizeof(weakref.WeakSet()))
print(sys.getsizeof(weakref.finalize(c, print)))
del rs
