class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

with Ctx("a") as v:
    print("body", v)
with Ctx("x") as x, Ctx("y") as y:
    print("two managers", x, y)
try:
    with Ctx("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with Ctx("noas"):
    pass
