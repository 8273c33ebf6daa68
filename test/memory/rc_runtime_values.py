import sys
a = int('1001')
print(sys.getrefcount(a))
b = 2 ** 100
print(sys.getrefcount(b))
c = 'a b'.upper()
print(sys.getrefcount(c))
d = float('2.5')
print(sys.getrefcount(d))
e = 2 ** 64
print(sys.getrefcount(e))
