counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter)

def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = make_counter()
print(c(), c(), c())

def define_global():
    global created
    created = "made inside"
define_global()
print(created)
def outer():
    x = "outer"
    def mid():
        nonlocal x
        x = "changed by mid"
    mid()
    return x
print(outer())
