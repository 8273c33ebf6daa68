print(format(3.14159, ".2f"), format(42, "05d"), format(255, "x"), format(255, "#X"))
print(format("hi", ">6"), format("hi", "*^7"), format(1234567, ","), format(0.25, ".1%"))
print(format(12), format(1.5), format("s"), format(-7, "+d"), format(7, " d"))
print(format(1e6, "e"), format(123.456, ".3g"), format(5, "b"), format(8, "o"))
print(format(True), format(None), format([1, 2]))
class Money:
    def __format__(self, spec):
        return "$" + format(12.5, spec or ".2f")
print(format(Money()), format(Money(), ".0f"), f"{Money():.3f}")
try:
    format(1, "s")
except ValueError as e:
    print(e)
try:
    format("x", "d")
except ValueError as e:
    print(e)
