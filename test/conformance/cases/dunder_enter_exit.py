class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, "error:" if et else "ok", ev if et else "")
        return et is KeyError
with Resource("r1") as r:
    print("using", r.name)
with Resource("r2"):
    raise KeyError("swallowed")
try:
    with Resource("r3"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)
with Resource("outer"), Resource("inner"):
    print("nested body")
