print(int(), int(7.9), int(-7.9), int("42"), int(" -17 "), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("777", 8), int("z", 36))
print(int(True), int("0o17", 0), int("+5"))
for bad in ["x", "1.5", "", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
