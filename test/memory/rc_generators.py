import sys
def g(obj):
    yield obj
    yield obj

x = object()
print(sys.getrefcount(x))
it = g(x)
print(sys.getrefcount(x))
v = next(it)
print(sys.getrefcount(x))
del v
print(sys.getrefcount(x))
del it
print(sys.getrefcount(x))
print(sys.getrefcount(g))
it = g(x)
print(sys.getrefcount(g))
list(it)
print(sys.getrefcount(g), sys.getrefcount(x))
lst = [object() for _ in range(3)]
ge = (y for y in lst)
print(sys.getrefcount(lst))
first = next(ge)
print(sys.getrefcount(first))
del ge
print(sys.getrefcount(lst), sys.getrefcount(first))
def holds():
    big = [1, 2, 3]
    yield sys.getrefcount(big)
    for item in big:
        yield sys.getrefcount(big)
print(list(holds()))
print(sys.getsizeof(g(1)), sys.getsizeof(y for y in lst))
class D:
    def __del__(self):
        print("D freed")
def owner():
    d = D()
    yield 1
    print("owner resumes")
    yield 2
o = owner()
next(o)
print("dropping")
o = None
print("dropped")
