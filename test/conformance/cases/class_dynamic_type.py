def init(self, v):
    self.v = v
Dyn = type("Dyn", (object,), {"__init__": init, "get": lambda self: self.v * 2})
d = Dyn(21)
print(d.get(), type(d).__name__, Dyn.__mro__)
class Meta:
    pass
print(type(Meta), type(type), type(object))
print(isinstance(Dyn, type), callable(Dyn))
print(Dyn.__dict__["get"].__name__)
