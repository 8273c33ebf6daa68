import gc
gc.collect()
saved = []
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
        saved.append(self)
a = D('a'); b = D('b')
a.o = b; b.o = a
del a, b
print(gc.collect())
print(len(saved), [x.n for x in saved])
print(gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect())
