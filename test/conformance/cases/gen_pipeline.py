def numbers():
    for i in range(1, 11):
        yield i
def evens(src):
    for n in src:
        if n % 2 == 0:
            yield n
def squared(src):
    for n in src:
        yield n * n
print(list(squared(evens(numbers()))))
total = sum(x for x in squared(range(4)))
print(total)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())))
print(dict(zip("abc", naturals())))
