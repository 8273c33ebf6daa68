def a():
    raise ValueError("first")

def b():
    try:
        a()
    except ValueError as e:
        raise TypeError("second") from e

def c():
    try:
        b()
    except TypeError:
        raise KeyError("third")

c()
