class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __eq__(self, o):
        return self.parts == o.parts
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") < Version("1.1") <= Version("1.1"), Version("2") > Version("10"))
class OnlyLt:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
print(OnlyLt(1) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
