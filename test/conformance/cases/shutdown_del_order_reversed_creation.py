class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
z = D('z')
lst = [D('in list 1'), D('in list 2')]
_c = D('_c')
cyc = D('in cycle'); cyc.me = cyc
b = D('b')
a = D('a')
print('end of script')
