class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
keep = D('global')
def fail():
    local = D('local in failing frame')
    raise ValueError('boom')
print('before')
fail()
