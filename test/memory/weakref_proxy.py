import weakref

class P:
    def __init__(self):
        self.x = 10
        self.items = [1, 2, 3]
    def hello(self, n):
        return 'hello ' + str(n)
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return self.items[i]
    def __str__(self):
        return 'P-object'
    def __eq__(self, other):
        return isinstance(other, P)
    __hash__ = object.__hash__

o = P()
p = weakref.proxy(o)
print(p.x, p.hello(5), len(p), p[1], str(p), bool(p))
p.y = 7
print(o.y)
del p.y
print(hasattr(o, 'y'))
print(p == P(), p.__class__.__name__)
print(type(p), weakref.proxy(o) is p)
print(repr(p).startswith('<weakproxy at 0x'), ' to P at ' in repr(p))
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
print(weakref.getweakrefcount(o))

def f(a, b=2):
    return a + b

cp = weakref.proxy(f)
print(type(cp), cp(1), cp(1, b=5))

q = weakref.proxy(o, lambda w: print('proxy callback', type(w).__name__))
print(q is not p)
del o
try:
    p.x
except ReferenceError as e:
    print('ReferenceError:', e)
try:
    print(len(p))
except ReferenceError as e:
    print('ReferenceError:', e)
try:
    str(p)
except ReferenceError as e:
    print('ReferenceError:', e)
print(repr(p).startswith('<weakproxy at 0x'), ' to NoneType at ' in repr(p))

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return self.v + other
    def __radd__(self, other):
        return other + self.v

n = Num(5)
pn = weakref.proxy(n)
print(pn + 1, 1 + pn)
