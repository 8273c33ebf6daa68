def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("->", result)
        return result
    return wrapper

def repeat(n):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco

@trace
def add(a, b=0):
    return a + b

@repeat(3)
@trace
def hello(name):
    return "hi " + name

add(2, b=3)
print(hello("bob"))
print(add.__name__)
def register(cls):
    cls.registered = True
    return cls
@register
class K:
    pass
print(K.registered)
