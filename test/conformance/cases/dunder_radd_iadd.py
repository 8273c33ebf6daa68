class Money:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return f"Money({self.c})"
    def __add__(self, o):
        print("__add__")
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o):
        print("__radd__")
        return self + o
    def __iadd__(self, o):
        print("__iadd__")
        self.c += o.c if isinstance(o, Money) else o
        return self
m = Money(5)
print(m + 1, 1 + m)
print(sum([Money(1), Money(2)]))
alias = m
m += Money(10)
print(m, alias is m)
try:
    m + "x"
except TypeError as e:
    print(e)
