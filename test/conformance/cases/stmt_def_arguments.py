def f(a, b=2, *args, c, d=4, **kwargs):
    print(a, b, args, c, d, sorted(kwargs.items()))

f(1, c=3)
f(1, 5, 6, 7, c=8)
f(a=1, b=2, c=3, e=5, z=0)
f(*[1, 2, 3], **{"c": 9, "d": 10})

def g(x, /, y, *, z):
    return x + y + z

print(g(1, 2, z=3), g(1, y=2, z=3))

def defaults(n, acc=[]):
    acc.append(n)
    return acc

print(defaults(1), defaults(2))
print(defaults.__defaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
