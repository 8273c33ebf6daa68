# Allocation churn: 1,000,000 short-lived 2-tuples and 1,000,000 short-lived floats
# (plus the running float total), each freed as soon as the next one replaces it. In
# CPython 3.11 they cycle through the tuple and float free lists; memsnake must too.
def churn(n):
    total = 0.0
    for i in range(n):
        t = (i, i * 0.5)
        total += t[1]
    return total

print(churn(1000000))
