import weakref

class Slots:
    __slots__ = ('a',)

class SlotsWeak:
    __slots__ = ('a', '__weakref__')

class MyList(list):
    pass

class MyInt(int):
    pass

class MyTuple(tuple):
    pass

def gen():
    yield 1

for obj in [1, 2.5, 'text', (1, 2), [1], {'a': 1}, None, True, b'x', range(3), object(),
            Slots(), SlotsWeak(), MyList(), MyInt(3), MyTuple(), ValueError('x'), gen(), {1}]:
    try:
        r = weakref.ref(obj)
        print(type(obj).__name__, 'ok', r() is obj)
    except TypeError as e:
        print(type(obj).__name__, 'TypeError:', e)

r = weakref.ref(SlotsWeak)
try:
    weakref.ref(r)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.proxy(1)
except TypeError as e:
    print('TypeError:', e)
print(weakref.getweakrefcount(1), weakref.getweakrefs('s'))
try:
    weakref.ref()
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ref(SlotsWeak, None, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    r(1)
except TypeError as e:
    print('TypeError:', e)
