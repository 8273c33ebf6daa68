/**
 * The iterators of the built-in containers. Mirrors Objects/listobject.c (listiterobject,
 * listreviterobject), tupleobject.c (tupleiterobject), unicodeobject.c (unicodeiterobject,
 * str_ascii_iterator), dictobject.c (dictiterobject and its reverse forms),
 * setobject.c (setiterobject) and rangeobject.c (rangeiterobject), 3.11.
 *
 * Each holds a counted reference to its container while it can still produce items and
 * drops it when exhausted (CPython sets it_seq to NULL). All but the range iterator are
 * GC objects. The JS `iternext()` is tp_iternext: a new reference, or null at the end.
 * The dict item iterator reuses its result tuple when nobody else holds it, as
 * dictiter_iternextitem does.
 */

import type { Heap, HeapObject } from '../../heap/heap.js';
import { H, PyObject, PyType } from '../object.js';
import { PyList } from '../list.js';
import { PyTuple, newTuple } from '../tuple.js';
import { PyStr, newStr } from '../str.js';
import { PyDict } from '../dict.js';
import { newInt } from '../int.js';
import { None } from '../singletons.js';
import {
  listIterType, listRevIterType, tupleIterType, strIterType, rangeIterType, dictKeyIterType,
  dictValueIterType, dictItemIterType, setIterType, objectType, enumerateType, zipType,
} from '../typeobjects.js';
import { RuntimeError, StopIteration, raise } from '../exceptions.js';
import { defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { mkStaticType } from './common.js';

/** A native iterator object: tp_iternext as a method. */
export abstract class PyIterBase extends PyObject {
  abstract iternext(): PyObject | null;
  /** __length_hint__, or -1 when the iterator has none. */
  lengthHint(): number {
    return -1;
  }
}

/** Allocates a native iterator of `size` bytes (GC header included when gc). */
function alloc<T extends PyObject>(o: T, size: number, gc = true): T {
  H.allocate(o, size, gc ? 16 : 0);
  return o;
}

// ------------------------------------------------------------------ list

export class PyListIter extends PyIterBase {
  index = 0;
  constructor(public seq: PyList | null) {
    super(listIterType);
  }
  iternext(): PyObject | null {
    const l = this.seq;
    if (l === null) return null;
    if (this.index < l.items.length) {
      const v = l.items[this.index++];
      v.rc++;
      return v;
    }
    this.seq = null;
    H.decref(l);
    return null;
  }
  override lengthHint(): number {
    return this.seq === null ? 0 : Math.max(0, this.seq.items.length - this.index);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.seq) visit(this.seq);
  }
  override clearContents(heap: Heap): void {
    const s = this.seq;
    this.seq = null;
    if (s) heap.decref(s);
  }
}

/** iter(list): takes a new reference to l. */
export function newListIter(l: PyList): PyListIter {
  l.rc++;
  return alloc(new PyListIter(l), 48);
}

export class PyListRevIter extends PyIterBase {
  constructor(public seq: PyList | null, public index: number) {
    super(listRevIterType);
  }
  iternext(): PyObject | null {
    const l = this.seq;
    if (l === null) return null;
    if (this.index >= 0 && this.index < l.items.length) {
      const v = l.items[this.index--];
      v.rc++;
      return v;
    }
    this.index = -1;
    this.seq = null;
    H.decref(l);
    return null;
  }
  override lengthHint(): number {
    return this.seq === null || this.index >= this.seq.items.length ? 0 : this.index + 1;
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.seq) visit(this.seq);
  }
  override clearContents(heap: Heap): void {
    const s = this.seq;
    this.seq = null;
    if (s) heap.decref(s);
  }
}

export function newListRevIter(l: PyList): PyListRevIter {
  l.rc++;
  return alloc(new PyListRevIter(l, l.items.length - 1), 48);
}

// ------------------------------------------------------------------ tuple

export class PyTupleIter extends PyIterBase {
  index = 0;
  constructor(public seq: PyTuple | null) {
    super(tupleIterType);
  }
  iternext(): PyObject | null {
    const t = this.seq;
    if (t === null) return null;
    if (this.index < t.items.length) {
      const v = t.items[this.index++];
      v.rc++;
      return v;
    }
    this.seq = null;
    H.decref(t);
    return null;
  }
  override lengthHint(): number {
    return this.seq === null ? 0 : this.seq.items.length - this.index;
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.seq) visit(this.seq);
  }
  override clearContents(heap: Heap): void {
    const s = this.seq;
    this.seq = null;
    if (s) heap.decref(s);
  }
}

export function newTupleIter(t: PyTuple): PyTupleIter {
  t.rc++;
  return alloc(new PyTupleIter(t), 48);
}

// ------------------------------------------------------------------ str

/** 3.11 has two str iterator types: str_ascii_iterator for ASCII strings, str_iterator. */
export const strIterNonAsciiType: PyType = mkStaticType('str_iterator', 32, true, objectType);

export class PyStrIter extends PyIterBase {
  /** Position in UTF-16 code units. */
  pos = 0;
  constructor(public seq: PyStr | null, t: PyType) {
    super(t);
  }
  iternext(): PyObject | null {
    const s = this.seq;
    if (s === null) return null;
    const v = s.v;
    if (this.pos < v.length) {
      const c = v.charCodeAt(this.pos);
      let n = 1;
      if (c >= 0xd800 && c < 0xdc00 && this.pos + 1 < v.length) {
        const d = v.charCodeAt(this.pos + 1);
        if (d >= 0xdc00 && d < 0xe000) n = 2;
      }
      const ch = v.substr(this.pos, n);
      this.pos += n;
      return newStr(ch);
    }
    this.seq = null;
    H.decref(s);
    return null;
  }
  override lengthHint(): number {
    if (this.seq === null) return 0;
    const rest = this.seq.v.slice(this.pos);
    return this.seq.kind === 4 ? Array.from(rest).length : rest.length;
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.seq) visit(this.seq);
  }
  override clearContents(heap: Heap): void {
    const s = this.seq;
    this.seq = null;
    if (s) heap.decref(s);
  }
}

export function newStrIter(s: PyStr): PyStrIter {
  s.rc++;
  return alloc(new PyStrIter(s, s.kind === 0 ? strIterType : strIterNonAsciiType), 48);
}

// ------------------------------------------------------------------ range

/** range_iterator: plain numbers (longrange_iterator's PyObjects are not simulated). */
export class PyRangeIter extends PyIterBase {
  constructor(public start: number | bigint, public step: number | bigint, public len: number | bigint) {
    super(rangeIterType);
  }
  iternext(): PyObject | null {
    if (this.len <= 0) return null;
    const v = this.start;
    if (typeof v === 'number' && typeof this.step === 'number' && Number.isSafeInteger(v + this.step)) {
      this.start = v + this.step;
    } else this.start = BigInt(v) + BigInt(this.step);
    this.len = typeof this.len === 'number' ? this.len - 1 : this.len - 1n;
    return newInt(v);
  }
  override lengthHint(): number {
    return Number(this.len);
  }
}

/** A range iterator (no GC header, 48 bytes as `sys.getsizeof(iter(range(3)))`). */
export function newRangeIter(start: number | bigint, step: number | bigint, len: number | bigint): PyRangeIter {
  return alloc(new PyRangeIter(start, step, len), 48, false);
}

// ------------------------------------------------------------------ dict

export type DictIterKind = 'keys' | 'values' | 'items';
const dictIterTypes: Record<DictIterKind, PyType> = {
  keys: dictKeyIterType, values: dictValueIterType, items: dictItemIterType,
};
export const dictRevKeyIterType: PyType = mkStaticType('dict_reversekeyiterator', 56, true, objectType);
export const dictRevValueIterType: PyType = mkStaticType('dict_reversevalueiterator', 56, true, objectType);
export const dictRevItemIterType: PyType = mkStaticType('dict_reverseitemiterator', 56, true, objectType);
const dictRevIterTypes: Record<DictIterKind, PyType> = {
  keys: dictRevKeyIterType, values: dictRevValueIterType, items: dictRevItemIterType,
};

export class PyDictIter extends PyIterBase {
  /** Next entry position (reverse: the position to try next, going down). */
  pos: number;
  /** ma_used when the iterator was made (di_used). */
  used: number;
  /** Items left (di_len). */
  len: number;
  /** The reusable (key, value) tuple of item iterators. */
  result: PyTuple | null = null;
  constructor(public dict: PyDict | null, public kind: DictIterKind, public reverse: boolean) {
    super(reverse ? dictRevIterTypes[kind] : dictIterTypes[kind]);
    this.used = dict!.used;
    this.len = dict!.used;
    this.pos = reverse ? dict!.ks.length - 1 : 0;
  }
  iternext(): PyObject | null {
    const d = this.dict;
    if (d === null) return null;
    if (this.used !== d.used) {
      this.used = -1; // make the error sticky, as CPython does
      throw raise(RuntimeError, 'dictionary changed size during iteration');
    }
    const ks = d.ks;
    let i = this.pos;
    if (this.reverse) {
      while (i >= 0 && ks[i] === null) i--;
      if (i < 0) return this.exhaust();
      this.pos = i - 1;
    } else {
      while (i < ks.length && ks[i] === null) i++;
      if (i >= ks.length) return this.exhaust();
      this.pos = i + 1;
    }
    if (this.len === 0) {
      throw raise(RuntimeError, 'dictionary keys changed during iteration');
    }
    this.len--;
    const k = ks[i]!, v = d.vs[i]!;
    if (this.kind === 'keys') {
      k.rc++;
      return k;
    }
    if (this.kind === 'values') {
      v.rc++;
      return v;
    }
    k.rc++;
    v.rc++;
    const r = this.result;
    if (r !== null && r.rc === 1) {
      // Reuse the tuple nobody else holds (dictiter_iternextitem).
      const [ok, ov] = r.items;
      r.items[0] = k;
      r.items[1] = v;
      r.rc++;
      H.decref(ok);
      H.decref(ov);
      return r;
    }
    return newTuple([k, v]);
  }
  private exhaust(): null {
    const d = this.dict!;
    this.dict = null;
    H.decref(d);
    return null;
  }
  override lengthHint(): number {
    return this.dict !== null && this.used === this.dict.used ? this.len : 0;
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.dict) visit(this.dict);
    if (this.result) visit(this.result);
  }
  override clearContents(heap: Heap): void {
    const d = this.dict, r = this.result;
    this.dict = null;
    this.result = null;
    if (d) heap.decref(d);
    if (r) heap.decref(r);
  }
}

/** iter(d), iter(d.values()), iter(d.items()), reversed(d)... Takes a new ref to d. */
export function newDictIter(d: PyDict, kind: DictIterKind, reverse = false): PyDictIter {
  d.rc++;
  const it = alloc(new PyDictIter(d, kind, reverse), 72);
  if (kind === 'items') {
    // dictiter_new allocates the result tuple up front: (None, None).
    None.rc += 2;
    it.result = newTuple([None, None]);
  }
  return it;
}

// ------------------------------------------------------------------ registration

/** The types whose instances are PyIterBase: `__iter__`, `__next__`, `__length_hint__`. */
export function defIterMethods(t: PyType, hint = true): void {
  defMethod(t, '__iter__', (self) => {
    self.rc++;
    return self;
  });
  defMethod(t, '__next__', (self) => {
    const r = (self as PyIterBase).iternext();
    if (r === null) throw raise(StopIteration);
    return r;
  });
  if (hint) {
    defMethod(t, '__length_hint__', (self) => newInt((self as PyIterBase).lengthHint()));
  }
}

function initIterators(): void {
  // Sizes measured on 3.11.7 (sys.getsizeof minus the GC header) where typeobjects.ts
  // disagrees: set_iterator 64, enumerate 72, zip 64.
  setIterType.basicsize = 48;
  enumerateType.basicsize = 56;
  zipType.basicsize = 48;
  for (const t of [listIterType, listRevIterType, tupleIterType, strIterType, strIterNonAsciiType,
    rangeIterType, dictKeyIterType, dictValueIterType, dictItemIterType, dictRevKeyIterType,
    dictRevValueIterType, dictRevItemIterType, setIterType]) {
    defIterMethods(t);
  }
}

onInit(initIterators);
