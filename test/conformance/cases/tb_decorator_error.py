def decorate(fn):
    def wrapper(*args):
        return fn(*args) * 2
    return wrapper

@decorate
def half(x):
    return x / 2

print(half(10))
print(half(None))
