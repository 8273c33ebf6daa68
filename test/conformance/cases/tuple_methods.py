t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), len(t))
try:
    t.index(9)
except ValueError as e:
    print(e)
print(t + (4,), t * 2, (0,) * 3, 2 in t)
print(t[1:3], t[::-1], max(t), sorted(t))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.append(1)
except AttributeError as e:
    print(e)
print(tuple(reversed(t)), t < (1, 3), (1, 2) == (1, 2))
