import gc
gc.collect()
def bad(phase, info):
    if phase == 'stop':
        raise ValueError('oops')
gc.callbacks.append(bad)
print(gc.collect())
gc.callbacks.clear()
print('done')
