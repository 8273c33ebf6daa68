print(float(), float(3), float("2.5"), float(" -1e3 "), float("inf"), float("-Infinity"))
print(float("nan"), float("1_000.5"), float(True), float(".5"), float("5."))
print(float(10 ** 20), float(2 ** 53 + 1))
for bad in ["abc", "", "1.2.3"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float([1])
except TypeError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
