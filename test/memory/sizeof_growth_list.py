# How a list's capacity (and so sys.getsizeof) changes as it grows and shrinks: list_resize
# over-allocates on append, shrinks only when the length falls below half the capacity.
import sys


def changes(label, sizes):
    # Print (length, size) only where the size changes.
    out = []
    prev = None
    for n, s in sizes:
        if s != prev:
            out.append((n, s))
            prev = s
    print(label, out)


L = []
seq = [(0, sys.getsizeof(L))]
for i in range(2100):
    L.append(i)
    seq.append((len(L), sys.getsizeof(L)))
changes('append', seq)

seq = []
while L:
    L.pop()
    seq.append((len(L), sys.getsizeof(L)))
changes('pop', seq)

L = []
seq = []
for i in range(60):
    L.insert(0, i)
    seq.append((len(L), sys.getsizeof(L)))
changes('insert', seq)

L = []
seq = []
for i in range(30):
    L.extend((i, i, i))
    seq.append((len(L), sys.getsizeof(L)))
changes('extend by 3', seq)

L = [0]
seq = []
for i in range(12):
    L += L
    seq.append((len(L), sys.getsizeof(L)))
changes('doubling', seq)

print('list(range(n))', [sys.getsizeof(list(range(n))) for n in range(0, 30, 3)])
print('comprehension', [sys.getsizeof([i for i in range(n)]) for n in range(0, 30, 3)])
print('[0] * n', [sys.getsizeof([0] * n) for n in range(0, 30, 3)])
print('slices', [sys.getsizeof(list(range(40))[:n]) for n in range(0, 40, 5)])
M = list(range(100))
seq = []
while M:
    del M[-7:]
    seq.append((len(M), sys.getsizeof(M)))
changes('del slices', seq)
