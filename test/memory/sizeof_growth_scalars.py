# Sizes that grow with the value: ints by 30-bit digits, strs by length and by kind
# (ASCII, Latin-1, UCS-2, UCS-4), tuples by length.
import sys

prev = None
out = []
for k in range(0, 400, 5):
    s = sys.getsizeof(2 ** k)
    if s != prev:
        out.append((k, s))
        prev = s
print('2**k', out)
print('negatives', [sys.getsizeof(-(2 ** k)) for k in (0, 29, 30, 59, 60, 89, 90)])
print('10**k', [sys.getsizeof(10 ** k) for k in range(0, 100, 9)])

for ch in ('a', '\xe9', '\u20ac', '\U0001f600'):
    print(repr(ch), [sys.getsizeof(ch * n) for n in (0, 1, 2, 10, 100, 1000)])
print('mixed', sys.getsizeof('a\xe9'), sys.getsizeof('a\u20ac'), sys.getsizeof('\xe9\u20ac'), sys.getsizeof('a\U0001f600'))
s = ''
sizes = []
for i in range(10):
    s += 'x\xe9'
    sizes.append(sys.getsizeof(s))
print('+= latin-1', sizes)
print('str(int)', [sys.getsizeof(str(10 ** k)) for k in range(0, 40, 6)])
print('tuples', [sys.getsizeof(tuple(range(n))) for n in range(0, 30, 3)])
print('bytes', [sys.getsizeof(b'x' * n) for n in (0, 1, 10, 100)])
print('floats', sys.getsizeof(0.0), sys.getsizeof(1e308), sys.getsizeof(float('nan')))
print('ranges', sys.getsizeof(range(0)), sys.getsizeof(range(10 ** 30)))
