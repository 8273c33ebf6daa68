print(2 ** 10, 2 ** -1, 2 ** -3, type(2 ** -1).__name__)
print((-2) ** 2, (-2) ** 3, -2 ** 2, (-2) ** -1, (-2) ** -2)
print(0 ** 5, 1 ** 1000, (-1) ** 1001, 10 ** 0)
print((-8) ** (1 / 3) if False else (-8) ** 2, 4 ** 0.5, 8 ** (1 / 3))
print(pow(3, 200) % 1000, 3 ** 3 ** 2, (3 ** 3) ** 2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    print(2 ** 10000.0)
except OverflowError as e:
    print(e)
