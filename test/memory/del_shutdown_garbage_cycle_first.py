class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
first = D('first global')
x = D('cycle member x')
y = D('cycle member y')
x.other = y
y.other = x
del x, y
last = D('last global')
print('end of script')
