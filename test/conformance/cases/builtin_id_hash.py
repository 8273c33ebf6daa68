a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(hash(1), hash(-1), hash(0), hash(True), hash(2 ** 61), hash(2 ** 61 - 1))
print(hash(1.0), hash(0.5), hash(1.5), hash(-0.5), hash(float("inf")))
print(hash("a"), hash(""), hash("hello world"), hash("abc"))
print(hash(()), hash((1, 2)), hash((1, "a")))
print(hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash({"a": 1})
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
