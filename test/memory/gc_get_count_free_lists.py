import gc
def count():
    return gc.get_count()[0]
gc.collect()
count()
c0 = count()
lists = []
for i in range(200):
    lists.append([])
c1 = count()
del lists
c2 = count()
lists = []
for i in range(100):
    lists.append([])
c3 = count()
print(c1 - c0, c2 - c1, c3 - c2)
