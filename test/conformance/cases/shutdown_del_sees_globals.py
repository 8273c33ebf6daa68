class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        print('del', self.n, 'sees config:', CONFIG['mode'])
CONFIG = {'mode': 'debug'}
first = D('first')
second = D('second')
print('end of script')
