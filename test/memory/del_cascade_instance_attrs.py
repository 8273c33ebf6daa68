class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
class P:
    pass
a = P()
a.x = D('x1')
a.y = D('y1')
b = P()
b.y = D('y2')
b.x = D('x2')
print('deleting a')
del a
print('deleting b')
del b
