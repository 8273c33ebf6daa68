import sys
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        print("in handler", sys.exc_info()[0].__name__)
        yield 1
        print("resumed", sys.exc_info()[0].__name__)
    print("after", sys.exc_info()[0])
    yield 2

it = g()
print(next(it))
print("outside", sys.exc_info()[0])
try:
    raise KeyError("outer")
except KeyError:
    print(next(it))
    print("outer handler", sys.exc_info()[0].__name__)

def finally_gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

f = finally_gen()
next(f)
f.close()
print("closed", f.gi_frame)

def catcher():
    while True:
        try:
            yield
        except ZeroDivisionError as e:
            print("caught", e)
        except GeneratorExit:
            print("exit")
            raise

c = catcher()
next(c)
c.throw(ZeroDivisionError("zde"))
c.throw(ZeroDivisionError)
c.close()

def raising():
    yield 1
    raise IndexError("from gen")

r = raising()
next(r)
try:
    next(r)
except IndexError as e:
    print("got", e)
try:
    next(r)
except StopIteration:
    print("exhausted")

def ret():
    return 42
    yield

try:
    next(ret())
except StopIteration as e:
    print("value", e.value, e.args)

def never_started():
    print("never")
    yield
ns = never_started()
ns.close()
print(list(ns))
try:
    never_started().send(1)
except TypeError as e:
    print(e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(ValueError, "v", None)
except ValueError as e:
    print("thrown before start", e)
print(list(t))
