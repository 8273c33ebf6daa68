import sys
x = 1000
def f():
    return 1000
print(sys.getrefcount(x))
y = 5555
z = 5555
print(sys.getrefcount(y))
w1 = 7777; w2 = 7777; w3 = 7777
print(sys.getrefcount(w1))
