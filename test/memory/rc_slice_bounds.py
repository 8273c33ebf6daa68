# A slice expression holds its bounds only while the subscript runs: counts come back.
import sys
t = "abcdefghij" * 100
lo = 1000
hi = 10**6
n0 = sys.getrefcount(None)
l0, h0 = sys.getrefcount(lo), sys.getrefcount(hi)
for i in range(0, 300, 7):
    x = t[i:i + 5]
    y = t[lo:hi]
    z = t[::2]
    w = [1, 2, 3][lo:]
print(sys.getrefcount(None) - n0, sys.getrefcount(lo) - l0, sys.getrefcount(hi) - h0)
s = slice(lo, hi)
print(sys.getrefcount(lo) - l0, s.start is lo, s.step)
del s
print(sys.getrefcount(lo) - l0)
