class Idx:
    def __index__(self):
        return 2
L = ["a", "b", "c", "d"]
print(L[Idx()], hex(Idx()), bin(Idx()), range(10)[Idx()], "xyz" * Idx())
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(Num()), float(Num()))
class Rnd:
    def __round__(self, n=None):
        return f"rounded({n})"
print(round(Rnd()), round(Rnd(), 2))
