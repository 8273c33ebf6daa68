// property's accessor errors name the property (3.11: the name comes from __set_name__
// at class creation, kept by .setter/.getter copies) and the owner's qualname.
import { expect, it } from 'vitest';
import { runPy } from '../objects/run.js';

it('property errors say which property and which class', () => {
  const r = runPy(`
class C:
    @property
    def a(self): return 1
    b = property()
    class In:
        pass
C.In.z = property(lambda s: 1)
c = C()
def t(f):
    try:
        f()
    except AttributeError as e:
        print(e)
def set_a(): c.a = 1
def del_a(): del c.a
def set_b(): c.b = 1
def del_b(): del c.b
def set_z(): C.In().z = 2
for f in (set_a, del_a, lambda: c.b, set_b, del_b, set_z):
    t(f)
p = property(lambda s: 1)
class D: pass
D.x = p
def set_x(): D().x = 3
t(set_x)
def getter(self): return 5
class E:
    y = property(getter)
    @y.setter
    def y(self, v): pass
def del_y(): del E().y
t(del_y)
`);
  expect(r.err).toBe("");
  expect(r.out).toBe(`property 'a' of 'C' object has no setter
property 'a' of 'C' object has no deleter
property 'b' of 'C' object has no getter
property 'b' of 'C' object has no setter
property 'b' of 'C' object has no deleter
property of 'C.In' object has no setter
property of 'D' object has no setter
property 'y' of 'E' object has no deleter
`);
});
