try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,)[3]
except IndexError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    range(3)[3]
except IndexError as e:
    print(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {}[(1, "x")]
except KeyError as e:
    print(e)
try:
    {}[""]
except KeyError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    [][0] = 1
except IndexError as e:
    print(e)
