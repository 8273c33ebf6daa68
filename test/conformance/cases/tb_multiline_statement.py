def add(a, b, c):
    return a + b + c

total = add(
    1,
    2,
    "three",
)
