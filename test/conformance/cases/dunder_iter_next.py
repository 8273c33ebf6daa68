class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print("x", x)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())
class Gen:
    def __iter__(self):
        yield "a"
        yield "b"
print(list(Gen()), sorted(Gen(), reverse=True))
a, b = Gen()
print(a, b)
