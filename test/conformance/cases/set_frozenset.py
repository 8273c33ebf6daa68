fs = frozenset([3, 1, 2])
print(fs, len(fs), 2 in fs)
d = {fs: "frozen key"}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    fs.add(4)
except AttributeError as e:
    print(e)
try:
    {[1, 2]}
except TypeError as e:
    print(e)
try:
    {1}.add({2})
except TypeError as e:
    print(e)
print(frozenset("ab") == {"a", "b"}, type(fs | {9}).__name__, type({9} | fs).__name__)
print(frozenset(), set(), repr(frozenset([1])))
