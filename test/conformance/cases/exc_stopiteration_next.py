it = iter([])
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
def g():
    yield 1
    return 99
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print(e, e.value, e.args)
print(next(iter([]), "default"))
class Counter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("done")
print(list(Counter()))
