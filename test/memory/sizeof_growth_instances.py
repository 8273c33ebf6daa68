# Instances and their __dict__ (3.11): the instance stays 56 bytes (its values live in a
# separate array); a class's shared keys lose one usable entry per instance created and
# per new attribute name, which is what a materialised __dict__ reports.
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = []
sizes = []
for i in range(35):
    p = P(i, i)
    ps.append(p)
    sizes.append(sys.getsizeof(p.__dict__))
print('P dicts', sizes)
print('P instance', sys.getsizeof(ps[0]), sys.getsizeof(ps[-1]))


class Bag:
    pass


b = Bag()
sizes = []
for i in range(40):
    setattr(b, 'a%d' % i, i)
    sizes.append(sys.getsizeof(b))
print('Bag instance', sorted(set(sizes)))
print('Bag dict', sys.getsizeof(b.__dict__))

c = Bag()
c.z = 1
print('second Bag dict', sys.getsizeof(c.__dict__))
c.__dict__[1] = 2
print('with a non-str key', sys.getsizeof(c.__dict__))


class Slots:
    __slots__ = ('a', 'b', 'c')


class Derived(Slots):
    pass


print('slots', sys.getsizeof(Slots()), sys.getsizeof(Derived()))
print('classes', sys.getsizeof(P), sys.getsizeof(Slots), sys.getsizeof(Derived))
