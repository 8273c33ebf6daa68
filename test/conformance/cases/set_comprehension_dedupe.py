data = [3, 1, 3, 2, 1, 5, 2]
print({x for x in data})
print(sorted({x % 3 for x in data}))
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)
print(len({1, 1.0, True}), {0, False, 0.0})
print({(1, 2), (2, 1), (1, 2)})
print({-1, -2, 10, 100, 1000})
print(set(range(20, 0, -3)))
