# An exception leaving 'with' blocks (whose __exit__ declines it) shows only the line
# that raised in each frame, not the 'with' lines.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__)
        return False
def gen():
    with CM():
        yield 1
        raise KeyError("in generator")
g = gen()
next(g)
try:
    next(g)
except KeyError as e:
    print("caught", e)
def inner():
    with CM():
        with CM():
            return 1 / 0
def outer():
    with CM():
        inner()
with CM():
    outer()
