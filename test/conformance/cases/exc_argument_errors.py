def f(a, b):
    return a + b
def g(a, b=1, *, c):
    pass
class K:
    def m(self, x):
        pass
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, z=3),
    lambda: f(1, 2, a=3),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(1, c=1, d=2),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: (lambda x: x)(),
    lambda: int(base=2),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{"a": 1}),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
