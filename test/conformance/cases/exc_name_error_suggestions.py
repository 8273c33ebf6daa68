counter = 1
def func():
    pass
try:
    countr
except NameError as e:
    print(type(e).__name__, e)
try:
    fnuc()
except NameError as e:
    print(e)
try:
    undefined_thing
except NameError as e:
    print(e)
try:
    prnt("x")
except NameError as e:
    print(e)
def local_scope():
    value = 1
    try:
        return valeu
    except NameError as e:
        print(e)
local_scope()
try:
    Tru
except NameError as e:
    print(e, "| name attr:", e.name)
