def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"

o = outer()
print(next(o))
print(o.send("A"))
print(o.throw(KeyError("k")))
print(next(o))
o.close()

o2 = outer()
next(o2)
o2.close()
print("o2 closed")

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n)
        return self.n

def over_iter():
    r = yield from Counter()
    print("counter returned", r)
    r2 = yield from [10, 20]
    print("list returned", r2)
    yield from range(2)

print(list(over_iter()))

def chain(*its):
    for it in its:
        yield from it

print(list(chain("ab", (1, 2), {3: 4})))

def deep(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep(n - 1)

print(list(deep(50)))
def sender():
    got = []
    while True:
        v = yield
        if v is None:
            return got
        got.append(v)
def wrapper():
    res = yield from sender()
    print("res", res)
w = wrapper()
next(w)
w.send(1)
w.send(2)
try:
    w.send(None)
except StopIteration:
    print("wrapper done")
