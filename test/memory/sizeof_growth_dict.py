# A dict's keys table as keys are added and deleted (3.11): 8, 16, 32... slots, resized
# to fit 3 * len when no entry is left; deleted entries keep their slot until then; a
# table of str keys is smaller than a general one, and the first other key rebuilds it.
import sys


def growth(label, make_key, n):
    d = {}
    prev = None
    out = []
    for i in range(n):
        d[make_key(i)] = i
        s = sys.getsizeof(d)
        if s != prev:
            out.append((len(d), s))
            prev = s
    print(label, out)
    return d


growth('str keys', lambda i: 'k%d' % i, 700)
growth('int keys', lambda i: i, 700)
growth('tuple keys', lambda i: (i, i), 100)

# Deleting never shrinks; inserting after deletes reuses nothing until the table is rebuilt.
d = {}
for i in range(40):
    d['k%d' % i] = i
print('40 keys', sys.getsizeof(d))
for i in range(35):
    del d['k%d' % i]
print('5 left', sys.getsizeof(d))
sizes = []
for i in range(40, 60):
    d['k%d' % i] = i
    sizes.append(sys.getsizeof(d))
print('refill', sizes)

# A sliding window: one insert and one delete each step.
d = {}
sizes = []
for i in range(100):
    d[i] = i
    if i >= 3:
        del d[i - 3]
    sizes.append(sys.getsizeof(d))
print('window of 3', sorted(set(sizes)), sizes[:12])

# Tiny dicts rebuilt after deletes get 16 slots (3.11's calculate_log2_keysize).
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
for k in 'abcd':
    del d[k]
d['f'] = 6
print('tiny rebuild', sys.getsizeof(d))

# The first non-str key rebuilds a str-keys table as a general one, sized from len(d).
for n in (1, 2, 5, 6, 10, 11, 21, 22):
    d = {}
    for i in range(n):
        d['k%d' % i] = i
    before = sys.getsizeof(d)
    d[n] = n
    print('non-str key after', n, before, sys.getsizeof(d))

print('fromkeys', [sys.getsizeof(dict.fromkeys(range(n))) for n in (0, 1, 5, 6, 10, 11, 21, 22, 42, 43)])
print('copies', [sys.getsizeof(dict({i: i for i in range(n)})) for n in (1, 5, 6, 10, 11, 21, 22)])
d = {'k%d' % i: i for i in range(30)}
print('clear', sys.getsizeof(d), end=' ')
d.clear()
print(sys.getsizeof(d))
