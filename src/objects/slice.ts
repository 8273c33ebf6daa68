/**
 * slice objects (Objects/sliceobject.c, 3.11): `a[i:j:k]` builds one, `slice(...)` too.
 * A slice holds references to its start, stop and step (None when omitted); it is a
 * GC type (56 bytes with the header). Slices are unhashable in 3.11 (hashable since
 * 3.12). CPython keeps one spare slice object (the interpreter's slice cache); memsnake
 * does not.
 *
 * Also the helpers sequences use to turn a slice into indices: PySlice_Unpack (None
 * defaults, __index__, clamping to Py_ssize_t) and PySlice_AdjustIndices (clipping to a
 * length, returning the slice length).
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject } from './object.js';
import { PyInt, newInt } from './int.js';
import { None, newNone } from './singletons.js';
import { newTuple } from './tuple.js';
import { newStrFresh } from './str.js';
import { sliceType, floatType } from './typeobjects.js';
import { TypeError, ValueError, raise } from './exceptions.js';
import { defAttr, defGetSet, defMethod, argRange } from './methods.js';
import { onInit } from './init.js';
import { index as pyIndex, reprStr, richCompare, type CompareOp } from './abstract.js';
import { typeLookup } from './typeobject.js';
import { defNew, notImpl } from './types/common.js';

export class PySlice extends PyObject {
  constructor(public start: PyObject, public stop: PyObject, public step: PyObject) {
    super(sliceType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    visit(this.start);
    visit(this.stop);
    visit(this.step);
  }
  override clearContents(heap: Heap): void {
    // slice_dealloc: step, start, stop.
    heap.decref(this.step);
    heap.decref(this.start);
    heap.decref(this.stop);
  }
}

/** A new slice; steals start, stop and step (pass new references to None when absent). */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  const s = new PySlice(start, stop, step);
  H.allocate(s, 56, 16);
  return s;
}

const SSIZE_MAX = Number.MAX_SAFE_INTEGER;

/** _PyEval_SliceIndex: an index clamped to the Py_ssize_t range. */
function sliceIndex(o: PyObject): number {
  if (!(o instanceof PyInt && o.type !== floatType) && typeLookup(o.type, '__index__') === null) {
    throw raise(TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  const v = pyIndex(o);
  if (typeof v === 'number') return v;
  return v < 0n ? -SSIZE_MAX : SSIZE_MAX;
}

export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
}

/** PySlice_Unpack. */
export function sliceUnpack(s: PySlice): SliceBounds {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndex(s.step);
    if (step === 0) throw raise(ValueError, 'slice step cannot be zero');
    if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  }
  const start = s.start === None ? (step < 0 ? SSIZE_MAX : 0) : sliceIndex(s.start);
  const stop = s.stop === None ? (step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX) : sliceIndex(s.stop);
  return { start, stop, step };
}

/** PySlice_AdjustIndices: clips b to a sequence of `length`; returns the slice length. */
export function adjustIndices(length: number, b: SliceBounds): number {
  const step = b.step;
  if (b.start < 0) {
    b.start += length;
    if (b.start < 0) b.start = step < 0 ? -1 : 0;
  } else if (b.start >= length) b.start = step < 0 ? length - 1 : length;
  if (b.stop < 0) {
    b.stop += length;
    if (b.stop < 0) b.stop = step < 0 ? -1 : 0;
  } else if (b.stop >= length) b.stop = step < 0 ? length - 1 : length;
  if (step < 0) {
    if (b.stop < b.start) return Math.floor((b.start - b.stop - 1) / -step) + 1;
  } else if (b.start < b.stop) return Math.floor((b.stop - b.start - 1) / step) + 1;
  return 0;
}

/** Unpack + adjust in one call: the bounds and the slice length for a sequence. */
export function sliceForLength(s: PySlice, length: number): SliceBounds & { len: number } {
  const b = sliceUnpack(s);
  const len = adjustIndices(length, b);
  return { ...b, len };
}

/** _PySlice_GetLongIndices: slice.indices(length) with arbitrary-size ints. */
export function sliceIndicesBig(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const big = (o: PyObject): bigint => {
    if (!(o instanceof PyInt && o.type !== floatType) && typeLookup(o.type, '__index__') === null) {
      throw raise(TypeError, 'slice indices must be integers or None or have an __index__ method');
    }
    return BigInt(pyIndex(o));
  };
  const step = s.step === None ? 1n : big(s.step);
  if (step === 0n) throw raise(ValueError, 'slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clip = (o: PyObject, dflt: bigint): bigint => {
    if (o === None) return dflt;
    let v = big(o);
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  return [clip(s.start, neg ? upper : lower), clip(s.stop, neg ? lower : upper), step];
}

function slice_new(args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) throw raise(TypeError, 'slice() takes no keyword arguments');
  argRange('slice', args, null, 1, 3);
  const inc = (o: PyObject): PyObject => (o.rc++, o);
  if (args.length === 1) return newSlice(newNone(), inc(args[0]), newNone());
  return newSlice(inc(args[0]), inc(args[1]), args.length === 3 ? inc(args[2]) : newNone());
}

function slice_richcompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  if (other.type !== sliceType) return notImpl();
  const a = self as PySlice, b = other as PySlice;
  const inc = (o: PyObject): PyObject => (o.rc++, o);
  const t1 = newTuple([inc(a.start), inc(a.stop), inc(a.step)]);
  const t2 = newTuple([inc(b.start), inc(b.stop), inc(b.step)]);
  try {
    return richCompare(t1, t2, op);
  } finally {
    H.decref(t1);
    H.decref(t2);
  }
}

function initSlice(): void {
  const t = sliceType;
  defNew(t, (_cls, args, kw) => slice_new(args, kw));
  defMethod(t, '__repr__', (self) => {
    const s = self as PySlice;
    return newStrFresh(`slice(${reprStr(s.start)}, ${reprStr(s.stop)}, ${reprStr(s.step)})`);
  });
  defMethod(t, 'indices', (self, args, kw) => {
    argRange('indices', args, kw, 1, 1);
    const n = BigInt(pyIndex(args[0]));
    if (n < 0n) throw raise(ValueError, 'length should not be negative');
    const [a, b, c] = sliceIndicesBig(self as PySlice, n);
    return newTuple([newInt(a), newInt(b), newInt(c)]);
  });
  for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
    defMethod(t, name, (self, args) => slice_richcompare(self, args[0], op));
  }
  defMethod(t, '__reduce__', (self) => {
    const s = self as PySlice;
    t.rc++;
    const inc = (o: PyObject): PyObject => (o.rc++, o);
    return newTuple([t, newTuple([inc(s.start), inc(s.stop), inc(s.step)])]);
  });
  for (const f of ['start', 'stop', 'step'] as const) {
    defGetSet(t, f, (o) => {
      const v = (o as PySlice)[f];
      v.rc++;
      return v;
    });
  }
  defAttr(t, '__hash__', None);
}

onInit(initSlice);
