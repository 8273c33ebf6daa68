x: int = 5
y: str
print(__annotations__)
def f(a: int, b: "str" = "s", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
print(f.__annotations__)
print(f(1))
class P:
    name: str = "n"
    age: int
    def m(self) -> None:
        pass
print(P.__annotations__)
print(P.name, hasattr(P, "age"))
def g(n: 1 + 1) -> "ok":
    pass
print(g.__annotations__)
