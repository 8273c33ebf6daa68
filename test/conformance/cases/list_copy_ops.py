a = [1, [2, 3]]
b = a.copy()
c = a[:]
d = list(a)
b[1].append(4)
print(a, b, c, d)
print(a == b, a is b, a[1] is b[1])
print([1, 2] + [3], [0] * 4, 2 * [None])
e = [1, 2]
e *= 2
print(e)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [1, 2] < [1, 2, 0])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
