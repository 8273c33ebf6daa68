# yield inside expressions: evaluation order and values
def trace(x):
    print("eval", x)
    return x

def g1():
    r = trace(1) + (yield trace(2)) + trace(3)
    print("r =", r)
    x = [trace("a"), (yield "b"), trace("c")]
    print(x)
    d = {trace("k"): (yield "v")}
    print(d)
    print("call", trace(len)((yield "s")))
    y = (yield) or (yield "second")
    print("y =", y)
    z = 5 if (yield "cond") else (yield "else-arm")
    print("z =", z)
    f"{(yield 'fmt')}!"
    return "done"

gen = g1()
print(next(gen))
print(gen.send(10))
print(gen.send("B"))
print(gen.send("V"))
print(gen.send("hello"))
print(gen.send(0))
print(gen.send("y2"))
print(gen.send(False))
print(gen.send(7))
try:
    gen.send("x")
except StopIteration as e:
    print("stop", e.value)

def g2():
    total = 0
    while (v := (yield total)) is not None:
        total += v
    return total

a = g2()
next(a)
for i in range(5):
    a.send(i)
try:
    a.send(None)
except StopIteration as e:
    print("total", e.value)

def g3():
    x = 0
    x += yield "aug"
    print("x", x)
    if (yield "test"):
        print("true branch")
    else:
        print("false branch")
    for i in (yield "iter"):
        print("i", i)
    with (yield "ctx") as c:
        print("in with", c)

class CM:
    def __enter__(self):
        print("enter")
        return "cm"
    def __exit__(self, *a):
        print("exit", a[0])
        return False

g = g3()
print(next(g))
print(g.send(41))
print(g.send(1))
print(g.send([1, 2]))
try:
    g.send(CM())
except StopIteration:
    print("finished")
lam = lambda: (yield 1)
lg = lam()
print(type(lg).__name__, next(lg))
