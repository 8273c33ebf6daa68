d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
print(d)
d["alpha"] = 0
print(d)
del d["zeta"]
d["zeta"] = 9
print(d)
print(list(d.keys()), list(d.values()))
print({1: "a", True: "b", 1.0: "c"})
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print({**{"x": 1, "y": 2}, "x": 3})
print(dict(sorted({"b": 1, "a": 2}.items())))
