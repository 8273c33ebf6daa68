class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
f = Frozen(1)
print(f.x)
try:
    f.x = 2
except AttributeError as e:
    print(e)
try:
    del f.x
except AttributeError as e:
    print(e)
class Track:
    def __setattr__(self, name, value):
        print("set", name, "=", value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delete", name)
        super().__delattr__(name)
t = Track()
t.a = 1
t.a += 1
del t.a
print(vars(t))
