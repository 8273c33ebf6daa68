class Loud:
    def __init__(self):
        self.items = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.items[k] = v

def val():
    print("evaluate value")
    return 7

L = Loud()
L["a"] = L["b"] = val()
x = y = z = []
x.append(1)
print(y, z)
a = [0, 0]
i = a[i] = 1 if False else 1
print(i, a)
