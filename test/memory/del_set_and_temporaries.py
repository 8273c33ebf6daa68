class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
D('expression temporary')
print('after expression statement')
print(D('argument temporary').n)
print('after print')
x = [D('replaced element')]
x[0] = D('new element')
print('after item replace')
x.pop()
print('after pop')
