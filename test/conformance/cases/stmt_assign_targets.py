class Box:
    pass

b = Box()
b.value = 1
b.value += 41
print(b.value)
d = {}
d["k"] = [0, 0, 0]
d["k"][1] = 7
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 9
print(grid)
lst = list(range(8))
lst[2:5] = ["a", "b"]
print(lst)
lst[::2] = [0, 0, 0, 0]
print(lst)
lst[1:1] = [99]
print(lst)
i = 0
items = [5, 6]
i, items[i] = 1, 8
print(i, items)
