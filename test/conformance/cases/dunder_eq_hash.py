class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x
    def __hash__(self):
        return hash(self.x)
print(P(1) == P(1), P(1) != P(2), P(1) == 1, P(1) in [P(0), P(1)])
print(len({P(1), P(1), P(2)}), {P(3): "three"}[P(3)])
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class Ident:
    pass
i = Ident()
print(i == i, Ident() == Ident(), hash(i) == hash(i))
