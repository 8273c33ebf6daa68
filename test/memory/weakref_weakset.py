import sys
import weakref

class T:
    def __init__(self, n):
        self.n = n

s = weakref.WeakSet()
print(type(s), sys.getsizeof(s))
print(s)
a = T(1)
b = T(2)
s.add(a)
s.add(b)
s.add(a)
print(len(s), a in s, T(3) in s, 1 in s)
print(sorted(x.n for x in s))
del a
print(len(s), [x.n for x in s])
s.discard(b)
print(len(s))
c = T(3)
s.update([b, c])
print(len(s))
s.remove(b)
try:
    s.remove(b)
except KeyError as e:
    print('KeyError')
print(len(s), weakref.getweakrefcount(c))
items = [T(i) for i in range(5)]
ws = weakref.WeakSet(items)
print(len(ws))
del items[1:3]
print(len(ws), sorted(x.n for x in ws))
items.clear()
print(len(ws))
