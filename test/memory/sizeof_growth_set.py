# A set's table: 8 slots inline in the object, then separate tables, grown when 3/5 full
# (counting dummies left by deletes) to a power of two above 4 * len (2 * len when large).
import sys


def growth(label, make, n):
    s = set()
    prev = None
    out = []
    for i in range(n):
        s.add(make(i))
        z = sys.getsizeof(s)
        if z != prev:
            out.append((len(s), z))
            prev = z
    print(label, out)
    return s


growth('ints', lambda i: i, 3000)
growth('strs', lambda i: 's%d' % i, 300)

s = set(range(50))
for i in range(45):
    s.discard(i)
print('after discards', len(s), sys.getsizeof(s))
s.clear()
print('after clear', sys.getsizeof(s))

# Adding and removing: the dummies fill the table until it is rebuilt.
s = set()
sizes = []
for i in range(200):
    s.add(i)
    if i >= 4:
        s.discard(i - 4)
    sizes.append(sys.getsizeof(s))
print('window of 4', sorted(set(sizes)))

print('set(range(n))', [sys.getsizeof(set(range(n))) for n in (0, 4, 5, 10, 18, 19, 50, 100)])
print('frozenset(range(n))', [sys.getsizeof(frozenset(range(n))) for n in (0, 4, 5, 10, 18, 19, 50)])
print('comprehension', [sys.getsizeof({i for i in range(n)}) for n in (0, 4, 5, 18, 19, 76, 77)])
a = set(range(30))
b = set(range(20, 60))
print('ops', sys.getsizeof(a | b), sys.getsizeof(a & b), sys.getsizeof(a - b), sys.getsizeof(a ^ b))
