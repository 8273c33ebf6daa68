try:
    try:
        {}["a"]
    except KeyError as inner:
        raise ValueError("during handling")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("explicit") from z
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def f():
    try:
        raise KeyError(1)
    finally:
        print("finally runs")
try:
    f()
except KeyError as e:
    print("got", e, e.__traceback__ is not None)
