/**
 * The set algebra behind the set and frozenset methods, and the set iterator. Mirrors
 * Objects/setobject.c, 3.11 (the table itself is in objects/set.ts). Which operand is iterated and which one is probed follows CPython
 * (set_intersection iterates the smaller set, set_difference the left one...), because
 * that decides the table order of the result.
 */

import type { Heap, HeapObject } from '../../heap/heap.js';
import { H, PyObject, PyRaise, PyType } from '../object.js';
import { PyDict } from '../dict.js';
import { newStrFresh } from '../str.js';
import { dictType, frozensetType, setIterType, setType } from '../typeobjects.js';
import { RuntimeError, TypeError, raise } from '../exceptions.js';
import { initHeapInstance } from '../instance.js';
import { enterRecursive, getIter, hash, isInstance, iterNext, leaveRecursive, reprStr } from '../abstract.js';
import {
  PySet, allocSet, dummy, isAnySet, setAdd, setAddEntry, setContainsEntry, setDiscardEntry,
  setMerge, setTableResize,
} from '../set.js';
import { reprEnter, reprLeave } from './common.js';
import { PyIterBase } from './iterators.js';

// ------------------------------------------------------------------ iterator

export class PySetIter extends PyIterBase {
  pos = 0;
  used: number;
  len: number;
  constructor(public set: PySet | null) {
    super(setIterType);
    this.used = set!.used;
    this.len = set!.used;
  }
  iternext(): PyObject | null {
    const so = this.set;
    if (so === null) return null;
    if (this.used !== so.used) {
      this.used = -1;
      throw raise(RuntimeError, 'Set changed size during iteration');
    }
    let i = this.pos;
    while (i <= so.mask && (so.table[i] === null || so.table[i] === dummy)) i++;
    this.pos = i + 1;
    if (i > so.mask) {
      this.set = null;
      H.decref(so);
      return null;
    }
    this.len--;
    const k = so.table[i]!;
    k.rc++;
    return k;
  }
  override lengthHint(): number {
    return this.set !== null && this.used === this.set.used ? this.len : 0;
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.set) visit(this.set);
  }
  override clearContents(heap: Heap): void {
    const s = this.set;
    this.set = null;
    if (s) heap.decref(s);
  }
}

export function newSetIter(s: PySet): PySetIter {
  s.rc++;
  const it = new PySetIter(s);
  H.allocate(it, 64, 16);
  return it;
}

// ------------------------------------------------------------------ core operations

/** set_update_internal. */
export function setUpdateInternal(so: PySet, other: PyObject): void {
  if (isAnySet(other)) {
    setMerge(so, other);
    return;
  }
  if (other.type === dictType) {
    const d = other as PyDict;
    if ((so.fill + d.used) * 5 >= so.mask * 3) setTableResize(so, (so.used + d.used) * 2);
    const ks = d.ks.slice();
    for (const k of ks) if (k !== null) setAddEntry(so, k, hash(k));
    return;
  }
  const it = getIter(other);
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === null) break;
      try {
        setAdd(so, k);
      } finally {
        H.decref(k);
      }
    }
  } finally {
    H.decref(it);
  }
}

/** make_new_set(type, iterable). */
export function makeNewSet(t: PyType, iterable: PyObject | null): PySet {
  const s = allocSet(t);
  if (t.heaptype) initHeapInstance(s, t);
  if (iterable !== null) {
    try {
      setUpdateInternal(s, iterable);
    } catch (e) {
      H.decref(s);
      throw e;
    }
  }
  return s;
}

/** make_new_set_basetype: results of operations are plain sets or frozensets. */
export function makeNewSetBase(t: PyType, iterable: PyObject | null): PySet {
  if (t !== setType && t !== frozensetType) t = t.isSubtype(setType) ? setType : frozensetType;
  return makeNewSet(t, iterable);
}

export const setCopy = (so: PySet): PySet => makeNewSetBase(so.type, so);

/** hash(key), retrying an unhashable set as a frozenset (set_contains_key's fallback). */
export function withKey<T>(key: PyObject, f: (k: PyObject, h: bigint) => T): T {
  let h: bigint;
  try {
    h = hash(key);
  } catch (e) {
    if (!(e instanceof PyRaise) || !isInstance(e.exc, TypeError) || !(key instanceof PySet) || key.type !== setType && !key.type.isSubtype(setType)) throw e;
    H.decref(e.exc);
    const tmp = makeNewSet(frozensetType, key);
    try {
      return f(tmp, hash(tmp));
    } finally {
      H.decref(tmp);
    }
  }
  return f(key, h);
}

export function setContainsKey(so: PySet, key: PyObject): boolean {
  return withKey(key, (k, h) => setContainsEntry(so, k, h));
}

export function set_intersection(so: PySet, other: PyObject): PySet {
  const result = makeNewSetBase(so.type, null);
  try {
    if (isAnySet(other)) {
      let a = so, b = other;
      if (b.used > a.used) [a, b] = [b, a];
      for (const [k, h] of b.entries()) {
        k.rc++;
        try {
          if (setContainsEntry(a, k, h)) setAddEntry(result, k, h);
        } finally {
          H.decref(k);
        }
      }
      return result;
    }
    const it = getIter(other);
    try {
      for (;;) {
        const k = iterNext(it);
        if (k === null) break;
        try {
          const h = hash(k);
          if (setContainsEntry(so, k, h)) setAddEntry(result, k, h);
        } finally {
          H.decref(k);
        }
      }
    } finally {
      H.decref(it);
    }
    return result;
  } catch (e) {
    H.decref(result);
    throw e;
  }
}

export function set_difference_update_internal(so: PySet, other: PyObject): void {
  if (so === other) {
    set_clear(so);
    return;
  }
  if (isAnySet(other)) {
    const o = (other.used >> 3) > so.used ? set_intersection(so, other) : (other.rc++, other);
    try {
      for (const [k, h] of o.entries()) {
        k.rc++;
        try {
          setDiscardEntry(so, k, h);
        } finally {
          H.decref(k);
        }
      }
    } finally {
      H.decref(o);
    }
  } else {
    const it = getIter(other);
    try {
      for (;;) {
        const k = iterNext(it);
        if (k === null) break;
        try {
          withKey(k, (kk, h) => setDiscardEntry(so, kk, h));
        } finally {
          H.decref(k);
        }
      }
    } finally {
      H.decref(it);
    }
  }
  if (so.fill - so.used > (so.mask / 4 | 0)) setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

export function set_difference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (isAnySet(other)) otherSize = other.used;
  else if (other.type === dictType) otherSize = (other as PyDict).used;
  else {
    const r = setCopy(so);
    try {
      set_difference_update_internal(r, other);
    } catch (e) {
      H.decref(r);
      throw e;
    }
    return r;
  }
  if ((so.used >> 2) > otherSize) {
    const r = setCopy(so);
    try {
      set_difference_update_internal(r, other);
    } catch (e) {
      H.decref(r);
      throw e;
    }
    return r;
  }
  const result = makeNewSetBase(so.type, null);
  try {
    for (const [k, h] of so.entries()) {
      k.rc++;
      try {
        const found = isAnySet(other) ? setContainsEntry(other, k, h) : (other as PyDict).lookup(k) >= 0;
        if (!found) setAddEntry(result, k, h);
      } finally {
        H.decref(k);
      }
    }
  } catch (e) {
    H.decref(result);
    throw e;
  }
  return result;
}

export function set_symmetric_difference_update(so: PySet, other: PyObject): void {
  if (so === other) {
    set_clear(so);
    return;
  }
  let o: PySet;
  if (other.type === dictType) {
    const d = other as PyDict;
    for (const k of d.ks.slice()) {
      if (k === null) continue;
      k.rc++;
      try {
        const h = hash(k);
        if (!setDiscardEntry(so, k, h)) setAddEntry(so, k, h);
      } finally {
        H.decref(k);
      }
    }
    return;
  }
  if (isAnySet(other)) {
    other.rc++;
    o = other;
  } else o = makeNewSetBase(so.type, other);
  try {
    for (const [k, h] of o.entries()) {
      k.rc++;
      try {
        if (!setDiscardEntry(so, k, h)) setAddEntry(so, k, h);
      } finally {
        H.decref(k);
      }
    }
  } finally {
    H.decref(o);
  }
}

export function set_issubset(so: PySet, other: PyObject): boolean {
  if (!isAnySet(other)) {
    const tmp = set_intersection(so, other);
    const r = tmp.used === so.used;
    H.decref(tmp);
    return r;
  }
  if (so.used > other.used) return false;
  for (const [k, h] of so.entries()) if (!setContainsEntry(other, k, h)) return false;
  return true;
}

export function set_issuperset(so: PySet, other: PyObject): boolean {
  if (isAnySet(other)) return set_issubset(other, so);
  const it = getIter(other);
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === null) return true;
      try {
        if (!setContainsKey(so, k)) return false;
      } finally {
        H.decref(k);
      }
    }
  } finally {
    H.decref(it);
  }
}

export function set_isdisjoint(so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (isAnySet(other) && !other.type.heaptype) {
    let a = so, b = other;
    if (b.used > a.used) [a, b] = [b, a];
    for (const [k, h] of b.entries()) if (setContainsEntry(a, k, h)) return false;
    return true;
  }
  const it = getIter(other);
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === null) return true;
      try {
        if (setContainsKey(so, k)) return false;
      } finally {
        H.decref(k);
      }
    }
  } finally {
    H.decref(it);
  }
}

export function set_clear(so: PySet): void {
  so.clearContents(H);
}

/** frozenset_hash: xor of shuffled entry hashes, then CPython's mixing. */
export function frozenset_hash(so: PySet): bigint {
  if (so.hash !== null) return so.hash;
  const M = (1n << 64n) - 1n;
  const shuffle = (h: bigint): bigint => ((((h ^ 89869747n) ^ (h << 16n)) & M) * 3644798167n) & M;
  let hv = 0n;
  for (const [, h] of so.entries()) hv ^= shuffle(BigInt.asUintN(64, h));
  hv ^= ((BigInt(so.used) + 1n) * 1927868237n) & M;
  hv ^= (hv >> 11n) ^ (hv >> 25n);
  hv = (hv * 69069n + 907133923n) & M;
  if (hv === M) hv = 590923713n;
  so.hash = BigInt.asIntN(64, hv);
  return so.hash;
}

export function set_repr(self: PyObject): PyObject {
  const so = self as PySet;
  const tn = so.type.name;
  if (!reprEnter(so)) return newStrFresh(`${tn}(...)`);
  try {
    if (so.used === 0) return newStrFresh(`${tn}()`);
    const parts: string[] = [];
    for (const [k] of so.entries()) {
      k.rc++;
      enterRecursive(' while getting the repr of an object');
      try {
        parts.push(reprStr(k));
      } finally {
        leaveRecursive();
        H.decref(k);
      }
    }
    const body = '{' + parts.join(', ') + '}';
    return newStrFresh(so.type === setType ? body : `${tn}(${body})`);
  } finally {
    reprLeave(so);
  }
}

