d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
items = d.items()
d["c"] = 3
print(k, v, items)
print("a" in k, 2 in v, ("c", 3) in items)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "z"}, k - {"a"})
print(list(reversed(d)), list(reversed(d.items())))
print(len(k), type(k).__name__, type(v).__name__, type(items).__name__)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(e)
