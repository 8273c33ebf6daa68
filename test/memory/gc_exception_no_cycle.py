import gc
gc.collect()
def f():
    try:
        1 / 0
    except Exception as e:
        pass
f()
print(gc.collect())
def g():
    try:
        1 / 0
    except Exception as e:
        return e
x = g()
del x
print(gc.collect())
try:
    1 / 0
except Exception as e:
    err = e
del err
print(gc.collect())
