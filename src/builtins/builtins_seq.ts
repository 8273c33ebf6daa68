/**
 * The iteration builtins: sorted, min, max, sum, any, all, iter, next, and the
 * `callable_iterator` that two-argument iter() returns. Mirrors Python/bltinmodule.c,
 * 3.11 (builtin_sorted, min_max, builtin_sum_impl, builtin_any/all, builtin_iter,
 * builtin_next), Objects/iterobject.c (calliter) and, for the sort itself,
 * Objects/listobject.c's guarantees: stable, only `<` is used, `key` called once per item
 * in order, `reverse` keeps stability (the list is reversed, sorted, reversed back).
 *
 * Ownership: arguments borrowed, results new references.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject, PyRaise } from '../objects/object.js';
import { PyInt, newInt } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { newList } from '../objects/list.js';
import { list_extend } from '../objects/types/list.js';
import { None, newBool } from '../objects/singletons.js';
import {
  StopIteration, TypeError, ValueError, raise, newException,
} from '../objects/exceptions.js';
import { emptyTuple } from '../objects/tuple.js';
import { argRange, defMethod } from '../objects/methods.js';
import { callIterType, floatType, intType, boolType, bytesType, strType } from '../objects/typeobjects.js';
import { typeLookup } from '../objects/typeobject.js';
import {
  call, callMethodWith, compareBool, eq, getIter, index, isInstance, isTrue, iterNext,
} from '../objects/abstract.js';
import { binaryOp, intToDouble } from '../objects/number.js';
import { intAdd } from '../objects/num/int.js';
import { isCallable } from './builtins_attr.js';

// ------------------------------------------------------------------ sorting

/**
 * Sorts `items` in place (their references stay where they are): stable, `a < b` only.
 * `key` (borrowed, or null) is called once per item, in order, before any comparison.
 * On an exception the array holds the same references in some order, as list.sort.
 */
export function sortArray(items: PyObject[], key: PyObject | null, reverse: boolean): void {
  const n = items.length;
  if (reverse) items.reverse();
  if (n > 1) {
    let keys: PyObject[] | null = null;
    if (key !== null) {
      keys = [];
      try {
        for (const x of items) keys.push(call(key, [x]));
      } catch (e) {
        for (const k of keys) H.decref(k);
        if (reverse) items.reverse();
        throw e;
      }
    }
    const idx = items.map((_x, i) => i);
    const ks = keys ?? items;
    try {
      mergeSort(idx, (a, b) => compareBool(ks[a], ks[b], 'Lt'));
      const sorted = idx.map((i) => items[i]);
      for (let i = 0; i < n; i++) items[i] = sorted[i];
    } finally {
      if (keys !== null) for (const k of keys) H.decref(k);
    }
  }
  if (reverse) items.reverse();
}

/** A stable merge sort of indices; `lt` may throw (the array is then left unsorted). */
function mergeSort(a: number[], lt: (x: number, y: number) => boolean): void {
  const n = a.length;
  // Binary insertion sort for short runs (as timsort does), then bottom-up merges.
  const RUN = 32;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const v = a[i];
      let l = lo, r = i;
      while (l < r) {
        const m = (l + r) >> 1;
        if (lt(v, a[m])) r = m;
        else l = m + 1;
      }
      for (let j = i; j > l; j--) a[j] = a[j - 1];
      a[l] = v;
    }
  }
  let src = a, dst = new Array<number>(n);
  for (let w = RUN; w < n; w *= 2) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = Math.min(lo + w, n), hi = Math.min(lo + 2 * w, n);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) dst[k++] = lt(src[j], src[i]) ? src[j++] : src[i++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    [src, dst] = [dst, src];
  }
  if (src !== a) for (let i = 0; i < n; i++) a[i] = src[i];
}

/** Splits keyword arguments off: [positional args, map of keyword → value]. */
function splitKw(args: PyObject[], kw: string[] | null): [PyObject[], Map<string, PyObject>] {
  const nk = kw === null ? 0 : kw.length;
  const m = new Map<string, PyObject>();
  for (let i = 0; i < nk; i++) m.set(kw![i], args[args.length - nk + i]);
  return [nk === 0 ? args : args.slice(0, args.length - nk), m];
}

function badKw(kws: Map<string, PyObject>, allowed: string[], fname: string): void {
  for (const k of kws.keys()) {
    if (!allowed.includes(k)) throw raise(TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
  }
}

/** sorted(iterable, /, *, key=None, reverse=False). */
export function builtinSorted(args: PyObject[], kw: string[] | null): PyObject {
  const [pos, kws] = splitKw(args, kw);
  if (pos.length !== 1) throw raise(TypeError, `sorted expected 1 argument, got ${pos.length}`);
  badKw(kws, ['key', 'reverse'], 'sort');
  // PySequence_List: an empty list extended by the iterable (list_extend's geometry).
  const l = newList([]);
  try {
    list_extend(l, pos[0]);
    const k = kws.get('key');
    const rv = kws.get('reverse');
    const reverse = rv !== undefined && index(rv) != 0;
    sortArray(l.items, k === undefined || k === None ? null : k, reverse);
  } catch (e) {
    H.decref(l);
    throw e;
  }
  return l;
}

/** min() and max(): min_max in bltinmodule.c. */
function minMax(args: PyObject[], kw: string[] | null, isMin: boolean): PyObject {
  const fname = isMin ? 'min' : 'max';
  const [pos, kws] = splitKw(args, kw);
  if (pos.length === 0) throw raise(TypeError, `${fname} expected at least 1 argument, got 0`);
  if (kws.size > 2) throw raise(TypeError, `${fname}() takes at most 2 keyword arguments (${kws.size} given)`);
  badKw(kws, ['key', 'default'], fname);
  const dflt = kws.get('default');
  if (dflt !== undefined && pos.length > 1) {
    throw raise(TypeError, `Cannot specify a default for ${fname}() with multiple positional arguments`);
  }
  let key: PyObject | null = kws.get('key') ?? null;
  if (key === None) key = null;
  const it = pos.length === 1 ? getIter(pos[0]) : null;
  let best: PyObject | null = null, bestKey: PyObject | null = null;
  let i = 0;
  try {
    for (;;) {
      let item: PyObject | null;
      if (it !== null) item = iterNext(it);
      else if (i < pos.length) {
        item = pos[i++];
        item.rc++;
      } else item = null;
      if (item === null) break;
      let k: PyObject;
      if (key !== null) {
        try {
          k = call(key, [item]);
        } catch (e) {
          H.decref(item);
          throw e;
        }
      } else {
        k = item;
        k.rc++;
      }
      let better = best === null;
      if (!better) {
        try {
          better = compareBool(k, bestKey!, isMin ? 'Lt' : 'Gt');
        } catch (e) {
          H.decref(item);
          H.decref(k);
          throw e;
        }
      }
      if (better) {
        if (best !== null) H.decref(best);
        if (bestKey !== null) H.decref(bestKey);
        best = item;
        bestKey = k;
      } else {
        H.decref(item);
        H.decref(k);
      }
    }
  } catch (e) {
    if (best !== null) H.decref(best);
    if (bestKey !== null) H.decref(bestKey);
    throw e;
  } finally {
    if (it !== null) H.decref(it);
  }
  if (bestKey !== null) H.decref(bestKey);
  if (best !== null) return best;
  if (dflt !== undefined) {
    dflt.rc++;
    return dflt;
  }
  throw raise(ValueError, `${fname}() arg is an empty sequence`);
}

export const builtinMin = (args: PyObject[], kw: string[] | null): PyObject => minMax(args, kw, true);
export const builtinMax = (args: PyObject[], kw: string[] | null): PyObject => minMax(args, kw, false);

/**
 * sum(iterable, /, start=0). Like CPython, exact ints are added as plain values and boxed
 * once at the end, and floats likewise (plain double addition: 3.11 has no compensated
 * summation), so no intermediate objects are allocated on those paths.
 */
export function builtinSum(args: PyObject[], kw: string[] | null): PyObject {
  const [pos, kws] = splitKw(args, kw);
  const total = args.length;
  if (pos.length === 0) throw raise(TypeError, `sum() takes at least 1 positional argument (0 given)`);
  if (total > 2) throw raise(TypeError, `sum() takes at most 2 arguments (${total} given)`);
  for (const k of kws.keys()) if (k !== 'start') throw raise(TypeError, `sum() got an unexpected keyword argument '${k}'`);
  const start = pos.length > 1 ? pos[1] : kws.get('start');
  if (start !== undefined) {
    if (isInstance(start, strType)) throw raise(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (isInstance(start, bytesType)) throw raise(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  const it = getIter(pos[0]);
  let result: PyObject;
  if (start === undefined) result = newInt(0);
  else {
    start.rc++;
    result = start;
  }
  try {
    // Exact-int fast path.
    if (result.type === intType) {
      let acc: number | bigint = (result as PyInt).v;
      let item: PyObject | null = null;
      for (;;) {
        item = iterNext(it);
        if (item === null) break;
        if (item.type === intType || item.type === boolType) {
          acc = addInts(acc, (item as PyInt).v);
          H.decref(item);
          item = null;
          continue;
        }
        break;
      }
      H.decref(result);
      result = newInt(acc);
      if (item === null) return result;
      result = addStep(result, item);
    }
    // Float fast path.
    if (result.type === floatType) {
      let f = (result as PyFloat).v;
      let item: PyObject | null = null;
      for (;;) {
        item = iterNext(it);
        if (item === null) break;
        if (item.type === floatType) f += (item as PyFloat).v;
        else if (item.type === intType || item.type === boolType) f += intToDouble((item as PyInt).v);
        else break;
        H.decref(item);
        item = null;
      }
      H.decref(result);
      result = newFloat(f);
      if (item === null) return result;
      result = addStep(result, item);
    }
    for (;;) {
      const item = iterNext(it);
      if (item === null) return result;
      result = addStep(result, item);
    }
  } catch (e) {
    H.decref(result!);
    throw e;
  } finally {
    H.decref(it);
  }
}

/** result + item, consuming both references; on error `result` stays owned by the caller. */
function addStep(result: PyObject, item: PyObject): PyObject {
  let r: PyObject;
  try {
    r = binaryOp(result, item, 'Add');
  } finally {
    H.decref(item);
  }
  H.decref(result);
  return r;
}

function addInts(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return intAdd(a, b);
}



function anyAll(args: PyObject[], kw: string[] | null, isAny: boolean): PyObject {
  argRange(isAny ? 'any' : 'all', args, kw, 1, 1);
  const it = getIter(args[0]);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return newBool(!isAny);
      let t: boolean;
      try {
        t = isTrue(x);
      } finally {
        H.decref(x);
      }
      if (t === isAny) return newBool(isAny);
    }
  } finally {
    H.decref(it);
  }
}

export const builtinAny = (args: PyObject[], kw: string[] | null): PyObject => anyAll(args, kw, true);
export const builtinAll = (args: PyObject[], kw: string[] | null): PyObject => anyAll(args, kw, false);

// ------------------------------------------------------------------ iter / next

/** callable_iterator: calls `func()` until the result equals `sentinel`. */
export class PyCallIter extends PyObject {
  constructor(public func: PyObject | null, public sentinel: PyObject | null) {
    super(callIterType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.func) visit(this.func);
    if (this.sentinel) visit(this.sentinel);
  }
  override clearContents(heap: Heap): void {
    const f = this.func, s = this.sentinel;
    this.func = null;
    this.sentinel = null;
    if (f) heap.decref(f);
    if (s) heap.decref(s);
  }
  /** calliter_iternext: a new reference or null when exhausted (then both are dropped). */
  iternext(): PyObject | null {
    if (this.func === null) return null;
    let r: PyObject;
    try {
      r = call(this.func, []);
    } catch (e) {
      if (e instanceof PyRaise && isInstance(e.exc, StopIteration)) {
        H.decref(e.exc);
        this.clearContents(H);
        return null;
      }
      throw e;
    }
    let done: boolean;
    try {
      done = eq(r, this.sentinel!);
    } catch (e) {
      H.decref(r);
      throw e;
    }
    if (!done) return r;
    H.decref(r);
    this.clearContents(H);
    return null;
  }
}

let callIterReady = false;
function initCallIter(): void {
  if (callIterReady) return;
  callIterReady = true;
  const t = callIterType;
  if (t.dict?.getStr('__next__') === undefined) {
    defMethod(t, '__next__', (self) => {
      const r = (self as PyCallIter).iternext();
      if (r === null) throw raise(StopIteration);
      return r;
    });
  }
  if (t.dict?.getStr('__iter__') === undefined) {
    defMethod(t, '__iter__', (self) => {
      self.rc++;
      return self;
    });
  }
}

export function builtinIter(args: PyObject[], kw: string[] | null): PyObject {
  argRange('iter', args, kw, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  if (!isCallable(args[0])) throw raise(TypeError, 'iter(v, w): v must be callable');
  initCallIter();
  args[0].rc++;
  args[1].rc++;
  const it = new PyCallIter(args[0], args[1]);
  H.allocate(it, 16 + callIterType.basicsize, 16);
  return it;
}

/** Whether o is an iterator (PyIter_Check): a native iternext or a `__next__`. */
function isIterator(o: PyObject): boolean {
  if (!o.type.heaptype && typeof (o as unknown as { iternext?: unknown }).iternext === 'function') return true;
  return typeLookup(o.type, '__next__') !== null;
}

/**
 * next(iterator[, default]). Without a default, a StopIteration raised by `__next__`
 * propagates as it is (keeping a generator's return value); with one, it is swallowed.
 */
export function builtinNext(args: PyObject[], kw: string[] | null): PyObject {
  argRange('next', args, kw, 1, 2);
  const it = args[0];
  if (!isIterator(it)) throw raise(TypeError, `'${it.type.name}' object is not an iterator`);
  const native = !it.type.heaptype && typeof (it as unknown as { iternext?: unknown }).iternext === 'function';
  // Without a default, go through __next__ when the type has one, so the StopIteration it
  // raises propagates as it is (a generator's return value). With a default, a native
  // iterator is stepped directly and exhaustion allocates no exception, as tp_iternext.
  const m = typeLookup(it.type, '__next__');
  if (m !== null && (!native || args.length === 1)) {
    try {
      return callMethodWith(m, it, [], null);
    } catch (e) {
      if (args.length === 2 && e instanceof PyRaise && isInstance(e.exc, StopIteration)) {
        H.decref(e.exc);
        args[1].rc++;
        return args[1];
      }
      throw e;
    }
  }
  const r = iterNext(it);
  if (r !== null) return r;
  if (args.length === 2) {
    args[1].rc++;
    return args[1];
  }
  emptyTuple.rc++;
  throw new PyRaise(newException(StopIteration, emptyTuple));
}

