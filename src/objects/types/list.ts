/**
 * list internals: resizing, extend, slice assignment, subscripts, repr and comparison.
 * Mirrors Objects/listobject.c, 3.11 (the methods are registered in list_methods.ts).
 *
 * Geometry is the product here: `list_resize` over-allocates exactly like CPython
 * (sys.getsizeof shows it), `list(x)` / an extend into an empty list preallocates the
 * (hinted) length rounded up to even (list_preallocate_exact), slices and repetitions
 * allocate exactly. Released items go last to first, as list_clear / list_ass_slice do.
 */

import { H, PyObject } from '../object.js';
import { PyList, newList, listAppend, setAllocated } from '../list.js';
import { PyTuple } from '../tuple.js';
import { newStrFresh } from '../str.js';
import { newBool } from '../singletons.js';
import { listType, tupleType } from '../typeobjects.js';
import { IndexError, TypeError, ValueError, raise } from '../exceptions.js';
import {
  eq, getIter, iterNext, iterToArray, reprStr, richCompare,
  type CompareOp,
} from '../abstract.js';
import { PySlice, sliceForLength } from '../slice.js';
import { asSsize, isIndexable, lengthHint, reprEnter, reprLeave } from './common.js';

/** list_resize lives with the list object (objects/list.ts); re-exported under CPython's name. */
export { listResize as list_resize } from '../list.js';
import { listResize as list_resize } from '../list.js';

/** list_preallocate_exact: room for n items rounded up to even (empty list only). */
export function list_preallocate_exact(l: PyList, n: number): void {
  setAllocated(l, (n + 1) & ~1);
}

/** Items of a list or tuple (borrowed view), or null. */
function fastItems(o: PyObject): PyObject[] | null {
  if (o instanceof PyList || o instanceof PyTuple) return o.items;
  return null;
}

/** list.extend(iterable) (list_extend). */
export function list_extend(l: PyList, iterable: PyObject): void {
  if (iterable.type === listType || iterable.type === tupleType || iterable === l) {
    const src = (iterable as PyList | PyTuple).items.slice();
    const n = src.length;
    if (n === 0) return;
    // `ob_item == NULL`: a new or cleared list. A list emptied by pop/del of its last
    // items keeps a (0-byte) item array and grows with list_resize instead.
    if (l.itemsAddr === 0) list_preallocate_exact(l, n);
    else list_resize(l, l.items.length + n);
    for (const o of src) {
      o.rc++;
      l.items.push(o);
    }
    return;
  }
  const it = getIter(iterable);
  try {
    const n = lengthHint(iterable, 8);
    const m = l.items.length;
    if (l.itemsAddr === 0) {
      if (n > 0) list_preallocate_exact(l, n);
    } else list_resize(l, m + n);
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      if (l.items.length < l.allocated) l.items.push(item);
      else listAppend(l, item);
    }
    if (l.items.length < l.allocated) list_resize(l, l.items.length);
  } finally {
    H.decref(it);
  }
}

/** Removes items [lo, hi) and inserts `v` (borrowed refs, increfed): list_ass_slice. */
export function list_ass_slice(l: PyList, lo: number, hi: number, v: PyObject | null): void {
  let src: PyObject[] = [];
  let owned: PyObject[] | null = null;
  if (v !== null) {
    const f = v === l ? null : fastItems(v);
    if (f !== null) src = f.slice();
    else if (v === l) src = l.items.slice();
    else {
      if (!isIterable(v)) throw raise(TypeError, 'can only assign an iterable');
      owned = iterToArray(v);
      src = owned;
    }
  }
  try {
    const size = l.items.length;
    if (lo < 0) lo = 0;
    else if (lo > size) lo = size;
    if (hi < lo) hi = lo;
    else if (hi > size) hi = size;
    const n = src.length;
    const norig = hi - lo;
    const d = n - norig;
    if (size + d === 0) {
      list_clear(l);
      return;
    }
    if (d !== 0) list_resize(l, size + d);
    for (const o of src) o.rc++;
    const recycle = l.items.splice(lo, norig, ...src);
    for (let k = recycle.length - 1; k >= 0; k--) H.decref(recycle[k]);
  } finally {
    if (owned !== null) for (const o of owned) H.decref(o);
  }
}

function isIterable(o: PyObject): boolean {
  try {
    H.decref(getIter(o));
    return true;
  } catch (e) {
    if (e && typeof e === 'object' && 'exc' in e) {
      H.decref((e as { exc: PyObject }).exc);
      return false;
    }
    throw e;
  }
}

/** list.clear(): releases items last to first, frees the item array. */
export function list_clear(l: PyList): void {
  const items = l.items;
  l.items = [];
  const hadArray = l.itemsAddr !== 0;
  for (let i = items.length - 1; i >= 0; i--) H.decref(items[i]);
  // _list_clear frees any item array, even the 0-byte one a pop to empty leaves.
  if (hadArray && l.items.length === 0) setAllocated(l, 0);
}

function list_item(l: PyList, i: number): PyObject {
  const n = l.items.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(IndexError, 'list index out of range');
  const v = l.items[i];
  v.rc++;
  return v;
}

/** list[index-or-slice]. */
export function list_subscript(self: PyObject, key: PyObject): PyObject {
  const l = self as PyList;
  if (isIndexable(key)) return list_item(l, asSsize(key, 'index'));
  if (key instanceof PySlice) {
    const b = sliceForLength(key, l.items.length);
    const out: PyObject[] = [];
    for (let i = 0, cur = b.start; i < b.len; i++, cur += b.step) {
      const v = l.items[cur];
      v.rc++;
      out.push(v);
    }
    return newList(out);
  }
  throw raise(TypeError, `list indices must be integers or slices, not ${key.type.name}`);
}

/** list[key] = value, or del list[key] when value is null (list_ass_subscript). */
export function list_ass_subscript(l: PyList, key: PyObject, value: PyObject | null): void {
  if (isIndexable(key)) {
    let i = asSsize(key, 'index');
    const n = l.items.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(IndexError, 'list assignment index out of range');
    if (value === null) {
      list_ass_slice(l, i, i + 1, null);
      return;
    }
    value.rc++;
    const old = l.items[i];
    l.items[i] = value;
    H.decref(old);
    return;
  }
  if (!(key instanceof PySlice)) throw raise(TypeError, `list indices must be integers or slices, not ${key.type.name}`);
  const b = sliceForLength(key, l.items.length);
  if (b.step === 1) {
    list_ass_slice(l, b.start, b.start + Math.max(b.len, 0), value);
    return;
  }
  if (value === null) {
    if (b.len <= 0) return;
    let { start, step } = b;
    if (step < 0) {
      start = start + step * (b.len - 1);
      step = -step;
    }
    const garbage: PyObject[] = [];
    const keep: PyObject[] = [];
    for (let i = 0; i < l.items.length; i++) {
      if (i >= start && (i - start) % step === 0 && garbage.length < b.len) garbage.push(l.items[i]);
      else keep.push(l.items[i]);
    }
    l.items = keep;
    // Py_SET_SIZE first, then list_resize(self, Py_SIZE(self)).
    list_resize(l, keep.length);
    for (const g of garbage) H.decref(g);
    return;
  }
  let seq: PyObject[];
  let owned: PyObject[] | null = null;
  if (value === l) seq = l.items.slice();
  else {
    const f = fastItems(value);
    if (f !== null) seq = f.slice();
    else {
      if (!isIterable(value)) throw raise(TypeError, 'must assign iterable to extended slice');
      owned = iterToArray(value);
      seq = owned;
    }
  }
  try {
    if (seq.length !== b.len) {
      throw raise(ValueError, `attempt to assign sequence of size ${seq.length} to extended slice of size ${b.len}`);
    }
    const garbage: PyObject[] = [];
    for (let i = 0, cur = b.start; i < b.len; i++, cur += b.step) {
      garbage.push(l.items[cur]);
      seq[i].rc++;
      l.items[cur] = seq[i];
    }
    for (const g of garbage) H.decref(g);
  } finally {
    if (owned !== null) for (const o of owned) H.decref(o);
  }
}

export function list_repr(self: PyObject): PyObject {
  const l = self as PyList;
  if (l.items.length === 0) return newStrFresh('[]');
  if (!reprEnter(l)) return newStrFresh('[...]');
  try {
    const parts: string[] = [];
    for (let i = 0; i < l.items.length; i++) {
      const v = l.items[i];
      v.rc++;
      // No guard of its own: 3.11's list_repr relies on PyObject_Repr's (in reprStr).
      try {
        parts.push(reprStr(v));
      } finally {
        H.decref(v);
      }
    }
    return newStrFresh('[' + parts.join(', ') + ']');
  } finally {
    reprLeave(l);
  }
}

/** Lexicographic comparison shared by list and tuple (list_richcompare / tuplerichcompare). */
export function seqRichCompare(v: PyObject[], w: PyObject[], op: CompareOp): PyObject {
  if (v.length !== w.length && (op === 'Eq' || op === 'NotEq')) return newBool(op === 'NotEq');
  let i = 0;
  for (; i < v.length && i < w.length; i++) {
    const a = v[i], b = w[i];
    if (a === b) continue;
    a.rc++;
    b.rc++;
    let same: boolean;
    try {
      same = eq(a, b);
    } finally {
      H.decref(a);
      H.decref(b);
    }
    if (!same) break;
  }
  if (i >= v.length || i >= w.length) {
    const x = v.length, y = w.length;
    const r = op === 'Lt' ? x < y : op === 'LtE' ? x <= y : op === 'Eq' ? x === y : op === 'NotEq' ? x !== y : op === 'Gt' ? x > y : x >= y;
    return newBool(r);
  }
  if (op === 'Eq') return newBool(false);
  if (op === 'NotEq') return newBool(true);
  return richCompare(v[i], w[i], op);
}

