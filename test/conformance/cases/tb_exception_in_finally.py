def f():
    try:
        return 1
    finally:
        raise RuntimeError("from finally")

f()
