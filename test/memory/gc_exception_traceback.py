import gc
gc.collect()
def f():
    try:
        1 / 0
    except Exception as e:
        err = e
f()
print(gc.collect())
def g():
    loc = [1]
    try:
        1 / 0
    except Exception as e:
        err = e
g()
print(gc.collect())
