/**
 * tuple methods. Mirrors Objects/tupleobject.c, 3.11: tuple(iterable) returns an exact
 * tuple argument itself and the empty singleton for no items; concatenation and
 * repetition hand back an operand unchanged when CPython does (`t + ()`, `t * 1`);
 * the hash is tuplehash's xxHash-style combination (num/hash.ts).
 */

import { H, PyObject, PyType } from '../object.js';
import { PyTuple, newTuple, newTupleOfType, emptyTuple } from '../tuple.js';
import { newInt } from '../int.js';
import { newStrFresh } from '../str.js';
import { newBool } from '../singletons.js';
import { tupleType } from '../typeobjects.js';
import { IndexError, TypeError, ValueError, raise } from '../exceptions.js';
import { argRange, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { solidAllocators } from '../classes.js';
import { initHeapInstance } from '../instance.js';
import { eq, hash, iterToArray, reprStr } from '../abstract.js';
import { hashTuple } from '../num/hash.js';
import { PySlice, sliceForLength } from '../slice.js';
import { asSsize, defNew, isIndexable, notImpl, reprEnter, reprLeave } from './common.js';
import { newTupleIter } from './iterators.js';
import { seqRichCompare } from './list.js';
import { clampRange, repeatCount } from './list_methods.js';

/** tuple(iterable) for exact tuples (PySequence_Tuple); a new reference. */
export function sequenceTuple(o: PyObject): PyObject {
  if (o.type === tupleType) {
    o.rc++;
    return o;
  }
  return newTuple(iterToArray(o));
}

function tuple_new(cls: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  if (cls === tupleType && kwnames !== null && kwnames.length > 0) throw raise(TypeError, 'tuple() takes no keyword arguments');
  argRange('tuple', args, kwnames === null || cls !== tupleType ? null : kwnames, 0, 1);
  if (cls === tupleType) {
    if (args.length === 0) {
      emptyTuple.rc++;
      return emptyTuple;
    }
    return sequenceTuple(args[0]);
  }
  // tuple_subtype_new: build an exact tuple, then copy its items into the subtype.
  const items = args.length === 0 ? [] : iterToArray(args[0]);
  const o = newTupleOfType(cls, items);
  initHeapInstance(o, cls);
  return o;
}

function tuple_subscript(self: PyObject, key: PyObject): PyObject {
  const t = self as PyTuple;
  if (isIndexable(key)) {
    let i = asSsize(key, 'index');
    if (i < 0) i += t.items.length;
    if (i < 0 || i >= t.items.length) throw raise(IndexError, 'tuple index out of range');
    const v = t.items[i];
    v.rc++;
    return v;
  }
  if (key instanceof PySlice) {
    const b = sliceForLength(key, t.items.length);
    if (b.len <= 0) {
      emptyTuple.rc++;
      return emptyTuple;
    }
    if (b.start === 0 && b.step === 1 && b.len === t.items.length && t.type === tupleType) {
      t.rc++;
      return t;
    }
    const out: PyObject[] = [];
    for (let i = 0, cur = b.start; i < b.len; i++, cur += b.step) {
      const v = t.items[cur];
      v.rc++;
      out.push(v);
    }
    return newTuple(out);
  }
  throw raise(TypeError, `tuple indices must be integers or slices, not ${key.type.name}`);
}

function tuple_repr(self: PyObject): PyObject {
  const t = self as PyTuple;
  const n = t.items.length;
  if (n === 0) return newStrFresh('()');
  if (!reprEnter(t)) return newStrFresh('(...)');
  try {
    const parts: string[] = [];
    // No guard of its own: 3.11's tuple_repr relies on PyObject_Repr's (in reprStr).
    for (const v of t.items) parts.push(reprStr(v));
    return newStrFresh('(' + parts.join(', ') + (n === 1 ? ',)' : ')'));
  } finally {
    reprLeave(t);
  }
}

function initTuple(): void {
  const t = tupleType;
  defNew(t, tuple_new);
  solidAllocators.set(tupleType, (cls, args, kw) => tuple_new(cls, args, kw));
  defMethod(t, '__getitem__', (self, args) => tuple_subscript(self, args[0]));
  defMethod(t, '__len__', (self) => newInt((self as PyTuple).items.length));
  defMethod(t, '__contains__', (self, args) => {
    for (const v of (self as PyTuple).items) if (eq(v, args[0])) return newBool(true);
    return newBool(false);
  });
  defMethod(t, '__iter__', (self) => newTupleIter(self as PyTuple));
  defMethod(t, '__repr__', tuple_repr);
  defMethod(t, '__hash__', (self) => newInt(hashTuple((self as PyTuple).items.map((v) => hash(v)))));
  defMethod(t, '__add__', (self, args) => {
    const a = self as PyTuple, b = args[0];
    if (!(b instanceof PyTuple)) return notImpl();
    if (b.items.length === 0 && a.type === tupleType) {
      a.rc++;
      return a;
    }
    if (a.items.length === 0 && b.type === tupleType) {
      b.rc++;
      return b;
    }
    const items = [...a.items, ...b.items];
    for (const v of items) v.rc++;
    return newTuple(items);
  });
  const mul = (self: PyObject, args: PyObject[]): PyObject => {
    const n = repeatCount(args[0]);
    if (n === null) return notImpl();
    const a = self as PyTuple;
    if ((a.items.length === 0 || n === 1) && a.type === tupleType) {
      a.rc++;
      return a;
    }
    if (a.items.length === 0 || n <= 0) {
      emptyTuple.rc++;
      return emptyTuple;
    }
    const out: PyObject[] = [];
    for (let k = 0; k < n; k++) for (const v of a.items) {
      v.rc++;
      out.push(v);
    }
    return newTuple(out);
  };
  defMethod(t, '__mul__', mul);
  defMethod(t, '__rmul__', mul);
  for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
    defMethod(t, name, (self, args) => {
      const o = args[0];
      if (!(o instanceof PyTuple)) return notImpl();
      return seqRichCompare((self as PyTuple).items, o.items, op);
    });
  }
  defMethod(t, 'index', (self, args, kw) => {
    argRange('index', args, kw, 1, 3);
    const items = (self as PyTuple).items;
    const [start, stop] = clampRange(args, items.length);
    for (let i = start; i < stop && i < items.length; i++) if (eq(items[i], args[0])) return newInt(i);
    throw raise(ValueError, 'tuple.index(x): x not in tuple');
  });
  defMethod(t, 'count', (self, args, kw) => {
    argRange('tuple.count', args, kw, 1, 1);
    let c = 0;
    for (const v of (self as PyTuple).items) if (eq(v, args[0])) c++;
    return newInt(c);
  });
  defMethod(t, '__getnewargs__', (self) => {
    const items = (self as PyTuple).items.slice();
    for (const v of items) v.rc++;
    return newTuple([newTuple(items)]);
  });
  void H;
}

onInit(initTuple);
