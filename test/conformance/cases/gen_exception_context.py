# Inside a generator, an exception caught within an except block has the handled one as __context__; with on a non-context-manager.
def g():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError as e:
            yield repr(e.__context__)
print(next(g()))
class CM:
    pass
def h():
    with CM():
        yield 1
try:
    next(h())
except TypeError as e:
    print(e)
