import gc
gc.collect()
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
        self.o = None
a = D('a'); b = D('b')
a.o = b; b.o = a
del a, b
print(gc.collect())
