print([1, "a"] == [1, "a"], [1, 2] == (1, 2), [] == [])
print([1, 2, 3] > [1, 2], [2] > [1, 100], [[1]] < [[2]])
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(e)
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]))
print([float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n == n)
print(list(map(list, zip([1, 2], [3, 4]))))
