import sys
class A:
    def m(self):
        pass
class S:
    __slots__ = ('a', 'b')
class S1:
    __slots__ = ('a',)
a = A()
print(sys.getsizeof(a))
a.x = 1
a.y = 2
a.z = [1, 2, 3]
print(sys.getsizeof(a))
print(sys.getsizeof(S()), sys.getsizeof(S1()))
def f():
    pass
print(sys.getsizeof(f), sys.getsizeof(lambda: 0))
print(sys.getsizeof(a.m), sys.getsizeof(range(10)), sys.getsizeof(iter([])))
def gen():
    yield 1
print(sys.getsizeof(gen()))
print(sys.getsizeof(slice(1, 2)))
