# The unraisable report of a __del__ that raises: no exception chain, "Type: str" even
# for an empty message, "<exception str() failed>", the qualified name of a nested
# class, and an exception being propagated or handled around the finalizer is untouched.
class Outer:
    class Inner(Exception):
        pass
class E(Exception):
    def __str__(self):
        raise RuntimeError
class Chained:
    def __del__(self):
        try:
            raise KeyError('inner')
        except KeyError:
            raise TypeError('outer')
class Empty:
    def __del__(self):
        raise ValueError
class Unprintable:
    def __del__(self):
        raise E('x')
class Nested:
    def __del__(self):
        raise Outer.Inner('nested')
Chained(); Empty(); Unprintable(); Nested()
def f():
    local = Chained()
    raise ValueError('propagating')
try:
    f()
except ValueError as e:
    print('caught', e, 'context:', e.__context__)
try:
    raise LookupError('handled')
except LookupError as e:
    Empty()
    print('still handling', repr(e))
late = Chained()
print('end')
