import sys
class A:
    pass
def make():
    v = A()
    def inner():
        return v
    return inner
fn = make()
print(sys.getrefcount(fn.__closure__[0].cell_contents))
def captured():
    v = A()
    def inner():
        return v
    return sys.getrefcount(v)
print(captured())
def cell_itself():
    v = 1
    def inner():
        return v
    c = inner.__closure__[0]
    return sys.getrefcount(c)
print(cell_itself())
