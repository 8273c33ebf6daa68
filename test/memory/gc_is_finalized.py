import gc
gc.collect()
class D:
    def __del__(self):
        print('del')
d = D()
print(gc.is_finalized(d))
keep = []
class R:
    def __del__(self):
        keep.append(self)
r = R()
r.me = r
del r
print(gc.collect())
print(gc.is_finalized(keep[0]))
print(gc.is_finalized(1))
