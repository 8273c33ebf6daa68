it = iter([1, 2, 3])
print(type(it).__name__, next(it), next(it), next(it))
print(next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
it2 = iter("ab")
print(iter(it2) is it2, list(it2))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
print(type(iter({})).__name__, type(iter(range(3))).__name__, type(iter(())).__name__)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
