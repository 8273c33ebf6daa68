import gc
gc.collect()
def outer():
    def inner(n):
        return 1 if n == 0 else inner(n - 1)
    return inner
g = outer()
print(g(3))
del g
print(gc.collect())
