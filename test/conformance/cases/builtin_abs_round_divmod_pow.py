print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), type(round(2.7)).__name__)
print(round(0.125, 2), round(0.375, 2), round(1e20), round(5, 1))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 3.0))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 4, 5), pow(2.0, 3))
print(pow(-8, 1 / 3) if False else pow(-2, 3), pow(7, -1, 10))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
