import gc
gc.collect()
for i in range(100):
    a = []
    b = [a]
    a.append(b)
del a, b
print(gc.collect())
for i in range(50):
    d = {}
    d['d'] = d
del d
print(gc.collect())
