/**
 * set and frozenset methods. Mirrors Objects/setobject.c, 3.11 (the table itself is in
 * objects/set.ts). Which operand is iterated and which one is probed follows CPython
 * (set_intersection iterates the smaller set, set_difference the left one...), because
 * that decides the table order of the result.
 */

import type { Heap, HeapObject } from '../../heap/heap.js';
import { H, PyObject, PyRaise, PyType } from '../object.js';
import { PyDict } from '../dict.js';
import { newInt } from '../int.js';
import { newStrFresh } from '../str.js';
import { None, newBool, newNone } from '../singletons.js';
import { dictType, frozensetType, setIterType, setType } from '../typeobjects.js';
import { KeyError, RuntimeError, TypeError, raise, raiseWith } from '../exceptions.js';
import { argRange, defAttr, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { solidAllocators } from '../classes.js';
import { initHeapInstance } from '../instance.js';
import { enterRecursive, getIter, hash, isInstance, iterNext, leaveRecursive, reprStr } from '../abstract.js';
import {
  PySet, allocSet, dummy, isAnySet, setAdd, setAddEntry, setContainsEntry, setDiscardEntry,
  setMerge, setSizeof, setTableResize,
} from '../set.js';
import { defNew, notImpl, reprEnter, reprLeave } from './common.js';
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
function makeNewSetBase(t: PyType, iterable: PyObject | null): PySet {
  if (t !== setType && t !== frozensetType) t = t.isSubtype(setType) ? setType : frozensetType;
  return makeNewSet(t, iterable);
}

const setCopy = (so: PySet): PySet => makeNewSetBase(so.type, so);

/** hash(key), retrying an unhashable set as a frozenset (set_contains_key's fallback). */
function withKey<T>(key: PyObject, f: (k: PyObject, h: bigint) => T): T {
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

function set_intersection(so: PySet, other: PyObject): PySet {
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

function set_difference_update_internal(so: PySet, other: PyObject): void {
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

function set_difference(so: PySet, other: PyObject): PySet {
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

function set_symmetric_difference_update(so: PySet, other: PyObject): void {
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

function set_issubset(so: PySet, other: PyObject): boolean {
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

function set_issuperset(so: PySet, other: PyObject): boolean {
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

function set_isdisjoint(so: PySet, other: PyObject): boolean {
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

function set_clear(so: PySet): void {
  so.clearContents(H);
}

/** frozenset_hash: xor of shuffled entry hashes, then CPython's mixing. */
function frozenset_hash(so: PySet): bigint {
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

function set_repr(self: PyObject): PyObject {
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

export { setUpdateInternal as set_update_internal, set_difference_update_internal, set_symmetric_difference_update, set_intersection };

function initSet(): void {
  for (const t of [setType, frozensetType]) {
    const frozen = t === frozensetType;
    defMethod(t, '__len__', (self) => newInt((self as PySet).used));
    defMethod(t, '__contains__', (self, args) => newBool(setContainsKey(self as PySet, args[0])));
    defMethod(t, '__iter__', (self) => newSetIter(self as PySet));
    defMethod(t, '__repr__', set_repr);
    defMethod(t, '__sizeof__', (self) => newInt(setSizeof(self as PySet)));
    defMethod(t, 'copy', (self) => {
      if (frozen && self.type === frozensetType) {
        self.rc++;
        return self;
      }
      return setCopy(self as PySet);
    });
    defMethod(t, 'union', (self, args, kw) => {
      argRange('union', [], kw, 0, 0);
      const r = setCopy(self as PySet);
      try {
        for (const o of args) if (o !== self) setUpdateInternal(r, o);
      } catch (e) {
        H.decref(r);
        throw e;
      }
      return r;
    });
    defMethod(t, 'intersection', (self, args, kw) => {
      argRange('intersection', [], kw, 0, 0);
      if (args.length === 0) return setCopy(self as PySet);
      let r: PySet = self as PySet;
      r.rc++;
      for (const o of args) {
        try {
          const n = set_intersection(r, o);
          H.decref(r);
          r = n;
        } catch (e) {
          H.decref(r);
          throw e;
        }
      }
      return r;
    });
    defMethod(t, 'difference', (self, args, kw) => {
      argRange('difference', [], kw, 0, 0);
      if (args.length === 0) return setCopy(self as PySet);
      const r = set_difference(self as PySet, args[0]);
      try {
        for (const o of args.slice(1)) set_difference_update_internal(r, o);
      } catch (e) {
        H.decref(r);
        throw e;
      }
      return r;
    });
    defMethod(t, 'symmetric_difference', (self, args, kw) => {
      argRange('symmetric_difference', args, kw, 1, 1);
      const r = makeNewSetBase(self.type, args[0]);
      try {
        set_symmetric_difference_update(r, self);
      } catch (e) {
        H.decref(r);
        throw e;
      }
      return r;
    });
    defMethod(t, 'issubset', (self, args, kw) => {
      argRange('issubset', args, kw, 1, 1);
      return newBool(set_issubset(self as PySet, args[0]));
    });
    defMethod(t, 'issuperset', (self, args, kw) => {
      argRange('issuperset', args, kw, 1, 1);
      return newBool(set_issuperset(self as PySet, args[0]));
    });
    defMethod(t, 'isdisjoint', (self, args, kw) => {
      argRange('isdisjoint', args, kw, 1, 1);
      return newBool(set_isdisjoint(self as PySet, args[0]));
    });
    const binop = (name: string, f: (a: PySet, b: PySet) => PySet): void => {
      defMethod(t, `__${name}__`, (self, args) => (isAnySet(args[0]) ? f(self as PySet, args[0]) : notImpl()));
      defMethod(t, `__r${name}__`, (self, args) => (isAnySet(args[0]) ? f(args[0], self as PySet) : notImpl()));
    };
    binop('or', (a, b) => {
      const r = setCopy(a);
      if (a !== b) setUpdateInternal(r, b);
      return r;
    });
    binop('and', set_intersection);
    binop('sub', set_difference);
    binop('xor', (a, b) => {
      const r = makeNewSetBase(a.type, b);
      set_symmetric_difference_update(r, a);
      return r;
    });
    const cmp = (name: string, f: (a: PySet, b: PySet) => boolean): void => {
      defMethod(t, name, (self, args) => (isAnySet(args[0]) ? newBool(f(self as PySet, args[0])) : notImpl()));
    };
    const seteq = (a: PySet, b: PySet): boolean => {
      if (a.used !== b.used) return false;
      if (a.hash !== null && b.hash !== null && a.hash !== b.hash) return false;
      return set_issubset(a, b);
    };
    cmp('__eq__', seteq);
    cmp('__ne__', (a, b) => !seteq(a, b));
    cmp('__le__', set_issubset);
    cmp('__ge__', set_issuperset);
    cmp('__lt__', (a, b) => a.used < b.used && set_issubset(a, b));
    cmp('__gt__', (a, b) => a.used > b.used && set_issuperset(a, b));
  }
  initMutableSet();
  // frozenset
  defNew(frozensetType, (cls, args, kw) => {
    if (cls === frozensetType && kw !== null && kw.length > 0) throw raise(TypeError, 'frozenset() takes no keyword arguments');
    argRange(cls.name, args, null, 0, 1);
    const it = args.length > 0 ? args[0] : null;
    if (cls === frozensetType && it !== null && it.type === frozensetType) {
      it.rc++;
      return it;
    }
    return makeNewSet(cls, it);
  });
  solidAllocators.set(frozensetType, (cls) => makeNewSet(cls, null));
  defMethod(frozensetType, '__hash__', (self) => newInt(frozenset_hash(self as PySet)));
}

function initMutableSet(): void {
  const t = setType;
  defNew(t, (cls, _args, kw) => {
    if (cls === setType && kw !== null && kw.length > 0) throw raise(TypeError, 'set() takes no keyword arguments');
    return makeNewSet(cls, null);
  });
  solidAllocators.set(setType, (cls) => makeNewSet(cls, null));
  defMethod(t, '__init__', (self, args, kw) => {
    if (kw !== null && kw.length > 0) throw raise(TypeError, 'set() takes no keyword arguments');
    argRange(self.type.name, args, null, 0, 1);
    const so = self as PySet;
    if (so.fill > 0) set_clear(so);
    so.hash = null;
    if (args.length > 0) setUpdateInternal(so, args[0]);
    return newNone();
  });
  defMethod(t, 'add', (self, args, kw) => {
    argRange('set.add', args, kw, 1, 1);
    setAdd(self as PySet, args[0]);
    return newNone();
  });
  defMethod(t, 'discard', (self, args, kw) => {
    argRange('set.discard', args, kw, 1, 1);
    withKey(args[0], (k, h) => setDiscardEntry(self as PySet, k, h));
    return newNone();
  });
  defMethod(t, 'remove', (self, args, kw) => {
    argRange('set.remove', args, kw, 1, 1);
    if (!withKey(args[0], (k, h) => setDiscardEntry(self as PySet, k, h))) throw raiseWith(KeyError, args[0]);
    return newNone();
  });
  defMethod(t, 'pop', (self, args, kw) => {
    argRange('set.pop', args, kw, 0, 0);
    const so = self as PySet;
    if (so.used === 0) throw raise(KeyError, 'pop from an empty set');
    let i = so.finger & so.mask;
    while (so.table[i] === null || so.table[i] === dummy) {
      i++;
      if (i > so.mask) i = 0;
    }
    const k = so.table[i]!;
    so.table[i] = dummy;
    so.hashes[i] = -1n;
    so.used--;
    so.finger = i + 1;
    return k;
  });
  defMethod(t, 'clear', (self, args, kw) => {
    argRange('set.clear', args, kw, 0, 0);
    set_clear(self as PySet);
    return newNone();
  });
  defMethod(t, 'update', (self, args, kw) => {
    argRange('update', [], kw, 0, 0);
    for (const o of args) setUpdateInternal(self as PySet, o);
    return newNone();
  });
  defMethod(t, 'intersection_update', (self, args, kw) => {
    argRange('intersection_update', [], kw, 0, 0);
    for (const o of args) intersectionUpdate(self as PySet, o);
    return newNone();
  });
  defMethod(t, 'difference_update', (self, args, kw) => {
    argRange('difference_update', [], kw, 0, 0);
    for (const o of args) set_difference_update_internal(self as PySet, o);
    return newNone();
  });
  defMethod(t, 'symmetric_difference_update', (self, args, kw) => {
    argRange('symmetric_difference_update', args, kw, 1, 1);
    set_symmetric_difference_update(self as PySet, args[0]);
    return newNone();
  });
  const inplace = (name: string, f: (so: PySet, o: PyObject) => void): void => {
    defMethod(t, name, (self, args) => {
      if (!isAnySet(args[0])) return notImpl();
      f(self as PySet, args[0]);
      self.rc++;
      return self;
    });
  };
  inplace('__ior__', setUpdateInternal);
  inplace('__iand__', intersectionUpdate);
  inplace('__isub__', set_difference_update_internal);
  inplace('__ixor__', set_symmetric_difference_update);
  defAttr(t, '__hash__', None);
}

/** set_intersection_update: compute, then swap bodies with the result. */
function intersectionUpdate(so: PySet, other: PyObject): void {
  const tmp = set_intersection(so, other);
  const fields = ['table', 'hashes', 'mask', 'fill', 'used', 'tableAddr'] as const;
  for (const f of fields) {
    const a = so[f];
    (so as unknown as Record<string, unknown>)[f] = tmp[f];
    (tmp as unknown as Record<string, unknown>)[f] = a;
  }
  so.hash = null;
  H.decref(tmp);
}

onInit(initSet);
