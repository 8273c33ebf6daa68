class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
a = D('a')
o = D('outer')
o.child = D('child')
lst = [D('l1'), D('l2')]
L2 = []
L2.append(D('m1'))
L2.append(D('m2'))
b = D('b')
print('end')
