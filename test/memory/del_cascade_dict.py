class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
d = {}
d['second key inserted first'] = D('v1')
d['a'] = D('v2')
d['z'] = D('v3')
d[D('key obj')] = D('v4')
print('deleting dict')
del d
