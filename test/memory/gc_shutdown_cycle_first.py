import gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
first = D('first')
x = D('x'); y = D('y')
x.o = y; y.o = x
del x, y
last = D('last')
gc.callbacks.append(lambda p, i: print(p, i['generation']))
print('end')
