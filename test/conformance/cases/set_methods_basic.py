s = {1, 2, 3}
s.add(4); s.add(2)
print(s, len(s))
s.discard(10); s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
x = s.pop()
print(x, s)
s.update([7, 8], (9,))
print(s)
s.clear()
print(s, set() == s)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}))
print({1, 2}.issubset([1, 2, 5]), {1, 2, 3}.issuperset(range(2)))
