class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def valid(deg):
        return deg > -273.15
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
class Kelvin(Temp):
    unit = "K"
t = Temp.from_f(212)
print(t.deg, type(t).__name__)
k = Kelvin.from_f(32)
print(k.deg, type(k).__name__)
print(Temp.valid(-300), t.valid(0))
print(Temp.describe(), Kelvin.describe(), k.describe())
print(type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["valid"]).__name__)
