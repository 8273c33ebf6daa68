import weakref

class Node:
    pass

log = []
n = Node()
refs = [weakref.ref(n, lambda w, i=i: log.append(i)) for i in range(5)]
basic = weakref.ref(n)
p = weakref.proxy(n)
print(weakref.getweakrefcount(n))
lst = weakref.getweakrefs(n)
print(lst[0] is basic, lst[1] is p)
print([refs.index(w) if w in refs else -1 for w in lst[2:]])
del n
print(log)

# Callbacks run when a container drops the last reference.
log.clear()
holder = [Node(), Node()]
w0 = weakref.ref(holder[0], lambda w: log.append('first'))
w1 = weakref.ref(holder[1], lambda w: log.append('second'))
del holder
print(log)

# A callback that creates a new weakref to something else still works.
log.clear()
a = Node()
b = Node()
def cb(w):
    log.append('a died')
    log.append(weakref.ref(b)() is b)
ra = weakref.ref(a, cb)
a = None
print(log)
