for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=10)))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip(range(3), range(3, 6), "xyz")))
names = ["ann", "bob"]
ages = [30, 25]
print(dict(zip(names, ages)))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
e = enumerate("hi")
print(next(e), next(e))
