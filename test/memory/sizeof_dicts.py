import sys
print(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}))
print(sys.getsizeof(dict(a=1)), sys.getsizeof({str(i): i for i in range(10)}))
d = {}
prev = None
for i in range(45):
    d['k%d' % i] = i
    s = sys.getsizeof(d)
    if s != prev:
        print('str keys', len(d), s)
        prev = s
n = {}
prev = None
for i in range(45):
    n[i] = i
    s = sys.getsizeof(n)
    if s != prev:
        print('int keys', len(n), s)
        prev = s
for i in range(44):
    del n[i]
print('after deletes', sys.getsizeof(n))
n.clear()
print('after clear', sys.getsizeof(n))
