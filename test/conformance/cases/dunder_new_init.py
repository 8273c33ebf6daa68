class Singleton:
    _instance = None
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print("__init__", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__, Pos(-5) + 1)
