d = {"k": [1, 2, 3]}
print(f"{d['k'][1]} {len(d)} {d['k'][-1] * 2}")
print(f"{'yes' if d else 'no'} {[i * i for i in range(3)]}")
print(f"{(lambda v: v + 1)(1)}")
class P:
    def __init__(self):
        self.x = 5
    def __format__(self, spec):
        return f"P<{spec}>"
p = P()
print(f"{p.x} {p} {p:custom} {p!r}"[:6], f"{p:abc}")
print(f"{1}{2}{3}", f"{'a'}" f"{'b'}", "plain" f"{1}")
width = 6
print(f"|{'x':^{width}}|{3.14159:.{width - 3}f}|")
