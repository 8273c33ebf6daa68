# Dunders of built-in types filled from type slots are slot wrappers (wrapper_descriptor);
# bound to an object they are method-wrapper objects. Some slot dunders a type also lists
# as methods (dict.__getitem__, list.__getitem__, set.__contains__) stay method descriptors.
import sys

a = (1).__add__
print(type(int.__add__), type(a), type(object.__init__), type([].__len__))
print(repr(int.__add__), repr(object.__init__), repr(str.__len__))
print(repr(a))
print(repr([].__len__).startswith("<method-wrapper '__len__' of list object at 0x"))
print(sys.getsizeof(a), sys.getsizeof([].__len__), sys.getsizeof(int.__add__), sys.getsizeof(list.append))
for t, names in ((list, ('append', '__len__', '__getitem__', '__setitem__', '__iadd__', '__sizeof__')),
                 (dict, ('__getitem__', '__contains__', '__setitem__', '__len__', '__iter__', 'get')),
                 (set, ('__contains__', '__or__', 'add')), (str, ('__mod__', '__add__', 'join', '__format__')),
                 (object, ('__init__', '__repr__', '__eq__', '__hash__', '__reduce__', '__dir__')),
                 (int, ('__add__', '__radd__', '__bool__', '__index__', 'bit_length')),
                 (float, ('__truediv__', '__float__', 'hex'))):
    print(t.__name__, [type(t.__dict__[n]).__name__ for n in names])
print(a(2), [1, 2].__len__(), a.__self__, a.__name__, a.__objclass__, a.__qualname__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print(int.__add__(3, 4), list.__len__([1, 2, 3]), object.__repr__(None).startswith('<NoneType object at 0x'))
print(a == (1).__add__, a == (2).__add__, (1).__add__ == (1).__sub__, a != (1).__add__)
print(hash(a) == hash((1).__add__), callable(a), callable(int.__add__))

class A:
    pass

o = A()
print(repr(o.__init__).startswith("<method-wrapper '__init__' of A object at 0x"))
print(A.__init__, A.__repr__, type(o.__eq__), o.__hash__.__qualname__, o.__init__.__self__ is o)
print(type(a).__name__, type(int.__add__).__module__, type(a).__qualname__)

l = [3, 1]
m = l.__setitem__
before = sys.getrefcount(l)
m(0, 9)
print(l, m.__self__ is l, sys.getrefcount(l) == before)
del m
print(sys.getrefcount(l) == before - 1)

for f in (lambda: int.__add__(), lambda: int.__add__('a', 1), lambda: list.__len__(),
          lambda: (1).__add__(x=1), lambda: a(x=1), lambda: object.__init__()):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
import weakref
for o in ((1).__add__, int.__add__, list.append):
    try:
        weakref.ref(o)
    except TypeError as e:
        print('TypeError:', e)
