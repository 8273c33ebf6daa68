class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = D('a')
b = a
del a
print('a deleted, b still holds it')
del b
print('b deleted')
c = D('c')
d = D('d')
del c, d
print('done')
