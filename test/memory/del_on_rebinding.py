class D:
    def __init__(self, n):
        self.n = n
        print('create', n)
    def __del__(self):
        print('del', self.n)
x = D(1)
print('rebinding')
x = D(2)
print('after rebinding')
x = None
print('after None')
