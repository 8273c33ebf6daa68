L = [1, 2]
L.append(L)
print(L)
print(repr(L), len(L))
M = [L, [L]]
print(M)
a = []
b = [a]
a.append(b)
print(a, b)
d = {"self": None}
d["self"] = d
print(d)
mixed = {"list": []}
mixed["list"].append(mixed)
print(mixed)
t = ([],)
t[0].append(t)
print(t)
