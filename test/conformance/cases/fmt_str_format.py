print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[k]!r}".format({1: "one", "k": "kay"}) if False else "{0[1]}".format([10, 20]))
print("{p.real} {p.imag}".format(p=3))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x} {!r}".format(3.14159, 10 ** 6, 255, "s"))
print("{{}} {}".format("braces"))
print("{:{}}|".format("dyn", 6))
print("{0:*^{1}}".format("mid", 11))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
