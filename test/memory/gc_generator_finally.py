import gc
gc.collect()
class Box:
    pass
def gen(b):
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')
b = Box()
b.g = gen(b)
next(b.g)
del b
print('collecting')
print(gc.collect())
