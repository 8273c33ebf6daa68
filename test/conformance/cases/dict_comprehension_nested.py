words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({k: len(v) for k, v in by_letter.items()})
inverted = {v: k for k, v in counts.items()}
print(inverted)
nested = {"a": {"x": 1}, "b": {"y": 2}}
print({outer + inner: val for outer, d in nested.items() for inner, val in d.items()})
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1])[:2])
