import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
a = []
a.append(a)
del a
print(gc.collect())
print(gc.garbage)
print(len(gc.garbage[0]))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
