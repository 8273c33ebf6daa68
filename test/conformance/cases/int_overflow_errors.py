import math
try:
    print(2.0 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (2 ** 2000) / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 2000 // 2 ** 1999)
print(1e308 * 10, -1e308 * 10)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    [0] * (2 ** 100)
except OverflowError as e:
    print(type(e).__name__, e)
