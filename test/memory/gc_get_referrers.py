import gc
class A:
    pass
a = A()
holder = [a]
d = {'k': a}
print(sorted(type(r).__name__ for r in gc.get_referrers(a)))
print(any(r is holder for r in gc.get_referrers(a)))
print(any(r is d for r in gc.get_referrers(a)))
