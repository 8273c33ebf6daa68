import gc
n = gc.collect()
c = gc.get_count()
print(n)
print(c)
print(gc.get_threshold())
