L = [5, 2, 9, 1]
r = L.sort()
print(r, L)
L.sort(reverse=True); print(L)
L.reverse(); print(L)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len); print(words)
words.sort(key=lambda w: (-len(w), w)); print(words)
data = [(2, "b"), (1, "b"), (2, "a")]
data.sort(); print(data)
stable = [("x", 1), ("y", 0), ("z", 1), ("w", 0)]
stable.sort(key=lambda p: p[1]); print(stable)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(e)
