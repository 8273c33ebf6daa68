s = "python"
print(s[0], s[-1], s[len(s) - 1])
L = [[1, 2], [3, 4]]
print(L[1][0], L[-1][-1])
d = {"a": {"b": [10, 20]}}
print(d["a"]["b"][1])
t = (1, (2, (3, 4)))
print(t[1][1][0])
r = range(10, 20)
print(r[3], r[-1], r[2:5])
print(True + [5, 6][True])
