print(len("hello"), len([1, 2]), len((1,)), len({}), len({1, 2, 3}), len(range(10)))
print(list(range(5)), list(range(2, 6)), list(range(10, 0, -3)))
print(range(5), range(1, 10, 2), len(range(1, 10, 2)))
print(list(range(0)), list(range(5, 2)), range(0, -10, -2)[2])
r = range(3, 30, 3)
print(r.start, r.stop, r.step, r.index(9), r.count(4))
print(range(4) == range(0, 4), list(reversed(range(4))))
print(len(range(-5, 5)), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
