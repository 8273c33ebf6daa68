class MyError(Exception):
    pass

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e, e.args)
try:
    raise MyError("custom")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, MyError))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    raise TypeError("outer") from KeyError("inner")
except TypeError as e:
    print(e, "cause:", repr(e.__cause__), e.__suppress_context__)
try:
    raise RuntimeError("x") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)
