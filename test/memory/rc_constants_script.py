import sys
x = 1000
print(sys.getrefcount(x))
print(sys.getrefcount(1001))
s = 'hello world!'
print(sys.getrefcount(s))
f = 2.5
print(sys.getrefcount(f))
t = (1, 2)
print(sys.getrefcount(t))
