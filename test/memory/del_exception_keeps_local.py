class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def fails():
    local = D('local of failing frame')
    raise RuntimeError('x')
try:
    fails()
except RuntimeError as e:
    print('handling', e)
print('after except block')
def fails2():
    local = D('local kept by saved traceback')
    raise KeyError('k')
try:
    fails2()
except KeyError as e:
    saved = e
print('exception saved')
del saved
print('saved deleted')
