class Broken:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Broken(" + self.v + ")"

print(repr(Broken("ok")))
items = [Broken("a"), Broken(5)]
print(items)
