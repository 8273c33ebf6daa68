/**
 * Helpers shared by the built-in type modules of src/objects/types: registering a
 * type's `__new__` (CPython's tp_new_wrapper: `list.__new__` is a built-in method of the
 * type object), index conversion (PyNumber_AsSsize_t), the "currently being repr'd" set
 * (Py_ReprEnter / Py_ReprLeave) and NotImplemented.
 */

import { H, PyObject, PyType, STATIC_RC, staticAddr } from '../object.js';
import { PyInt } from '../int.js';
import { NotImplemented } from '../singletons.js';
import { PyBuiltinFunction, PyFuncWrapper } from '../descr.js';
import { defAttr } from '../methods.js';
import { floatType, staticmethodType } from '../typeobjects.js';
import { IndexError, OverflowError, TypeError, raise } from '../exceptions.js';
import { index as pyIndex } from '../abstract.js';
import { typeLookup } from '../typeobject.js';
import { newStaticDict } from '../methods.js';

/** A new reference to NotImplemented. */
export function notImpl(): PyObject {
  NotImplemented.rc++;
  return NotImplemented;
}

/**
 * Registers `t.__new__` as CPython does (tp_new_wrapper): a static method whose function
 * is a built-in method bound to the type; it checks that args[0] is a subtype of t and
 * calls `fn(cls, rest, kwnames)`.
 */
export function defNew(t: PyType, fn: (cls: PyType, args: PyObject[], kwnames: string[] | null) => PyObject): void {
  const f = new PyBuiltinFunction('__new__', (_self, args, kw) => {
    const nk = kw === null ? 0 : kw.length;
    if (args.length - nk < 1) throw raise(TypeError, `${t.name}.__new__(): not enough arguments`);
    const cls = args[0];
    if (!(cls instanceof PyType)) throw raise(TypeError, `${t.name}.__new__(X): X is not a type object (${cls.type.name})`);
    if (!cls.isSubtype(t)) throw raise(TypeError, `${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
    return fn(cls, args.slice(1), kw);
  }, t, 'type');
  f.rc = STATIC_RC;
  f.addr = staticAddr(72);
  const w = new PyFuncWrapper(staticmethodType, f);
  w.rc = STATIC_RC;
  w.addr = staticAddr(48);
  defAttr(t, '__new__', w);
}

/** Creates a static built-in type that typeobjects.ts does not have (e.g. str_iterator). */
export function mkStaticType(name: string, basicsize: number, gc: boolean, base: PyType): PyType {
  const t = new PyType(base.type, name);
  t.rc = STATIC_RC;
  t.addr = staticAddr(424);
  t.basicsize = basicsize;
  t.gc = gc;
  t.presize = gc ? 16 : 0;
  t.base = base;
  t.bases = [base];
  t.mro = [t, ...base.mro];
  t.solidBase = t;
  base.subclasses.add(t);
  t.dict = newStaticDict();
  return t;
}

/** Whether o can be used as an index (int or has __index__). */
export function isIndexable(o: PyObject): boolean {
  if (o instanceof PyInt && o.type !== floatType) return true;
  return typeLookup(o.type, '__index__') !== null;
}

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * PyNumber_AsSsize_t(o, IndexError-or-null): the int value of an index as a JS number;
 * an out-of-range value raises `cannot fit 'int' into an index-sized integer` (IndexError
 * when `exc` is 'index', OverflowError when 'overflow') or is clamped (`exc` null).
 */
export function asSsize(o: PyObject, exc: 'index' | 'overflow' | null): number {
  const v = pyIndex(o);
  if (typeof v === 'number') return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) {
    if (exc === null) return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
    throw raise(exc === 'index' ? IndexError : OverflowError, `cannot fit '${o.type.name}' into an index-sized integer`);
  }
  return Number(v);
}

/** Objects currently inside a container repr (Py_ReprEnter's per-thread list). */
const reprActive = new Set<PyObject>();

/** Py_ReprEnter: false when o is already being repr'd (the caller prints `[...]`). */
export function reprEnter(o: PyObject): boolean {
  if (reprActive.has(o)) return false;
  reprActive.add(o);
  return true;
}
export function reprLeave(o: PyObject): void {
  reprActive.delete(o);
}

/** Releases every reference in `items` (owned temporaries). */
export function decrefAll(items: PyObject[]): void {
  for (const x of items) H.decref(x);
}

/** Number of positional arguments given the kwnames convention. */
export function nPos(args: PyObject[], kwnames: string[] | null): number {
  return kwnames === null ? args.length : args.length - kwnames.length;
}

/**
 * PyObject_LengthHint(o, dflt): len(o) when o has __len__, else o.__length_hint__(),
 * else dflt. A TypeError from __len__ falls back to the hint, as in CPython.
 */
export function lengthHint(o: PyObject, dflt: number): number {
  if (typeLookup(o.type, '__len__') !== null) {
    try {
      return pyLen(o);
    } catch (e) {
      if (!(e instanceof PyRaise) || !isInstance(e.exc, TypeError)) throw e;
      H.decref(e.exc);
    }
  }
  const m = typeLookup(o.type, '__length_hint__');
  if (m === null) return dflt;
  const r = callMethodWith(m, o, [], null);
  try {
    if (r === NotImplemented) return dflt;
    if (!(r instanceof PyInt) || r.type === floatType) {
      throw raise(TypeError, `'${r.type.name}' object cannot be interpreted as an integer`);
    }
    const n = Number(r.v);
    if (n < 0) throw raise(ValueError, '__length_hint__() should return >= 0');
    return n;
  } finally {
    H.decref(r);
  }
}

import { PyRaise } from '../object.js';
import { ValueError } from '../exceptions.js';
import { callMethodWith, isInstance, len as pyLen } from '../abstract.js';
