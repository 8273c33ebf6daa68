import sys
a = 1
print(sys.getsizeof(set()), sys.getsizeof({1}), sys.getsizeof({1, 2, 3}), sys.getsizeof(frozenset()))
print(sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof({a, 1, 2, 3, 4}), sys.getsizeof(set([1, 2, 3, 4, 5])))
s = set()
prev = None
for i in range(40):
    s.add(i)
    if sys.getsizeof(s) != prev:
        prev = sys.getsizeof(s)
        print(len(s), prev)
print(sys.getsizeof(set(range(10))))
