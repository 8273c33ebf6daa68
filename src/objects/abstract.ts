/**
 * The object protocols (Objects/abstract.c, Objects/object.c): attribute access, calls,
 * repr/str, hashing, rich comparison, truth, length, item access, iteration and the
 * arithmetic operators.
 *
 * Every operation has a fast path for the exact built-in types it is most used with and
 * a generic path that looks the dunder method up on the type (built-in types register
 * their dunders as method descriptors in their dicts, user classes define functions), so
 * subclasses and user classes behave as in CPython.
 *
 * Ownership: arguments are borrowed, results are new references (abstract.c's rule).
 */

import { H, PyObject, PyRaise, PyType } from './object.js';
import { PyInt, newInt } from './int.js';
import { PyFloat, newFloat } from './float.js';
import { PyStr, newStr, newStrFresh } from './str.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { False, None, NotImplemented, True, newBool } from './singletons.js';
import {
  boolType, builtinFunctionType, dictType, floatType, functionType, intType, listType,
  methodDescrType, methodType, methodWrapperType, noneType, objectType, strType, tupleType, typeType,
  wrapperDescrType,
} from './typeobjects.js';
import { PyBuiltinFunction, PyMethodDescr, PyProperty, propertyError } from './descr.js';
import { PyMethod } from './function.js';
import {
  AttributeError, IndexError, KeyError, RecursionError, StopIteration, TypeError, raise,
  raiseWith, PyBaseException,
} from './exceptions.js';
import { hooks } from './hooks.js';
import {
  attributeError, callDescrMethod, descrGet, genericGetAttr, isDataDescr, setCallObject,
  typeGetAttr, typeLookup,
} from './typeobject.js';
import { InstanceAttrs } from './instance.js';
import { floatRepr } from './num/float.js';
import { strRepr } from './num/strrepr.js';
import { intToString } from './num/intstr.js';
import { hashStr } from './num/hash.js';
import { intHash } from './num/int.js';
import { floatHash } from './num/float.js';

// ------------------------------------------------------------------ recursion guard

/** Native recursion depth (Py_EnterRecursiveCall), shared with Python calls. */
export const recursion = { depth: 0, limit: 1000 };

export function enterRecursive(where: string): void {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    throw raise(RecursionError, `maximum recursion depth exceeded${where}`);
  }
}
export function leaveRecursive(): void {
  recursion.depth--;
}

// ------------------------------------------------------------------ attributes

/** getattr(o, name): a new reference, or raises AttributeError. */
export function getAttr(o: PyObject, name: string): PyObject {
  try {
    return getAttrMaybe(o, name, false)!;
  } catch (e) {
    // PyObject_GetAttr's set_attribute_error_context: an AttributeError gets the name and
    // object it was about (for the "Did you mean" hint), unless it already says.
    if (e instanceof PyRaise && e.exc instanceof PyBaseException && e.exc.type.isSubtype(AttributeError)) {
      const x = e.exc;
      if (x.getExtra('obj') === undefined) {
        if (x.getExtra('name') === undefined) {
          const n = newStr(name);
          x.setExtra('name', n);
          H.decref(n);
        }
        x.setExtra('obj', o);
      }
    }
    throw e;
  }
}

/** getattr with suppression: null instead of AttributeError (when `suppress`). */
export function getAttrMaybe(o: PyObject, name: string, suppress: boolean): PyObject | null {
  const t = o.type;
  if (t.heaptype) {
    const ga = typeLookup(t, '__getattribute__');
    const gattr = typeLookup(t, '__getattr__');
    if (ga !== null && ga.type === functionType) {
      try {
        return hooks.callFunction(ga, [o, newStrTemp(name)], null);
      } catch (e) {
        if (gattr !== null && e instanceof PyRaise && isInstance(e.exc, AttributeError)) {
          H.decref(e.exc);
          return callDescrMethod(gattr, o, [newStrTemp(name)]);
        }
        if (suppress && e instanceof PyRaise && isInstance(e.exc, AttributeError)) {
          H.decref(e.exc);
          return null;
        }
        throw e;
      } finally {
        releaseTemps();
      }
    }
    if (gattr !== null) {
      const r = genericGetAttr(o, name, true);
      if (r !== null) return r;
      try {
        return callDescrMethod(gattr, o, [newStrTemp(name)]);
      } catch (e) {
        if (suppress && e instanceof PyRaise && isInstance(e.exc, AttributeError)) {
          H.decref(e.exc);
          return null;
        }
        throw e;
      } finally {
        releaseTemps();
      }
    }
  }
  if (o instanceof PyType) return typeGetAttr(o, name, suppress);
  if (t.getattro !== null) return t.getattro(o, name, suppress);
  if (t === methodType) return methodGetAttr(o as PyMethod, name, suppress);
  return genericGetAttr(o, name, suppress);
}

/**
 * method_getattro: attributes of the method type itself (`__self__`, `__func__`,
 * `__doc__`, `__repr__`...) first, everything else from the function (`m.__name__`,
 * `m.__qualname__`, `m.__dict__`, attributes set on the function), as CPython does.
 */
function methodGetAttr(m: PyMethod, name: string, suppress: boolean): PyObject | null {
  const d = typeLookup(methodType, name);
  if (d !== null) return descrGet(d, m, methodType);
  // A missing name raises the function's own AttributeError ('function' object has...).
  return getAttrMaybe(m.func, name, suppress);
}

const temps: PyObject[] = [];
function newStrTemp(s: string): PyObject {
  const o = newStr(s);
  temps.push(o);
  return o;
}
function releaseTemps(): void {
  while (temps.length > 0) H.decref(temps.pop()!);
}

/** setattr(o, name, v) (v borrowed); v null means delattr. */
export function setAttr(o: PyObject, name: string, v: PyObject | null): void {
  const t = o.type;
  if (t.heaptype) {
    const sa = typeLookup(t, v === null ? '__delattr__' : '__setattr__');
    if (sa !== null && sa.type === functionType) {
      const n = newStr(name);
      try {
        const r = hooks.callFunction(sa, v === null ? [o, n] : [o, n, v], null);
        H.decref(r);
      } finally {
        H.decref(n);
      }
      return;
    }
  }
  if (o instanceof PyType) {
    typeSetAttr(o, name, v);
    return;
  }
  if (t.setattro !== null) {
    t.setattro(o, name, v);
    return;
  }
  genericSetAttr(o, name, v);
}

export function genericSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const t = o.type;
  const d = typeLookup(t, name);
  if (d !== null && isDataDescr(d)) {
    descrSet(d, o, v, name);
    return;
  }
  const a = o.attrs as InstanceAttrs | null;
  if (a !== null && t.hasInstanceDict) {
    if (v === null) {
      if (!a.delete(name)) attributeError(o, name);
    } else a.set(o, name, v);
    return;
  }
  if (d === null) {
    attributeError(o, name, `'${t.name}' object has no attribute '${name}'`);
  }
  throw raise(AttributeError, `'${t.name}' object attribute '${name}' is read-only`);
}

function descrSet(d: PyObject, o: PyObject, v: PyObject | null, name: string): void {
  const dd = d as unknown as { set?: unknown; fset?: unknown; fdel?: unknown; index?: number };
  if (d.constructor.name === 'PyGetSetDescr') {
    const s = (d as unknown as { set: ((o: PyObject, v: PyObject | null) => void) | null }).set;
    if (s === null) throw raise(AttributeError, `attribute '${name}' of '${o.type.name}' objects is not writable`);
    s(o, v);
    return;
  }
  if (d.constructor.name === 'PyMemberDescr') {
    const a = o.attrs as InstanceAttrs;
    const i = dd.index!;
    const old = a.slots![i];
    if (v === null) {
      if (old === null) attributeError(o, name);
      a.slots![i] = null;
    } else {
      v.rc++;
      a.slots![i] = v;
    }
    if (old !== null) H.decref(old);
    return;
  }
  if (d.constructor.name === 'PyProperty') {
    const f = (v === null ? dd.fdel : dd.fset) as PyObject | null;
    if (f === null) {
      throw propertyError(d as PyProperty, o, v === null ? 'deleter' : 'setter');
    }
    const r = hooks.callFunction(f, v === null ? [o] : [o, v], null);
    H.decref(r);
    return;
  }
  const m = typeLookup(d.type, v === null ? '__delete__' : '__set__');
  if (m === null) throw raise(AttributeError, `__${v === null ? 'delete' : 'set'}__`);
  H.decref(callDescrMethod(m, d, v === null ? [o] : [o, v]));
}

function typeSetAttr(t: PyType, name: string, v: PyObject | null): void {
  if (!t.heaptype) {
    throw raise(TypeError, `cannot set '${name}' attribute of immutable type '${t.name}'`);
  }
  const md = typeLookup(t.type, name);
  if (md !== null && isDataDescr(md)) {
    descrSet(md, t, v, name);
    return;
  }
  const k = newStr(name);
  try {
    const d = t.dict as unknown as PyDict;
    if (v === null) {
      const old = d.pop(k);
      if (old === undefined) attributeError(t, name, `type object '${t.name}' has no attribute '${name}'`);
      H.decref(old);
    } else d.set(k, v);
  } finally {
    H.decref(k);
  }
  t.modified();
  if (name === '__del__') updateHasDel(t);
}

/** update_slot for tp_finalize: the type and every subclass see a new or deleted __del__. */
function updateHasDel(t: PyType): void {
  t.hasDel = typeLookup(t, '__del__') !== null;
  for (const sub of t.subclasses) updateHasDel(sub);
}

// ------------------------------------------------------------------ calls

/**
 * wrapperdescr_raw_call: only the wrappers flagged PyWrapperFlag_KEYWORDS (`__init__`,
 * `__call__`) take keyword arguments.
 */
export function wrapperKwCheck(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0 && name !== '__init__' && name !== '__call__') {
    throw raise(TypeError, `wrapper ${name}() takes no keyword arguments`);
  }
}

/** PyObject_Call with borrowed args (positional then keyword values). New reference. */
export function call(f: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  const t = f.type;
  if (t === functionType) return hooks.callFunction(f, args, kwnames);
  if (t === builtinFunctionType || t === methodWrapperType) {
    const b = f as PyBuiltinFunction;
    if (t === methodWrapperType) wrapperKwCheck(b.name, kwnames);
    // cfunction_enter_call: a C function call counts toward the recursion limit.
    enterRecursive(' while calling a Python object');
    try {
      return b.fn(b.self as PyObject, args, kwnames);
    } finally {
      leaveRecursive();
    }
  }
  if (t === methodType) {
    const m = f as PyMethod;
    return call(m.func, [m.self, ...args], kwnames);
  }
  if (t === methodDescrType || t === wrapperDescrType) {
    const d = f as PyMethodDescr;
    const slot = t === wrapperDescrType;
    // wrapperdescr_call words its checks differently from method_vectorcall's.
    if (args.length === 0) {
      throw raise(TypeError, slot ? `descriptor '${d.name}' of '${d.objtype.name}' object needs an argument` : `unbound method ${d.objtype.name}.${d.name}() needs an argument`);
    }
    const self = args[0];
    if (!self.type.isSubtype(d.objtype)) {
      throw raise(TypeError, slot ? `descriptor '${d.name}' requires a '${d.objtype.name}' object but received a '${self.type.name}'` : `descriptor '${d.name}' for '${d.objtype.name}' objects doesn't apply to a '${self.type.name}' object`);
    }
    if (slot) wrapperKwCheck(d.name, kwnames);
    enterRecursive(' while calling a Python object'); // method_enter_call
    try {
      return d.fn(self, args.slice(1), kwnames);
    } finally {
      leaveRecursive();
    }
  }
  if (f instanceof PyType) {
    if (!f.heaptype) return typeCall(f, args, kwnames);
    // A class without vectorcall goes through _PyObject_MakeTpCall, which counts.
    enterRecursive(' while calling a Python object');
    try {
      return typeCall(f, args, kwnames);
    } finally {
      leaveRecursive();
    }
  }
  const c = typeLookup(t, '__call__');
  if (c === null) throw raise(TypeError, `'${t.name}' object is not callable`);
  return callMethodWith(c, f, args, kwnames);
}
setCallObject(call);

/** Calls an unbound method `m` (found on a type) with self prepended. */
export function callMethodWith(m: PyObject, self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (m.type === functionType) return hooks.callFunction(m, [self, ...args], kwnames);
  if (m instanceof PyMethodDescr) {
    if (kwnames !== null && m.type === wrapperDescrType) wrapperKwCheck(m.name, kwnames);
    return m.fn(self, args, kwnames);
  }
  const b = descrGet(m, self, self.type);
  try {
    return call(b, args, kwnames);
  } finally {
    H.decref(b);
  }
}

/** Calls o.name(*args) (borrowed args). */
export function callMethod(o: PyObject, name: string, args: PyObject[] = [], kwnames: string[] | null = null): PyObject {
  const m = typeLookup(o.type, name);
  if (m !== null && !(o.attrs as InstanceAttrs | null)?.get(name)) {
    if (m.type === functionType || m instanceof PyMethodDescr) return callMethodWith(m, o, args, kwnames);
  }
  const b = getAttr(o, name);
  try {
    return call(b, args, kwnames);
  } finally {
    H.decref(b);
  }
}

/** Calls the special method `name` looked up on the type only (never the instance). */
export function callSpecial(o: PyObject, name: string, args: PyObject[] = []): PyObject | null {
  const m = typeLookup(o.type, name);
  if (m === null) return null;
  return callMethodWith(m, o, args, null);
}

/** type.__call__: tp_new then tp_init. Set by objects/init.ts. */
export let typeCall: (t: PyType, args: PyObject[], kwnames: string[] | null) => PyObject;
export function setTypeCall(fn: typeof typeCall): void {
  typeCall = fn;
}

// ------------------------------------------------------------------ repr / str

/** repr(o) as a JS string. */
export function reprStr(o: PyObject): string {
  const t = o.type;
  if (t === strType) return strRepr((o as PyStr).v);
  if (t === intType) return intToString((o as PyInt).v);
  if (t === floatType) return floatRepr((o as PyFloat).v);
  if (t === noneType) return 'None';
  if (t === boolType) return (o as PyInt).v ? 'True' : 'False';
  const r = repr(o);
  const s = r.v;
  H.decref(r);
  return s;
}

/** repr(o): a new reference to a str. */
export function repr(o: PyObject): PyStr {
  const t = o.type;
  if (t === strType) return newStrFresh(strRepr((o as PyStr).v));
  if (t === intType) return newStrFresh(intToString((o as PyInt).v));
  if (t === floatType) return newStrFresh(floatRepr((o as PyFloat).v));
  enterRecursive(' while getting the repr of an object');
  let r: PyObject;
  try {
    r = reprSlot(o);
  } finally {
    leaveRecursive();
  }
  if (!(r instanceof PyStr)) {
    const tn = r.type.name;
    H.decref(r);
    throw raise(TypeError, `__repr__ returned non-string (type ${tn})`);
  }
  return r;
}

/** The type's repr slot (tp_repr) called directly: a new reference, not yet checked. */
function reprSlot(o: PyObject): PyObject {
  const m = typeLookup(o.type, '__repr__');
  if (m === null) return newStrFresh(defaultRepr(o));
  return callMethodWith(m, o, [], null);
}

export function addrHex(o: PyObject): string {
  return '0x' + o.addr.toString(16);
}

export function defaultRepr(o: PyObject): string {
  const t = o.type;
  const mod = t.module === 'builtins' ? '' : t.module + '.';
  return `<${mod}${t.qualname} object at ${addrHex(o)}>`;
}

/** str(o): a new reference to a str. */
export function str(o: PyObject): PyStr {
  const t = o.type;
  if (t === strType) {
    o.rc++;
    return o as PyStr;
  }
  if (t === intType) return newStrFresh(intToString((o as PyInt).v));
  if (t === floatType) return newStrFresh(floatRepr((o as PyFloat).v));
  const m = typeLookup(t, '__str__');
  if (m === null) return repr(o);
  // PyObject_Str's recursion guard; object.__str__ (object_str) then calls the repr slot
  // directly, without PyObject_Repr's guard — RecursionError depths depend on it.
  enterRecursive(' while getting the str of an object');
  let r: PyObject;
  try {
    r = m === typeLookup(objectType, '__str__') ? reprSlot(o) : callMethodWith(m, o, [], null);
  } finally {
    leaveRecursive();
  }
  if (!(r instanceof PyStr)) {
    const tn = r.type.name;
    H.decref(r);
    throw raise(TypeError, `__str__ returned non-string (type ${tn})`);
  }
  return r;
}

export function strStr(o: PyObject): string {
  if (o.type === strType) return (o as PyStr).v;
  const s = str(o);
  const v = s.v;
  H.decref(s);
  return v;
}

// ------------------------------------------------------------------ hashing

export function hash(o: PyObject): bigint {
  const t = o.type;
  if (t === strType) {
    const s = o as PyStr;
    if (s.h === null) s.h = hashStr(s.v);
    return s.h;
  }
  if (t === intType || t === boolType) return intHash((o as PyInt).v);
  if (t === floatType) return floatHash((o as PyFloat).v);
  const m = typeLookup(t, '__hash__');
  if (m === null || m === None) throw raise(TypeError, `unhashable type: '${t.name}'`);
  const r = callMethodWith(m, o, [], null);
  try {
    if (!(r instanceof PyInt)) throw raise(TypeError, '__hash__ method should return an integer');
    let h = BigInt(r.v);
    if (r.type !== intType && r.type !== boolType) h = BigInt(r.v);
    // Python reduces a big __hash__ result modulo 2**61 - 1 like an int's hash.
    if (h >= 2n ** 63n || h < -(2n ** 63n)) h = intHash(r.v);
    if (h === -1n) h = -2n;
    return h;
  } finally {
    H.decref(r);
  }
}
hooks.hash = hash;

// ------------------------------------------------------------------ comparison

export type CompareOp = 'Lt' | 'LtE' | 'Eq' | 'NotEq' | 'Gt' | 'GtE';
const cmpDunder: Record<CompareOp, string> = {
  Lt: '__lt__', LtE: '__le__', Eq: '__eq__', NotEq: '__ne__', Gt: '__gt__', GtE: '__ge__',
};
const cmpSwapped: Record<CompareOp, CompareOp> = {
  Lt: 'Gt', LtE: 'GtE', Eq: 'Eq', NotEq: 'NotEq', Gt: 'Lt', GtE: 'LtE',
};
const cmpSymbol: Record<CompareOp, string> = {
  Lt: '<', LtE: '<=', Eq: '==', NotEq: '!=', Gt: '>', GtE: '>=',
};

function cmpNums(a: number | bigint, b: number | bigint, op: CompareOp): boolean {
  switch (op) {
    case 'Lt': return a < b;
    case 'LtE': return a <= b;
    case 'Eq': return a == b;
    case 'NotEq': return a != b;
    case 'Gt': return a > b;
    case 'GtE': return a >= b;
  }
}

/** PyObject_RichCompare: a new reference. */
export function richCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const ta = a.type, tb = b.type;
  if ((ta === intType || ta === floatType) && (tb === intType || tb === floatType)) {
    return newBool(cmpNumeric((a as PyInt).v, (b as PyInt).v, op));
  }
  if (ta === strType && tb === strType) return newBool(cmpStrs((a as PyStr).v, (b as PyStr).v, op));
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtype(ta) && overrides(tb, ta, cmpDunder[cmpSwapped[op]])) {
    checkedReverse = true;
    const r = tryCompare(b, a, cmpSwapped[op]);
    if (r !== NotImplemented) return r;
    H.decref(r);
  }
  const r = tryCompare(a, b, op);
  if (r !== NotImplemented) return r;
  H.decref(r);
  if (!checkedReverse) {
    const r2 = tryCompare(b, a, cmpSwapped[op]);
    if (r2 !== NotImplemented) return r2;
    H.decref(r2);
  }
  if (op === 'Eq') return newBool(a === b);
  if (op === 'NotEq') return newBool(a !== b);
  throw raise(TypeError, `'${cmpSymbol[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

function overrides(sub: PyType, base: PyType, name: string): boolean {
  const m = typeLookup(sub, name);
  return m !== null && m !== typeLookup(base, name);
}

function tryCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const m = typeLookup(a.type, cmpDunder[op]);
  if (m === null) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  return callMethodWith(m, a, [b], null);
}

export function cmpNumeric(x: number | bigint, y: number | bigint, op: CompareOp): boolean {
  if (typeof x === typeof y) return cmpNums(x, y, op);
  // Mixed number/bigint (or float/bigint): compare exactly.
  if (typeof x === 'number' && !Number.isFinite(x)) return cmpNums(x, 0, op) || (x !== x ? op === 'NotEq' : cmpNums(x, Number(y), op));
  if (typeof y === 'number' && !Number.isFinite(y)) return cmpNums(Number(x), y, op);
  if (typeof x === 'number' && !Number.isInteger(x)) {
    const fx = Math.floor(x);
    const c = cmpNums(BigInt(fx), y, 'Eq') ? 'Gt' : null;
    if (c !== null) return op === 'Gt' || op === 'GtE' || op === 'NotEq';
    return cmpNums(BigInt(fx), y, op);
  }
  if (typeof y === 'number' && !Number.isInteger(y)) {
    const fy = Math.floor(y);
    if (cmpNums(x, BigInt(fy), 'Eq')) return op === 'Lt' || op === 'LtE' || op === 'NotEq';
    return cmpNums(x, BigInt(fy), op);
  }
  return cmpNums(BigInt(x), BigInt(y), op);
}

function cmpStrs(a: string, b: string, op: CompareOp): boolean {
  if (op === 'Eq') return a === b;
  if (op === 'NotEq') return a !== b;
  // Compare by code point (UTF-16 order differs for astral vs. high BMP characters).
  const c = compareCodePoints(a, b);
  switch (op) {
    case 'Lt': return c < 0;
    case 'LtE': return c <= 0;
    case 'Gt': return c > 0;
    default: return c >= 0;
  }
}

export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && x < 0xe000) x += 0x2000;
      if (y >= 0xd800 && y < 0xe000) y += 0x2000;
      return x - y;
    }
  }
  return a.length - b.length;
}

/** a == b with identity shortcut (PyObject_RichCompareBool). */
export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const ta = a.type, tb = b.type;
  if (ta === strType && tb === strType) return (a as PyStr).v === (b as PyStr).v;
  if ((ta === intType || ta === floatType) && (tb === intType || tb === floatType)) {
    return cmpNumeric((a as PyInt).v, (b as PyInt).v, 'Eq');
  }
  const r = richCompare(a, b, 'Eq');
  try {
    return isTrue(r);
  } finally {
    H.decref(r);
  }
}
hooks.eq = eq;

/** Boolean result of a comparison (identity shortcut only for Eq/NotEq). */
export function compareBool(a: PyObject, b: PyObject, op: CompareOp): boolean {
  const r = richCompare(a, b, op);
  try {
    return isTrue(r);
  } finally {
    H.decref(r);
  }
}

// ------------------------------------------------------------------ truth, len

/** PyObject_IsTrue. */
export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const t = o.type;
  if (t === intType) return (o as PyInt).v != 0;
  if (t === floatType) return (o as PyFloat).v !== 0;
  if (t === strType) return (o as PyStr).v.length !== 0;
  if (t === listType) return (o as PyList).items.length !== 0;
  if (t === tupleType) return (o as PyTuple).items.length !== 0;
  if (t === dictType) return (o as PyDict).used !== 0;
  const b = typeLookup(t, '__bool__');
  if (b !== null) {
    const r = callMethodWith(b, o, [], null);
    if (r.type !== boolType) {
      const tn = r.type.name;
      H.decref(r);
      throw raise(TypeError, `__bool__ should return bool, returned ${tn}`);
    }
    H.decref(r);
    return r === True;
  }
  const l = typeLookup(t, '__len__');
  if (l !== null) return len(o) !== 0;
  return true;
}

/** len(o). */
export function len(o: PyObject): number {
  const t = o.type;
  if (t === listType) return (o as PyList).items.length;
  if (t === tupleType) return (o as PyTuple).items.length;
  if (t === strType) return (o as PyStr).length;
  if (t === dictType) return (o as PyDict).used;
  const m = typeLookup(t, '__len__');
  if (m === null) throw raise(TypeError, `object of type '${t.name}' has no len()`);
  const r = callMethodWith(m, o, [], null);
  try {
    if (!(r instanceof PyInt) || r.type === floatType) throw raise(TypeError, `'${r.type.name}' object cannot be interpreted as an integer`);
    const v = Number(r.v);
    if (v < 0) throw raise(ValueErrorType(), '__len__() should return >= 0');
    return v;
  } finally {
    H.decref(r);
  }
}

let VE: PyType | null = null;
function ValueErrorType(): PyType {
  if (VE === null) VE = excByName('ValueError');
  return VE;
}
let excByName: (n: string) => PyType = () => {
  throw new Error('excByName');
};
export function setExcByName(f: (n: string) => PyType): void {
  excByName = f;
}

// ------------------------------------------------------------------ items

/** o[k]: a new reference. */
export function getItem(o: PyObject, k: PyObject): PyObject {
  const m = typeLookup(o.type, '__getitem__');
  if (m === null) {
    if (o instanceof PyType) {
      const cg = typeGetAttr(o, '__class_getitem__', true);
      if (cg !== null) {
        try {
          return call(cg, [k]);
        } finally {
          H.decref(cg);
        }
      }
      throw raise(TypeError, `type '${o.name}' is not subscriptable`);
    }
    throw raise(TypeError, `'${o.type.name}' object is not subscriptable`);
  }
  return callMethodWith(m, o, [k], null);
}

export function setItem(o: PyObject, k: PyObject, v: PyObject): void {
  const m = typeLookup(o.type, '__setitem__');
  if (m === null) throw raise(TypeError, `'${o.type.name}' object does not support item assignment`);
  H.decref(callMethodWith(m, o, [k, v], null));
}

export function delItem(o: PyObject, k: PyObject): void {
  const m = typeLookup(o.type, '__delitem__');
  if (m === null) {
    throw raise(TypeError, typeLookup(o.type, '__getitem__') ? `'${o.type.name}' object doesn't support item deletion` : `'${o.type.name}' object does not support item deletion`);
  }
  H.decref(callMethodWith(m, o, [k], null));
}

/** `k in o`. */
export function contains(o: PyObject, k: PyObject): boolean {
  const m = typeLookup(o.type, '__contains__');
  if (m !== null) {
    const r = callMethodWith(m, o, [k], null);
    try {
      return isTrue(r);
    } finally {
      H.decref(r);
    }
  }
  const it = getIterOrNull(o);
  if (it === null) throw raise(TypeError, `argument of type '${o.type.name}' is not iterable`);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      const same = eq(x, k);
      H.decref(x);
      if (same) return true;
    }
  } finally {
    H.decref(it);
  }
}

// ------------------------------------------------------------------ iteration

/** iter(o): a new reference. */
export function getIter(o: PyObject): PyObject {
  const it = getIterOrNull(o);
  if (it === null) throw raise(TypeError, `'${o.type.name}' object is not iterable`);
  return it;
}

export let seqIterFactory: (o: PyObject) => PyObject = () => {
  throw new Error('seqIterFactory');
};
export function setSeqIterFactory(f: (o: PyObject) => PyObject): void {
  seqIterFactory = f;
}

export function getIterOrNull(o: PyObject): PyObject | null {
  const m = typeLookup(o.type, '__iter__');
  if (m === null || m === None) {
    if (m === null && typeLookup(o.type, '__getitem__') !== null) return seqIterFactory(o);
    return null;
  }
  const r = callMethodWith(m, o, [], null);
  if (typeLookup(r.type, '__next__') === null) {
    const tn = r.type.name;
    H.decref(r);
    throw raise(TypeError, `iter() returned non-iterator of type '${tn}'`);
  }
  return r;
}

/** Native iterator protocol: a JS object with `next(): PyObject | null`. */
export interface NativeIter {
  iternext(): PyObject | null;
}

/**
 * next(it) for the iteration machinery: a new reference, or null when exhausted
 * (StopIteration is swallowed, as tp_iternext returning NULL without an error).
 */
export function iterNext(it: PyObject): PyObject | null {
  const ni = it as unknown as Partial<NativeIter>;
  if (ni.iternext !== undefined && !it.type.heaptype) return ni.iternext();
  const m = typeLookup(it.type, '__next__');
  if (m === null) throw raise(TypeError, `'${it.type.name}' object is not an iterator`);
  try {
    return callMethodWith(m, it, [], null);
  } catch (e) {
    if (e instanceof PyRaise && isInstance(e.exc, StopIteration)) {
      H.decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** Collects an iterable into a JS array of new references. */
export function iterToArray(o: PyObject): PyObject[] {
  if (o.type === listType) {
    const items = (o as PyList).items.slice();
    for (const x of items) x.rc++;
    return items;
  }
  if (o.type === tupleType) {
    const items = (o as PyTuple).items.slice();
    for (const x of items) x.rc++;
    return items;
  }
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      out.push(x);
      if ((out.length & 0xffff) === 0) hooks.checkInterrupt();
    }
  } catch (e) {
    for (const x of out) H.decref(x);
    throw e;
  } finally {
    H.decref(it);
  }
  return out;
}

// ------------------------------------------------------------------ types

export function isInstance(o: PyObject, t: PyType): boolean {
  return o.type === t || o.type.isSubtype(t);
}

export function typeName(o: PyObject): string {
  return o.type.name;
}

/** operator.index(o): the int value of an int or an object with __index__. */
export function index(o: PyObject): number | bigint {
  if (o instanceof PyInt && o.type !== floatType) return o.v;
  const m = typeLookup(o.type, '__index__');
  if (m === null) throw raise(TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  const r = callMethodWith(m, o, [], null);
  try {
    if (!(r instanceof PyInt)) throw raise(TypeError, `__index__ returned non-int (type ${r.type.name})`);
    return r.v;
  } finally {
    H.decref(r);
  }
}

export { newInt, newFloat, PyBaseException, KeyError, IndexError, raiseWith, typeType, descrGet };
