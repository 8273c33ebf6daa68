/**
 * range methods. Mirrors Objects/rangeobject.c, 3.11: construction through __index__,
 * len/indexing/slicing with exact big-int arithmetic, `in` computed arithmetically for
 * ints (and by comparison otherwise), equality and hashing by (len, start, step).
 */

import { H, PyObject, PyType } from '../object.js';
import { PyInt, newInt } from '../int.js';
import { intType, boolType } from '../typeobjects.js';
import { newStrFresh } from '../str.js';
import { newTuple } from '../tuple.js';
import { None, newBool, newNone } from '../singletons.js';
import { rangeType } from '../typeobjects.js';
import { IndexError, OverflowError, TypeError, ValueError, raise } from '../exceptions.js';
import { argRange, defAttr, defGetSet, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { eq, hash, index as pyIndex, reprStr } from '../abstract.js';
import { PyRange, newRange } from '../range.js';
import { PySlice, sliceIndicesBig } from '../slice.js';
import { defNew, isIndexable, notImpl } from './common.js';
import { newRangeIter } from './iterators.js';

const big = (o: PyInt): bigint => BigInt(o.v);

/** PyNumber_Index as a new exact int. */
function toIndex(o: PyObject): PyInt {
  if (o.type === intType) {
    o.rc++;
    return o as PyInt;
  }
  return newInt(pyIndex(o)) as PyInt;
}

function range_new(_cls: PyType, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) throw raise(TypeError, 'range() takes no keyword arguments');
  argRange('range', args, null, 1, 3);
  const vals: PyInt[] = [];
  try {
    for (const a of args) vals.push(toIndex(a));
  } catch (e) {
    for (const v of vals) H.decref(v);
    throw e;
  }
  if (vals.length === 1) return newRange(newInt(0) as PyInt, vals[0], newInt(1) as PyInt);
  if (vals.length === 3 && vals[2].v == 0) {
    for (const v of vals) H.decref(v);
    throw raise(ValueError, 'range() arg 3 must not be zero');
  }
  return newRange(vals[0], vals[1], vals.length === 3 ? vals[2] : (newInt(1) as PyInt));
}

function itemAt(r: PyRange, i: bigint): bigint {
  return big(r.start) + i * big(r.step);
}

function range_contains_long(r: PyRange, v: bigint): boolean {
  const start = big(r.start), stop = big(r.stop), step = big(r.step);
  if (step > 0n ? !(start <= v && v < stop) : !(stop < v && v <= start)) return false;
  return (v - start) % step === 0n;
}

function range_contains(r: PyRange, x: PyObject): boolean {
  if (x.type === intType || x.type === boolType) return range_contains_long(r, BigInt((x as PyInt).v));
  const n = big(r.length);
  for (let i = 0n; i < n; i++) {
    const v = newInt(itemAt(r, i));
    try {
      if (eq(v, x)) return true;
    } finally {
      H.decref(v);
    }
  }
  return false;
}

function range_subscript(r: PyRange, key: PyObject): PyObject {
  const n = big(r.length);
  if (isIndexable(key)) {
    let i = BigInt(pyIndex(key));
    if (i < 0n) i += n;
    if (i < 0n || i >= n) throw raise(IndexError, 'range object index out of range');
    return newInt(itemAt(r, i));
  }
  if (key instanceof PySlice) {
    const [a, b, c] = sliceIndicesBig(key, n);
    const step = big(r.step) * c;
    return newRange(newInt(itemAt(r, a)) as PyInt, newInt(itemAt(r, b)) as PyInt, newInt(step) as PyInt);
  }
  throw raise(TypeError, `range indices must be integers or slices, not ${key.type.name}`);
}

function range_equals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (big(a.length) !== big(b.length)) return false;
  if (big(a.length) === 0n) return true;
  if (big(a.start) !== big(b.start)) return false;
  if (big(a.length) === 1n) return true;
  return big(a.step) === big(b.step);
}

function initRange(): void {
  const t = rangeType;
  defNew(t, range_new);
  defMethod(t, '__len__', (self) => {
    const n = big((self as PyRange).length);
    if (n > 2n ** 63n - 1n) throw raise(OverflowError, 'Python int too large to convert to C ssize_t');
    return newInt(n);
  });
  defMethod(t, '__bool__', (self) => newBool(big((self as PyRange).length) !== 0n));
  defMethod(t, '__getitem__', (self, args) => range_subscript(self as PyRange, args[0]));
  defMethod(t, '__contains__', (self, args) => newBool(range_contains(self as PyRange, args[0])));
  defMethod(t, '__iter__', (self) => {
    const r = self as PyRange;
    return newRangeIter(r.start.v, r.step.v, r.length.v);
  });
  defMethod(t, '__reversed__', (self) => {
    const r = self as PyRange;
    const n = big(r.length);
    const last = n === 0n ? big(r.start) : itemAt(r, n - 1n);
    return newRangeIter(normal(last), normal(-big(r.step)), r.length.v);
  });
  defMethod(t, '__repr__', (self) => {
    const r = self as PyRange;
    const st = big(r.step) === 1n ? '' : `, ${reprStr(r.step)}`;
    return newStrFresh(`range(${reprStr(r.start)}, ${reprStr(r.stop)}${st})`);
  });
  defMethod(t, 'count', (self, args, kw) => {
    argRange('range.count', args, kw, 1, 1);
    const r = self as PyRange, x = args[0];
    if (x.type === intType || x.type === boolType) return newInt(range_contains(r, x) ? 1 : 0);
    let c = 0;
    for (let i = 0n; i < big(r.length); i++) {
      const v = newInt(itemAt(r, i));
      if (eq(v, x)) c++;
      H.decref(v);
    }
    return newInt(c);
  });
  defMethod(t, 'index', (self, args, kw) => {
    argRange('range.index', args, kw, 1, 1);
    const r = self as PyRange, x = args[0];
    if (x.type === intType || x.type === boolType) {
      const v = BigInt((x as PyInt).v);
      if (range_contains_long(r, v)) return newInt((v - big(r.start)) / big(r.step));
    } else {
      for (let i = 0n; i < big(r.length); i++) {
        const v = newInt(itemAt(r, i));
        const same = eq(v, x);
        H.decref(v);
        if (same) return newInt(i);
      }
    }
    throw raise(ValueError, `${reprStr(x)} is not in range`);
  });
  for (const [name, isEq] of [['__eq__', true], ['__ne__', false]] as const) {
    defMethod(t, name, (self, args) => {
      if (!(args[0] instanceof PyRange)) return notImpl();
      return newBool(range_equals(self as PyRange, args[0]) === isEq);
    });
  }
  defMethod(t, '__hash__', (self) => {
    const r = self as PyRange;
    const n = big(r.length);
    const inc = (o: PyObject): PyObject => (o.rc++, o);
    const tup = newTuple([inc(r.length), n === 0n ? (None.rc++, None) : inc(r.start), n <= 1n ? (None.rc++, None) : inc(r.step)]);
    try {
      return newInt(hash(tup));
    } finally {
      H.decref(tup);
    }
  });
  for (const f of ['start', 'stop', 'step'] as const) {
    defGetSet(t, f, (o) => {
      const v = (o as PyRange)[f];
      v.rc++;
      return v;
    });
  }
  void defAttr;
  void newNone;
}

function normal(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

onInit(initRange);
