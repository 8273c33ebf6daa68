class D:
    def __init__(self, n, child=None):
        self.n = n
        self.child = child
    def __del__(self):
        print('del', self.n, 'child alive:', self.child is not None and self.child.n)
outer = D('outer', D('inner', D('innermost')))
del outer
print('end')
