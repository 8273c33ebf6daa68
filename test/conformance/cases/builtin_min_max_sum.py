print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(min([], default="empty"), max((), default=None))
print(max([1, 3, 3.0]), min(-1, -1.0))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []))
print(sum(range(5), start=100))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
