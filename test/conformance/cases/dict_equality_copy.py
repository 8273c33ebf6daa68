a = {"x": [1], "y": 2}
b = {"y": 2, "x": [1]}
print(a == b, a is b, list(a) == list(b))
c = a.copy()
c["x"].append(2)
c["z"] = 3
print(a, c)
print(dict(a) == a, {1: 1} == {1.0: 1.0})
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 9})
d = {"k": 0}
d |= {"k": 1, "j": 2}
print(d)
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print(e)
