class Registry(dict):
    def register(self, name):
        def deco(fn):
            self[name] = fn
            return fn
        return deco
reg = Registry()
@reg.register("double")
def double(x):
    return 2 * x
print(reg["double"](21), list(reg), isinstance(reg, dict))
class Default(dict):
    def __missing__(self, key):
        return f"<no {key}>"
d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), d)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
l = Lower()
l["KEY"] = 1
print(l, type(l).__name__)
