def compute(a, b):
    total = a + b
    return total

x = 10
y = "20"
print("computing")
result = compute(x, 1) * compute(x, y)
