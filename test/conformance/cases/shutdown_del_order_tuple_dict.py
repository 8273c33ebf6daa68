class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = D('a')
lst = [D('list 1'), D('list 2'), D('list 3')]
tup = (D('tuple 1'), D('tuple 2'))
dct = {'k1': D('dict 1'), 'k2': D('dict 2')}
g = D('garbage cycle'); g.me = g
del g
b = D('b')
print('end of script')
