# PEP 442: __del__ runs at most once per object. A resurrected object dies later without
# a second call, also at exit; an object resurrected during the exit collection is
# cleared with the rest of the garbage.
import sys
saved = []
class P:
    def __init__(self, n): self.n = n
    def __del__(self):
        print('__del__', self.n)
        saved.append(self)
p = P('one')
del p
print('alive again:', saved[0].n, sys.getrefcount(saved[0]))
saved.pop()
print('popped: no second __del__')
q = P('kept to exit')
del q
print('saved:', [o.n for o in saved])
r = P('resurrects at exit')
print('end')
