empty = ()
single = (5,)
not_tuple = (5)
print(empty, single, not_tuple, type(not_tuple).__name__)
print((1, "a", None), ((1, 2), (3,)), ([1], {}))
nested = (1, (2, (3, (4,))))
print(nested, len(nested))
a, b = 1, 2
t = a, b
print(t)
coords = [(0, 0), (1, 2)]
for x, y in coords:
    print(x + y)
t2 = ([],)
t2[0].append("mutable inside")
print(t2)
print(tuple([1, [2]]), hash((1, "a")) == hash((1, "a")))
