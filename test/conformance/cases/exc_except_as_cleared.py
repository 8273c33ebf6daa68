try:
    raise ValueError("v")
except ValueError as err:
    print("inside", err)
try:
    err
except NameError as e:
    print(e)
saved = None
try:
    raise KeyError("k")
except KeyError as err2:
    saved = err2
print(repr(saved))
def catch_multiple(v):
    try:
        if v == 1:
            raise TypeError("t")
        if v == 2:
            raise IndexError("i")
        return "none"
    except (TypeError, IndexError) as e:
        return type(e).__name__
print([catch_multiple(v) for v in (0, 1, 2)])
try:
    raise Exception("base")
except ValueError:
    print("no")
except Exception as e:
    print("generic", e)
