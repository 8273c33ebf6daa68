L = [3, 1, 2]
L.append(4); print(L)
L.extend([5, 6]); print(L)
L.extend("ab"); print(L)
L.insert(0, "first"); print(L)
L.insert(100, "end"); L.insert(-1, "before end"); print(L)
print(L.pop(), L.pop(0), L.pop(-2)); print(L)
L.remove("a"); print(L)
print(L.index(2), L.count(1), len(L))
L.clear(); print(L)
try:
    L.pop()
except IndexError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)
try:
    [1].index(5)
except ValueError as e:
    print(e)
