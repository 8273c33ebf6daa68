import sys
import weakref

class R:
    pass

def report(*args, **kwargs):
    print('finalized', args, kwargs)
    return 'result'

r = R()
f = weakref.finalize(r, report, 1, 2, key='v')
print(type(f), sys.getsizeof(f))
print(f.alive, f.atexit)
print(repr(f).startswith('<finalize object at 0x'), "for 'R' at" in repr(f))
obj, func, args, kwargs = f.peek()
print(obj is r, func is report, args, kwargs)
del obj
del r
print('after del', f.alive, f.peek(), f())
print(repr(f).endswith('; dead>'))

r2 = R()
f2 = weakref.finalize(r2, report, 'called')
print(f2())
print(f2.alive, f2())
del r2

r3 = R()
f3 = weakref.finalize(r3, report, 'detached')
d = f3.detach()
print(d[0] is r3, d[1] is report, d[2], d[3])
print(f3.alive, f3.detach())
del d
del r3
print('nothing was called')

r4 = R()
f4 = weakref.finalize(r4, print, 'print as func')
print(weakref.getweakrefcount(r4))
r4 = None
print('end')
