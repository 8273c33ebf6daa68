# An arithmetic result is allocated before its operands are released (its block cannot be theirs).
base = 1000
ids = []
for i in range(5):
    x = base * 3 + i
    ids.append(id(x))
    y = x + 1
    print(id(y) == ids[-1], id(y - 1) == id(x))
t = 5000
t += 1
print(t)
