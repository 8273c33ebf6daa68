import gc
gc.collect()
def gen():
    me = yield 1
    yield 2
g = gen()
next(g)
g.send(g)
del g
print(gc.collect())
def gen2(box):
    yield 1
box = []
g = gen2(box)
box.append(g)
del g, box
print(gc.collect())
