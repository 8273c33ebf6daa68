import weakref

def outer():
    def inner():
        return 42
    return inner

fn = outer()
r = weakref.ref(fn, lambda w: print('function gone'))
print(r()())
del fn
print(r())

class A:
    def method(self):
        return 'm'

a = A()
bm = a.method
rb = weakref.ref(bm, lambda w: print('bound method gone'))
print(rb()())
del bm
print(rb())

objs = []
class Tracked:
    def __init__(self, n):
        self.n = n
        objs.append(weakref.ref(self, lambda w, n=n: print('tracked', n, 'gone')))

t1 = Tracked(1)
t2 = Tracked(2)
t1 = t2
print([w() is not None for w in objs])
del t1, t2
print([w() is not None for w in objs])
