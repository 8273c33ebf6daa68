class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
class Defaults:
    x = 1
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return None
        raise AttributeError(f"no attribute {name!r}")
d = Defaults()
print(d.x, d.opt_verbose, hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print(e)
