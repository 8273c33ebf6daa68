class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return None

with Suppress(KeyError):
    {}["missing"]
print("after first")
with Suppress(ZeroDivisionError, ValueError):
    int("nope")
print("after second")
def f():
    with Suppress(IndexError):
        return "returned from with"
print(f())
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)
