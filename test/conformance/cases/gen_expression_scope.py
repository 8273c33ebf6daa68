x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
data = [1, 2, 3]
g2 = (d * 2 for d in data)
data = [9]
print(list(g2))
try:
    list(1 / i for i in [1, 0])
except ZeroDivisionError as e:
    print(e)
nested = ((i, j) for i in range(2) for j in range(i, 2))
print(list(nested))
print(sum(i for i in range(5) if i % 2), max((len(s), s) for s in ["a", "bbb", "cc"]))
