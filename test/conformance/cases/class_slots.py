class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"))
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(3, 4)
q.extra = 5
print(q.extra, vars(q))
class R:
    __slots__ = ()
try:
    R().a = 1
except AttributeError as e:
    print(e)
print(type(P.x).__name__)
