# __del__ on subclasses of list, dict and Exception, with __slots__, assigned to a base
# class after its subclass was created (the subclass finalizes too), and resurrection
# through a global.
class L(list):
    def __del__(self): print('L del', list(self))
class Dd(dict):
    def __del__(self): print('Dd del', dict(self))
class E(Exception):
    def __del__(self): print('E del', self.args)
class S:
    __slots__ = ('a',)
    def __del__(self): print('S del', self.a)
class Base:
    pass
class Sub(Base):
    pass
l = L([1, 2]); del l
d = Dd(a=1); del d
try:
    raise E('x')
except E:
    pass
s = S(); s.a = 5; del s
Base.__del__ = lambda self: print('late del', type(self).__name__)
Base(); Sub()
class G:
    def __del__(self):
        global resurrect
        resurrect = self
g = G(); del g
print('resurrected', type(resurrect).__name__)
print('end')
