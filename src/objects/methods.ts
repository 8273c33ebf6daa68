/**
 * Registering the methods of built-in types, and checking the arguments built-in
 * functions receive (the job Argument Clinic does in CPython).
 *
 * Every built-in type's dict holds its methods as static method descriptors
 * (`defMethod`), its computed attributes as getset descriptors (`defGetSet`), and its
 * dunders the same way, so `list.append`, `int.__add__` and `super().__init__()` work
 * through the generic lookup.
 */

import { PyObject, PyType, STATIC_RC, staticAddr } from './object.js';
import { PyDict } from './dict.js';
import { staticName } from './str.js';
import { MethodFn, PyMethodDescr, PyWrapperDescr, staticGetSet } from './descr.js';
import { TypeError, raise } from './exceptions.js';

/** A static, empty dict for a built-in type's namespace. */
export function newStaticDict(): PyDict {
  const d = new PyDict();
  d.isStatic = true;
  d.rc = STATIC_RC;
  d.addr = staticAddr(64);
  return d;
}

/** Puts a static object into a built-in type's dict under `name`. */
export function defAttr(t: PyType, name: string, v: PyObject): void {
  if (!t.dict) t.dict = newStaticDict();
  (t.dict as PyDict).set(staticName(name), v);
  t.modified();
}

/**
 * The dunders typeobject.c's slotdefs expose as slot wrappers (`wrapper_descriptor`)
 * when a built-in type fills the slot (`__new__`, whose wrapper is a builtin, and
 * `__getattr__`, which has none, are not among them).
 */
const SLOT_WRAPPERS = new Set([
  '__getattribute__', '__setattr__', '__delattr__', '__repr__', '__hash__', '__call__', '__str__',
  '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__', '__iter__', '__next__', '__get__',
  '__set__', '__delete__', '__init__', '__del__', '__await__', '__aiter__', '__anext__',
  '__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__mod__', '__rmod__',
  '__divmod__', '__rdivmod__', '__pow__', '__rpow__', '__neg__', '__pos__', '__abs__', '__bool__',
  '__invert__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__and__', '__rand__',
  '__xor__', '__rxor__', '__or__', '__ror__', '__int__', '__float__', '__iadd__', '__isub__',
  '__imul__', '__imod__', '__ipow__', '__ilshift__', '__irshift__', '__iand__', '__ixor__',
  '__ior__', '__floordiv__', '__rfloordiv__', '__truediv__', '__rtruediv__', '__ifloordiv__',
  '__itruediv__', '__index__', '__matmul__', '__rmatmul__', '__imatmul__', '__len__',
  '__getitem__', '__setitem__', '__delitem__', '__contains__',
]);

/**
 * Slot dunders a type also lists in its tp_methods (METH_COEXIST, for speed), which
 * CPython therefore shows as method descriptors: `dict.__getitem__`, `list.__getitem__`,
 * `set.__contains__`...
 */
function coexists(t: PyType, name: string): boolean {
  switch (t.name) {
    case 'dict': return name === '__getitem__' || name === '__contains__';
    case 'list': return name === '__getitem__';
    case 'set': case 'frozenset': return name === '__contains__';
    default: return false;
  }
}

/** Defines a method (self, args, kwnames) on a built-in type: a slot wrapper where CPython has one. */
export function defMethod(t: PyType, name: string, fn: MethodFn): void {
  const slot = SLOT_WRAPPERS.has(name) && !t.heaptype && !coexists(t, name);
  defAttr(t, name, slot ? new PyWrapperDescr(name, fn, t) : new PyMethodDescr(name, fn, t));
}

/** Defines a classmethod-like method (`dict.fromkeys`): self is the class. */
export function defClassMethod(t: PyType, name: string, fn: MethodFn): void {
  defAttr(t, name, new PyMethodDescr(name, fn, t, true));
}

/** Defines a computed attribute; get returns a new reference. */
export function defGetSet(t: PyType, name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null = null): void {
  defAttr(t, name, staticGetSet(t, name, get, set));
}

/** Raises unless no keyword arguments were passed: `f() takes no keyword arguments`. */
export function noKwargs(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(TypeError, `${fname}() takes no keyword arguments`);
}

/**
 * Checks a positional-only argument count for a METH_VARARGS-style builtin
 * (`list.pop`, `str.split`...). Messages follow CPython's Argument Clinic forms:
 * `NAME expected at most N arguments, got M`, `NAME expected at least N arguments, got M`,
 * `NAME() takes exactly one argument (M given)`, `NAME() takes no arguments (M given)`.
 */
export function argRange(fname: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  noKwargs(fname, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (max === 0) throw raise(TypeError, `${fname}() takes no arguments (${n} given)`);
    if (max === 1) throw raise(TypeError, `${fname}() takes exactly one argument (${n} given)`);
    throw raise(TypeError, `${fname} expected ${max} arguments, got ${n}`);
  }
  if (n < min) throw raise(TypeError, `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw raise(TypeError, `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * Binds positional and keyword arguments to named parameters (Argument Clinic style
 * for functions like `sorted(iterable, /, *, key=None, reverse=False)`). `names` lists
 * every parameter; the first `posOnly` are positional-only; parameters at index ≥
 * `kwOnlyFrom` are keyword-only. Returns the bound values (borrowed) with undefined for
 * parameters not given; raises CPython's TypeErrors for extra, missing or duplicate args.
 */
export function bindArgs(
  fname: string, args: PyObject[], kwnames: string[] | null, names: string[],
  required: number, posOnly = 0, kwOnlyFrom = names.length,
): (PyObject | undefined)[] {
  const nk = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nk;
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  if (npos > kwOnlyFrom) {
    const maxp = kwOnlyFrom;
    throw raise(TypeError, `${fname}() takes ${maxp === 0 ? 'no positional arguments' : `at most ${maxp} argument${maxp === 1 ? '' : 's'}`} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let j = 0; j < nk; j++) {
    const k = kwnames![j];
    const i = names.indexOf(k);
    if (i < 0 || i < posOnly) {
      throw raise(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
    }
    if (out[i] !== undefined) throw raise(TypeError, `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    out[i] = args[npos + j];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (i < posOnly || npos < required) {
        throw raise(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
    }
  }
  return out;
}
