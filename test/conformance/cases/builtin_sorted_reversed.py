print(sorted([3, 1, 2]), sorted("banana"), sorted((5, -1, 3), reverse=True))
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted({3: "c", 1: "a"}))
recs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(type(reversed([1])).__name__)
print(sorted([1.5, 1, True, 0]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
