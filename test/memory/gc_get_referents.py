import gc
print(gc.get_referents([1, 'a', [], 2.5]))
print(gc.get_referents((1, 'a', [], 2.5)))
print(gc.get_referents({'x': 1, 'y': [2]}))
print(gc.get_referents({1: 'a', 2: 'b'}))
class A:
    pass
a = A()
a.x = 1
a.y = []
print(gc.get_referents(a))
print(gc.get_referents(1, 'abc'))
print(gc.get_referents([1], [2, 3]))
