square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, 2, x=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
makers = [lambda i=i: i * 10 for i in range(3)]
print([m() for m in makers])
print(square.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(5) + "!")
print((lambda: None)())
