d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.keys(), d.values(), d.items())
print(list(d), len(d))
d.update({"c": 3}, d=4)
d.update([("e", 5)])
print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
print(d.setdefault("b", 99), d.setdefault("new", []), d)
d.clear()
print(d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
