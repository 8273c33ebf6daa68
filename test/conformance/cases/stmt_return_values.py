def nothing():
    return

def pair():
    return 1, 2

def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1

def nested():
    def inner():
        return "inner"
    return inner()

print(nothing())
print(pair(), type(pair()).__name__)
print(early(10), early(0))
print(nested())
def multi(flag):
    try:
        return "try"
    finally:
        if flag:
            print("finally runs before return")
print(multi(True))
