def f():
    """Return nothing at all."""
    pass

class C:
    """A class with a docstring."""
    def m(self):
        "method doc"
        pass

print(f())
print(f.__doc__)
print(C.__doc__)
print(C.m.__doc__)
def g():
    x = 1
print(g.__doc__)
if True:
    pass
for _ in range(3):
    pass
print("done")
