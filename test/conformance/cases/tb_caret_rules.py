# 3.11's position markers: anchors from parsing the segment alone, whole-line
# subscripts, ')' before an operator, two-character operators, multi-line spans,
# trailing blanks kept, assert positions.
def sub(d):
    return d["missing"]

def parens(a, b):
    return (a) + b

def floor(a):
    return a  //  0

def spread(a):
    return (a +
            "x")

def assert_not(x):
    assert not x > 1, "x too big"

def assert_plain(x):
    assert x

def fstring(o):
    return f"value: {o:>{o}}"

try:
    sub({})
except KeyError:
    try:
        parens(1, "a")
    except TypeError:
        try:
            floor(7)
        except ZeroDivisionError:
            try:
                spread(1)
            except TypeError:
                try:
                    assert_not(5)
                except AssertionError:
                    try:
                        assert_plain(0)
                    except AssertionError:
                        try:
                            fstring("w")
                        except ValueError:
                            [][0]   
