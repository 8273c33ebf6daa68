class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f(p1, p2):
    later = D('later local')
    first = D('first local')
    print('leaving f')
f(D('param 1'), D('param 2'))
print('after f')
