class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
v = V(1, "a")
print(v)
print(repr(v), str(v), [v], (v,), {"v": v})
print(f"{v} {v!r} {v!s}", "%s %r" % (v, v), "{} {!r}".format(v, v))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(OnlyRepr(), str(OnlyRepr()))
