print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list())
print(tuple([1, 2]), tuple("hi"), tuple())
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 0}, z=3), dict())
print(sorted(set("hello")), set(), set([1, 1, 2]))
fs = frozenset([3, 1, 2, 1])
print(sorted(fs), type(fs).__name__, len(fs))
print(frozenset(), frozenset("aa"))
print(dict(zip("ab", [1, 2])))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
