def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.close()
print("closed")
w.close()
def simple():
    yield 1
s = simple()
try:
    s.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)
