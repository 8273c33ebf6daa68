import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
x = D('x')
y = D('y')
print('exiting')
sys.exit(0)
