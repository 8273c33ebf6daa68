import gc
class A:
    pass
log = []
def cb(phase, info):
    if phase == 'start':
        log.append(info['generation'])
gc.callbacks.append(cb)
gc.collect()
log.clear()
keep = []
while not log:
    keep.append(A())
first = len(keep)
while len(log) < 3:
    keep.append(A())
gc.callbacks.remove(cb)
print(first > 600, first <= 700)
print(log)
