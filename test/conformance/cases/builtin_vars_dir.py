class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(vars(p))
print([n for n in dir(p) if not n.startswith("__")])
print("norm" in vars(Point), "x" in vars(Point))
print(sorted(k for k in vars(Point) if not k.startswith("__")))
print(dir([])[-5:])
import math
print("sqrt" in dir(math), "pi" in vars(math))
try:
    vars(1)
except TypeError as e:
    print(e)
def f():
    a = 1
    b = 2
    return dir()
print(f())
