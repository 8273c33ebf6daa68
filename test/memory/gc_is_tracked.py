import gc
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(frozenset()))
print(gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked({'a': {}}))
print(gc.is_tracked({1: (1, 2)}))
class A:
    pass
a = A()
print(gc.is_tracked(a), gc.is_tracked(A), gc.is_tracked(int))
print(gc.is_tracked(a.__dict__))
print(gc.is_tracked(slice(1, 2)), gc.is_tracked(range(3)), gc.is_tracked(iter(range(3))))
print(gc.is_tracked(iter([1])), gc.is_tracked(lambda: 0))
print(gc.is_tracked(()))
