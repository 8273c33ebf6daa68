a = 256
b = 256
print(a is b)
c = 257
d = 257
print(c is d)
print(int('256') is int('256'), int('257') is int('257'))
print(int('-5') is int('-5'), int('-6') is int('-6'))
x = 200
print(x + 56 is 256 - 0 * x, x + 57 is x + 57)
y = x + 56
z = 256
print(y is z)
big1 = x * 1000
big2 = x * 1000
print(big1 is big2, big1 == big2)
