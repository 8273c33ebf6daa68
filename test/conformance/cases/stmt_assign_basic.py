x = 5
y = x + 2
print(x, y)
a = b = c = [1, 2]
print(a is b, b is c)
a.append(3)
print(c)
x, y = y, x
print(x, y)
name = "memsnake"
name = name.upper()
print(name)
t = 1, 2, 3
print(t, type(t).__name__)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "hi"
print(m, n)
