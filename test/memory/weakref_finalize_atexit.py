import weakref

class Res:
    def __init__(self, name):
        self.name = name

def closing(name):
    print('closing', name)

keep = []
for name in ['first', 'second', 'third']:
    o = Res(name)
    keep.append(o)
    weakref.finalize(o, closing, name)
del o

quiet = Res('quiet')
fq = weakref.finalize(quiet, closing, 'quiet')
fq.atexit = False
print(fq.atexit)

gone = Res('gone')
weakref.finalize(gone, closing, 'gone')
del gone

def late():
    print('late finalizer creates another one')
    weakref.finalize(keep[0], closing, 'created at exit')

weakref.finalize(keep[1], late)
print('end of program')
