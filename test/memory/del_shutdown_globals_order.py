class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = D('a')
b = D('b')
_c = D('_c')
z = D('z')
cyc = D('in cycle'); cyc.me = cyc
lst = [D('in list 1'), D('in list 2')]
print('end of script')
