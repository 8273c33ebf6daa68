s = {"apple", "banana", "cherry", "date", "elder"}
print(s)
print(sorted(s))
letters = set("abcdefg")
print(letters)
for w in {"red", "green", "blue"}:
    print(w)
print(list({"a", "b", "c", "d", "e"}))
print(list(set("abcde")))
t = set()
for word in "the quick brown fox jumps over the lazy dog".split():
    t.add(word)
print(t)
print({"x", 1, 2.5, None, (1, 2)})
