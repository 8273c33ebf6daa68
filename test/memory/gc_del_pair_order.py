import gc
gc.collect()
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
a = D('a'); b = D('b')
a.o = b; b.o = a
del a, b
print(gc.collect())
print(gc.garbage)
