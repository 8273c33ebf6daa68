# __del__ and resurrection (PEP 442, Python 3.4+): a finalizer runs when the
# object is about to be freed -- and it may store `self` somewhere, bringing
# the object back to life. CPython then keeps it, and never calls __del__ on
# that object a second time.
import gc

gc.disable()
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
        saved.append(self)          # resurrect: a new reference to self

p = Phoenix("first")
print("del p")
del p                               # refcount hits 0: __del__ runs, resurrects
print("resurrected:", len(saved), saved[0].name)

# Dropping the resurrected object frees it for real: the finalizer already
# ran once, so it is not called again (the object is marked finalized).
print("clear saved")
saved.clear()
print("saved is empty, nothing printed")

# Finalizers in cycles: since PEP 442 the collector can free cycles whose
# objects have __del__ (before 3.4 they went to gc.garbage). It calls every
# finalizer first, then checks nobody resurrected anything, then breaks the
# cycle.
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("  __del__", self.name)

a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("collect ->", gc.collect())
print("gc.garbage:", gc.garbage)

# If a finalizer in the cycle resurrects the cycle, the collector leaves it
# alone this time; the next time it is garbage, __del__ is not called again.
class Clingy(Node):
    def __del__(self):
        print("  __del__", self.name, "(resurrecting)")
        saved.append(self)

c = Clingy("c")
c.peer = c
del c
print("collect ->", gc.collect())      # nothing freed: the cycle came back
print("saved:", [n.name for n in saved])
saved.clear()
print("collect ->", gc.collect())      # now freed, without a second __del__
