class P:
    cls_attr = "c"
    def __init__(self):
        self.x = 1
p = P()
print(hasattr(p, "x"), hasattr(p, "y"), hasattr(p, "cls_attr"))
print(getattr(p, "x"), getattr(p, "y", "default"))
setattr(p, "y", 2)
print(p.y, vars(p))
delattr(p, "x")
print(vars(p), hasattr(p, "x"))
try:
    getattr(p, "nope")
except AttributeError as e:
    print(e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print(e)
setattr(P, "added", 10)
print(p.added, getattr(P, "cls_attr"))
print(getattr([], "append").__name__)
