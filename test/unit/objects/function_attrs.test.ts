// Attributes of functions, code objects, cells, bound methods and built-in functions:
// what CPython 3.11 prints for each (expected strings checked against python3).
import { describe, expect, it } from 'vitest';
import { runPy } from './run.js';

function py(src: string): string {
  const r = runPy(src);
  expect(r.err).toBe('');
  return r.out;
}

describe('function attributes', () => {
  it('names, module, doc, defaults', () => {
    expect(py(`
def f(a, b=2, *, c=3):
    "doc"
def g(): pass
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, g.__doc__)
print(f.__defaults__, f.__kwdefaults__, g.__defaults__, g.__kwdefaults__)
class K:
    def m(self): pass
print(K.m.__qualname__, (lambda: 0).__name__)
f.__name__ = "h"
f.__defaults__ = (5,)
print(f.__name__, f.__defaults__, f)
`)).toMatch(/^f f __main__ doc None\n\(2,\) \{'c': 3\} None None\nK\.m <lambda>\nh \(5,\) <function f at 0x[0-9a-f]+>\n$/);
  });

  it('rejects wrong types for __name__, __defaults__, __dict__', () => {
    expect(py(`
def f(): pass
for attr, v in (("__name__", 1), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", 1), ("__annotations__", 1), ("__dict__", 1)):
    try:
        setattr(f, attr, v)
    except TypeError as e:
        print(e)
try:
    f.__closure__ = None
except AttributeError as e:
    print(e)
`)).toBe(`__name__ must be set to a string object
__qualname__ must be set to a string object
__defaults__ must be set to a tuple object
__kwdefaults__ must be set to a dict object
__annotations__ must be set to a dict object
__dict__ must be set to a dictionary, not a 'int'
readonly attribute
`);
  });

  it('keeps attributes in a lazily created __dict__', () => {
    expect(py(`
def f(): pass
print(f.__dict__, hasattr(f, "calls"))
f.calls = 3
print(f.calls, f.__dict__, "calls" in dir(f))
del f.calls
print(f.__dict__)
try:
    del f.calls
except AttributeError as e:
    print(e)
f.__dict__ = {"x": 1}
print(f.x)
`)).toBe(`{} False
3 {'calls': 3} True
{}
'function' object has no attribute 'calls'
1
`);
  });

  it('annotations are created on first read and kept', () => {
    expect(py(`
def f(a: int) -> str: pass
def g(): pass
print(f.__annotations__, g.__annotations__, g.__annotations__ is g.__annotations__)
`)).toBe(`{'a': <class 'int'>, 'return': <class 'str'>} {} True\n`);
  });

  it('__closure__ holds the cells; refcounts as in CPython', () => {
    expect(py(`
import sys
def outer():
    a = []
    b = 2
    def inner():
        return a, b
    return inner
fn = outer()
print(type(fn.__closure__).__name__, len(fn.__closure__), fn.__closure__ is fn.__closure__)
print([c.cell_contents for c in fn.__closure__])
c = fn.__closure__[0]
print(sys.getrefcount(c), sys.getrefcount(fn.__closure__))
c.cell_contents = 7
print(fn())
print(outer.__closure__, fn.__globals__ is globals())
`)).toBe(`tuple 2 True
[[], 2]
3 2
(7, 2)
None True
`);
  });

  it('empty cells raise ValueError', () => {
    expect(py(`
def outer():
    def inner():
        return x
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(e)
    print(repr(c).endswith(": empty>"))
    x = 1
    print(repr(c).split(": ")[1].startswith("int object at 0x"))
outer()
`)).toBe(`Cell is empty\nTrue\nTrue\n`);
  });

  it('__code__: names and variable tuples in 3.11 order', () => {
    expect(py(`
def make(start, step=1, *rest, k, **kw):
    # start is not a cell: only the names inc uses are; step is a parameter cell.
    count = start
    zeta = 1
    alpha = 2
    plain = 3
    def inc():
        nonlocal count
        count += step + zeta + alpha
        return count
    return inc
c = make.__code__
print(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
print(c.co_cellvars, c.co_varnames)
print(make(1, k=0).__code__.co_freevars, make(1, k=0).__code__.co_qualname)
print(repr(c).startswith("<code object make at 0x"), repr(c).endswith(', file "/t.py", line 2>'))
`)).toBe(`make 2 0 1
('step', 'alpha', 'count', 'zeta') ('start', 'step', 'k', 'rest', 'kw', 'plain', 'inc')
('alpha', 'count', 'step', 'zeta') make.<locals>.inc
True True
`);
  });
});

describe('bound methods', () => {
  it('__self__, __func__ and attributes forwarded to the function', () => {
    expect(py(`
class A:
    def m(self):
        "mdoc"
A.m.tag = "t"
a = A()
b = a.m
print(b.__self__ is a, b.__func__ is A.m, b.__name__, b.__qualname__, b.__doc__, b.tag, b.__module__)
try:
    b.nope
except AttributeError as e:
    print(e)
try:
    b.x = 1
except AttributeError as e:
    print(e)
`)).toBe(`True True m A.m mdoc t __main__
'function' object has no attribute 'nope'
'method' object has no attribute 'x'
`);
  });
});

describe('built-in functions', () => {
  it('__name__, __qualname__, __self__, __module__', () => {
    expect(py(`
import math
l = []
print(len.__name__, len.__qualname__, len.__module__, len.__self__)
print(l.append.__name__, l.append.__qualname__, l.append.__self__ is l, l.append.__module__)
print(dict.fromkeys.__qualname__, dict.fromkeys.__self__, math.sqrt.__qualname__, math.sqrt.__self__ is math)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__, list.append)
print(len.__doc__ is None or isinstance(len.__doc__, str))
`)).toBe(`len len builtins <module 'builtins' (built-in)>
append list.append True None
dict.fromkeys <class 'dict'> sqrt True
append list.append <class 'list'> <method 'append' of 'list' objects>
True
`);
  });
});
