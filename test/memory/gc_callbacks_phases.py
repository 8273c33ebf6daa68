import gc
gc.collect()
events = []
def cb(phase, info):
    events.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
a = []
a.append(a)
del a
print(gc.collect())
gc.collect(0)
gc.callbacks.remove(cb)
for e in events:
    print(e)
