first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
x, *empty, y = 1, 2
print(x, empty, y)
(h, *t), u = [10, 20, 30], 40
print(h, t, u)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
head, *tail = (1,)
print(head, tail, type(tail).__name__)
