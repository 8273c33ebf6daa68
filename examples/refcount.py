# Reference counts: every name, container slot and argument that refers to an
# object adds one to its ob_refcnt. CPython frees the object the moment the
# count drops to zero (no waiting for a collector).
import sys

# sys.getrefcount(x) reports one more than you might expect: the call's own
# argument is a temporary reference for as long as the call runs.
x = object()
print("one name:", sys.getrefcount(x))          # 2 = the name x + the argument

# A second name for the same object is another reference (no copy is made).
y = x
print("two names:", sys.getrefcount(x))         # 3

# A container slot holds a reference too.
box = [x, x, x]
print("plus 3 list slots:", sys.getrefcount(x))  # 6

# Removing the slots gives the references back.
box.clear()
print("list cleared:", sys.getrefcount(x))      # 3

# Inside a function, the parameter is a local that refers to the caller's
# object: the count is higher while the call is running, back after it returns.
def inspect(arg):
    return sys.getrefcount(arg)

print("inside a call:", inspect(x))             # 4: x, y, arg, getrefcount's argument
print("after the call:", sys.getrefcount(x))    # 3

# `del` removes a name, not an object: the object lives while any reference does.
del y
print("after del y:", sys.getrefcount(x))       # 2

# A class with __del__ lets us watch the moment the count reaches zero.
class Loud:
    def __del__(self):
        print("  freed")

a = Loud()
b = a
print("del a")
del a           # count 2 -> 1: nothing happens
print("del b")
del b           # count 1 -> 0: __del__ runs right now, before the next print
print("done")
