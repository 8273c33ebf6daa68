class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def gen():
    res = D('generator local')
    try:
        yield 1
        yield 2
    finally:
        print('generator finally')
g = gen()
print(next(g))
del g
print('generator gone')
