class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
g = Grid()
g[0, 1] = "X"
print(g[0, 1], g[5, 5])
print((0, 1) in g, (2, 2) in g)
del g[0, 1]
print(g.cells)
class Slicer:
    def __getitem__(self, k):
        return k
s = Slicer()
print(s[1:2], s[::3], s[1, 2:3], s[...])
