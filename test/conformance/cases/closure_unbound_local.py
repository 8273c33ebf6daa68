count = 0
def bad():
    try:
        count += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
bad()
def later():
    try:
        print(v)
    except UnboundLocalError as e:
        print(e)
    v = 1
later()
def freevar():
    def inner():
        return val
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    val = 5
    return inner()
print(freevar())
def deleted():
    y = 1
    del y
    try:
        y
    except UnboundLocalError as e:
        print(e)
deleted()
