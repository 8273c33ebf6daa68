import sys
class Sized:
    def __sizeof__(self):
        return 1000
class Plain:
    pass
print(sys.getsizeof(Sized()), Sized().__sizeof__())
print(sys.getsizeof(Plain()), Plain().__sizeof__())
class Neg:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print(e)
class Wrong:
    def __sizeof__(self):
        return "big"
try:
    sys.getsizeof(Wrong())
except TypeError as e:
    print(e)
