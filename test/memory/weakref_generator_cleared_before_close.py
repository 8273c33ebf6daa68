import weakref
def g():
    try:
        yield 1
    finally:
        print("finally, ref alive:", r() is not None)
it = g()
next(it)
r = weakref.ref(it, lambda ref: print("callback"))
del it
print("end")
