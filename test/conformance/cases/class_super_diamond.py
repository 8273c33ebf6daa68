class Base:
    def hello(self):
        print("Base.hello")
class Left(Base):
    def hello(self):
        print("Left.hello")
        super().hello()
class Right(Base):
    def hello(self):
        print("Right.hello")
        super().hello()
class Bottom(Left, Right):
    def hello(self):
        print("Bottom.hello")
        super().hello()
Bottom().hello()
print([k.__name__ for k in Bottom.__mro__])
class Init(Left, Right):
    def __init__(self, **kw):
        print("Init kw", kw)
        super().__init__()
Init(a=1)
super(Left, Bottom()).hello()
