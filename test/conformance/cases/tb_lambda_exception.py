transform = lambda v: v.strip().upper()
items = ["  a ", "b", 3]
print(transform(items[0]))
print(list(map(transform, items)))
