class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def work():
    a = D('param-less local a')
    b = D('local b')
    c = D('local c')
    print('returning')
    return 'result'
print(work())
def keep():
    k = D('returned')
    t = D('temp')
    return k
r = keep()
print('caller has', r.n)
del r
