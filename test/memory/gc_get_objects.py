import gc
gc.collect()
marker = ['marker']
objs = gc.get_objects()
print(any(o is marker for o in objs))
print(any(o is objs for o in gc.get_objects()))
print(len(gc.get_objects(-1)) == len(gc.get_objects()))
print(any(o is marker for o in gc.get_objects(2)))
new = ['new']
print(any(o is new for o in gc.get_objects(0)))
for bad in (3, -2, 1.5):
    try:
        gc.get_objects(bad)
    except Exception as e:
        print(type(e).__name__, e)
