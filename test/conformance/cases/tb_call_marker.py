def risky(n):
    return 10 // n

def wrapper(values):
    return [risky(v) for v in values]

print(wrapper([1, 2]))
print(sum(wrapper([5, 0, 1])))
