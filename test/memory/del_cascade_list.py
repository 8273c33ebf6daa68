class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
L = [D(0), D(1), D(2), D(3)]
print('deleting list')
del L
t = (D('t0'), D('t1'), D('t2'))
print('deleting tuple')
del t
