tests = [
    lambda: int("x"),
    lambda: int("3.5"),
    lambda: int("ab", 16) and int("xyz", 16),
    lambda: float("one"),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: (1, 2).index(7),
    lambda: [].remove(0),
    lambda: chr(-5),
    lambda: "a,b".split(""),
    lambda: int("10", 99),
    lambda: range(0, 5, 0),
]
for t in tests:
    try:
        t()
    except ValueError as e:
        print(e)
a, b = 1, 2
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
