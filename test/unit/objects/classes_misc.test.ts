// Class creation details and object's remaining methods, as python3 3.11 prints them:
// __hash__ = None beside __eq__, PyType_Ready's dict order, duplicate bases,
// object.__getstate__/__subclasshook__, sys.getsizeof's check of __sizeof__'s result.
import { expect, it } from 'vitest';
import { runPy } from './run.js';

it('class dicts, hashability, duplicate bases, __getstate__, getsizeof errors', () => {
  const r = runPy(`
import sys
class NoHash:
    def __eq__(self, other): return True
print(list(NoHash.__dict__), NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class S:
    __slots__ = ('a',)
    def __eq__(self, o): return True
print(list(S.__dict__))
class Sub(NoHash): pass
print(Sub.__hash__, '__hash__' in Sub.__dict__)
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print(e)
class A: pass
a = A()
print(a.__getstate__())
a.x = 1
print(a.__getstate__())
class T(S):
    __slots__ = ("r",)
t = T(); t.r = 1; t.a = 0
print(t.__getstate__(), S().__getstate__())
print(A.__subclasshook__(), len(dir(object)))
class W:
    def __sizeof__(self): return "big"
class Big:
    def __sizeof__(self): return 2 ** 70
for o in (W(), Big()):
    try:
        sys.getsizeof(o)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
`);
  expect(r.err).toBe("");
  expect(r.out).toBe(`['__module__', '__eq__', '__dict__', '__weakref__', '__doc__', '__hash__'] None
unhashable type: 'NoHash'
['__module__', '__slots__', '__eq__', 'a', '__doc__', '__hash__']
None False
duplicate base class X
None
{'x': 1}
(None, {'r': 1, 'a': 0}) None
NotImplemented 24
TypeError an integer is required
OverflowError Python int too large to convert to C ssize_t
`);
});
