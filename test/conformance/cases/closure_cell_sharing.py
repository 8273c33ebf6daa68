def pair():
    shared = []
    def add(x):
        shared.append(x)
        return len(shared)
    def get():
        return shared
    return add, get
add, get = pair()
add("a"); add("b")
print(get())
print(add.__closure__[0] is get.__closure__[0])
def make_accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
    def value():
        return total
    return add, value
a, v = make_accumulators()
for n in range(5):
    a(n)
print(v())
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
        yield n
    return bump
b = counter_gen()
print(next(b()), next(b()), next(b()))
