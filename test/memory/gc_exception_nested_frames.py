import gc
gc.collect()
def inner():
    1 / 0
def f():
    try:
        inner()
    except Exception as e:
        err = e
f()
print(gc.collect())
def h():
    try:
        1 / 0
    except Exception as e:
        err = e
def k():
    h()
k()
print(gc.collect())
