import sys
import weakref

class K:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'K(%s)' % self.name

d = weakref.WeakKeyDictionary()
print(type(d), sys.getsizeof(d), repr(d).startswith('<WeakKeyDictionary at 0x'))
k1 = K(1)
k2 = K(2)
d[k1] = 'one'
d[k2] = 'two'
print(len(d), d[k1], d.get(k2), d.get(K(3), 'missing'))
print(k1 in d, K(1) in d, 5 in d)
print(weakref.getweakrefcount(k1))
d[k1] = 'uno'
print(len(d), d[k1], weakref.getweakrefcount(k1))
del k1
print(len(d), list(d.values()), list(d.keys()))
print(d.pop(k2), len(d))
k3 = K(3)
d.update({k3: 3})
print(list(d.items()))
try:
    d[K(4)]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
try:
    d[1] = 2
except TypeError as e:
    print('TypeError:', e)
del k3
print(len(d))
