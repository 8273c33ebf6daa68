def g():
    yield 1
gen = g()
print(gen.gi_running, gen.gi_frame is not None)
next(gen)
try:
    next(gen)
except StopIteration:
    pass
print(gen.gi_frame)
print(g.__name__, gen.__name__, gen.__qualname__)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
def lazy():
    print("body starts only on first next")
    yield
l = lazy()
print("created")
next(l)
def stop_in_gen():
    raise StopIteration("inside")
    yield
try:
    next(stop_in_gen())
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
