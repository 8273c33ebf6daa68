# At exit __main__'s namespace is cyclic garbage (its functions hold it as globals), so
# the collector finalizes it: every __del__ in the order of its list, which the full
# collection at the start of Py_FinalizeEx rearranged. An object created before the
# container holding it (list/tuple displays, comprehension items inside tuples, class
# attributes, defaults) moves behind the rest, in its container's traversal order; an
# object added to an existing holder (attributes, append, comprehension items) keeps its
# place.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
class Reg:
    items = [D('class attr list item')]
    single = D('class attr')
early = D('early')
comp = [D('comp %d' % i) for i in range(3)]
pairs = [(D('p%d' % i), [D('q%d' % i)]) for i in range(2)]
nested = [[D('n1'), D('n2')], (D('t1'), [D('tl')])]
class Node:
    def __init__(self, n, nxt=None):
        self.n = n; self.nxt = nxt
    def __del__(self): print('node', self.n)
chain = Node('head', Node('mid', Node('tail')))
ring = Node('r1'); ring.nxt = Node('r2', ring)
holder = D('holder')
holder.kids = [D('kid1'), D('kid2')]
def f(x=D('default')):
    return x
late_child = D('late child')
parent = D('parent')
parent.c = late_child
del late_child
d = {}
d[D('key obj')] = D('val obj')
dd = dict(a=D('kw a'), b=D('kw b'))
x = D('x')
x.extra = D('x extra')
_private = D('_private')
print('end')
