import gc
gc.collect()
def f():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError('k')
    except KeyError as e:
        err = e
f()
print(gc.collect())
class E(Exception):
    pass
def g():
    try:
        raise E('a', 'b')
    except E as e:
        err = e
g()
print(gc.collect())
