def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in (-5, 0, 3, 42):
    print(v, classify(v))

x = []
if x:
    print("non-empty")
else:
    print("empty list is falsy")
if not None and "" == "" and 0 == 0.0:
    print("all true")
y = 5 if x else 6
print(y)
