def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("finished")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(list(g))
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def early():
    yield 1
    return "result"
    yield 2
e = early()
print(next(e))
try:
    next(e)
except StopIteration as s:
    print("StopIteration value:", s.value)
