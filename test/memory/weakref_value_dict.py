import sys
import weakref

class V:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'V(%s)' % self.name

d = weakref.WeakValueDictionary()
print(type(d), sys.getsizeof(d))
print(repr(d).startswith('<WeakValueDictionary at 0x'))
a = V('a')
b = V('b')
d['a'] = a
d['b'] = b
d['c'] = V('c')
print(len(d), sorted(d.keys()))
print(d['a'], d.get('b'), d.get('c'), d.get('zz', 'default'))
print('a' in d, 'c' in d)
print(weakref.getweakrefcount(a), type(weakref.getweakrefs(a)[0]).__name__, weakref.getweakrefs(a)[0].key)
print(sys.getsizeof(weakref.getweakrefs(a)[0]))
try:
    d['c']
except KeyError as e:
    print('KeyError', e)
del a
print(len(d), list(d.keys()), list(d.values()), list(d.items()))
d['b2'] = b
print(sorted(d))
del b
print(len(d), list(d))
e = V('e')
d.update({'x': e}, y=e)
print(sorted(d.items(), key=lambda kv: kv[0]))
print(d.pop('x'), len(d))
print(d.setdefault('y', V('ignored')))
del d['y']
print(len(d))
try:
    del d['nope']
except KeyError as ex:
    print('KeyError', ex)
d2 = weakref.WeakValueDictionary({'k': e})
print(len(d2), d2['k'])
del e
print(len(d2))
