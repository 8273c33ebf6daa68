a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference(b))
c = set(a)
c |= {100}
c &= {1, 100, 4}
print(c)
c -= {1}
c ^= {4, 5}
print(c)
a.intersection_update({1, 2, 9})
print(a)
a.difference_update({1})
print(a)
a.symmetric_difference_update({2, 3})
print(a)
print(frozenset([1, 2]) | {3}, {3} | frozenset([1]))
