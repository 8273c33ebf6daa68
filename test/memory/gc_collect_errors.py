import gc
for g in (3, -1, 'a'):
    try:
        gc.collect(g)
    except Exception as e:
        print(type(e).__name__, e)
print(gc.collect(generation=0))
try:
    gc.set_threshold()
except TypeError as e:
    print(e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    gc.is_tracked()
except TypeError as e:
    print(e)
try:
    gc.get_count(1)
except TypeError as e:
    print(e)
