/**
 * dict methods. Mirrors Objects/dictobject.c, 3.11, on top of the PyDict storage of
 * objects/dict.ts (entries in insertion order with holes, CPython's table geometry).
 *
 * dict(d) / d.copy() clone a compact source's keys table (same size, clone_combined_dict_keys);
 * merging into a non-empty dict resizes once up front (dict_merge); popitem() takes the
 * last entry and, like CPython, shortens the entries without giving the slot back to
 * `usable` (PyDict.spent).
 */

import { H, PyObject, PyType } from '../object.js';
import { PyDict, newDict, newDictOfType, newDictPresized, dictSizeof, jsKey, estimateLog2KeySize } from '../dict.js';
import { PyList } from '../list.js';
import { PyTuple, newTuple } from '../tuple.js';
import { newInt } from '../int.js';
import { internStr, newStrFresh } from '../str.js';
import { None, newBool, newNone } from '../singletons.js';
import { dictType } from '../typeobjects.js';
import { KeyError, TypeError, ValueError, raise, raiseWith } from '../exceptions.js';
import { argRange, defAttr, defClassMethod, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { solidAllocators } from '../classes.js';
import { initHeapInstance } from '../instance.js';
import {
  call, callMethod, callMethodWith, eq, getItem, getIter, getIterOrNull, hash,
  iterNext, reprStr, setItem,
} from '../abstract.js';
import { typeLookup } from '../typeobject.js';
import { defNew, notImpl, reprEnter, reprLeave } from './common.js';
import { newDictIter } from './iterators.js';
import { PySet } from '../set.js';
import { initDictViews } from './dictviews.js';

/** USABLE_FRACTION. */
const usableOf = (log2: number): number => ((2 << log2) / 3) | 0;

/** estimate_log2_keysize(n). */
function estimateLog2(n: number): number {
  return estimateLog2KeySize(n);
}

/** clone_combined_dict_keys: dst (empty) gets src's table size, entries and holes. */
function cloneInto(dst: PyDict, src: PyDict): void {
  dst.unicode = src.unicode;
  dst.resize(src.log2Size);
  dst.unicode = src.unicode;
  for (let i = 0; i < src.ks.length; i++) {
    const k = src.ks[i], v = src.vs[i];
    if (k !== null) {
      k.rc++;
      v!.rc++;
      const jk = jsKey(k);
      if (jk !== null) dst.index.set(jk, i);
      else dst.addGeneric(hash(k), i);
    }
    dst.ks.push(k);
    dst.vs.push(v);
  }
  dst.used = src.used;
  dst.spent = src.spent; // clone_combined_dict_keys copies dk_usable too
  dst.version++;
  if (src.gcSeq !== 0) H.track(dst); // a copy of a tracked dict is tracked
}

/** Whether d iterates like a plain dict (tp_iter not overridden). */
function plainIter(d: PyObject): boolean {
  return d instanceof PyDict && typeLookup(d.type, '__iter__') === typeLookup(dictType, '__iter__');
}

/** dict_merge(a, b, override=1) for a dict b. */
export function dict_merge(a: PyDict, b: PyDict): void {
  if (b === a || b.used === 0) return;
  // Only a combined table is cloned; a split one (b.shared) is merged item by item.
  if (a.used === 0 && b.shared === null && b.used === b.ks.length && (b.log2Size === 3 || usableOf(b.log2Size - 1) < b.used)) {
    a.ks = [];
    a.vs = [];
    a.index.clear();
    a.generic = null;
    cloneInto(a, b);
    return;
  }
  if (usableOf(a.log2Size) < b.used) {
    if (!b.unicode) a.unicode = false;
    a.resize(estimateLog2(a.used + b.used));
  }
  const ks = b.ks.slice(), vs = b.vs.slice();
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === null) continue;
    a.set(k, vs[i]!);
  }
}

/** PyDict_MergeFromSeq2: an iterable of key/value pairs. */
function mergeFromSeq2(d: PyDict, seq: PyObject): void {
  const it = getIter(seq);
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(it);
      if (item === null) break;
      try {
        let pair: PyObject[];
        if (item instanceof PyList || item instanceof PyTuple) pair = item.items.slice();
        else {
          const it2 = getIterOrNull(item);
          if (it2 === null) throw raise(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
          H.decref(it2);
          pair = toArray(item);
          try {
            if (pair.length !== 2) throw raise(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
            d.set(pair[0], pair[1]);
          } finally {
            for (const x of pair) H.decref(x);
          }
          continue;
        }
        if (pair.length !== 2) throw raise(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        d.set(pair[0], pair[1]);
      } finally {
        H.decref(item);
      }
    }
  } finally {
    H.decref(it);
  }
}

function toArray(o: PyObject): PyObject[] {
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return out;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) H.decref(x);
    throw e;
  } finally {
    H.decref(it);
  }
}

/** dict_update_arg: a dict, a mapping with keys(), or an iterable of pairs. */
export function dict_update_arg(d: PyDict, arg: PyObject): void {
  if (arg instanceof PyDict && plainIter(arg)) {
    dict_merge(d, arg);
    return;
  }
  if (typeLookup(arg.type, 'keys') !== null) {
    const keys = callMethod(arg, 'keys');
    try {
      const ks = toArray(keys);
      try {
        for (const k of ks) {
          const v = getItem(arg, k);
          try {
            d.set(k, v);
          } finally {
            H.decref(v);
          }
        }
      } finally {
        for (const k of ks) H.decref(k);
      }
    } finally {
      H.decref(keys);
    }
    return;
  }
  mergeFromSeq2(d, arg);
}

/**
 * Adds keyword arguments (the trailing args named by kwnames). As in CPython, they first
 * become a kwargs dict (_PyStack_AsDict: presized for their number) that is merged with
 * PyDict_Merge, so an empty target clones its table: dict(a=1) and {}.update(a=1, b=2)
 * get the kwargs dict's geometry, with its usable count.
 */
function updateKw(d: PyDict, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames === null || kwnames.length === 0) return;
  const base = args.length - kwnames.length;
  const kwargs = newDictPresized(kwnames.length);
  try {
    for (let i = 0; i < kwnames.length; i++) {
      const k = internStr(kwnames[i]);
      try {
        kwargs.set(k, args[base + i]);
      } finally {
        H.decref(k);
      }
    }
    dict_merge(d, kwargs);
  } finally {
    H.decref(kwargs);
  }
}

function dict_update(self: PyObject, args: PyObject[], kwnames: string[] | null, fname: string): void {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 1) throw raise(TypeError, `${fname} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dict_update_arg(self as PyDict, args[0]);
  updateKw(self as PyDict, args, kwnames);
}

/** d[key], with __missing__ for subclasses (dict_subscript). */
export function dict_subscript(self: PyObject, key: PyObject): PyObject {
  const d = self as PyDict;
  const v = d.get(key);
  if (v !== undefined) {
    v.rc++;
    return v;
  }
  if (d.type !== dictType) {
    const missing = typeLookup(d.type, '__missing__');
    if (missing !== null) return callMethodWith(missing, d, [key], null);
  }
  throw raiseWith(KeyError, key);
}

/** PyDict_Copy. */
export function dict_copy(d: PyDict): PyDict {
  const c = newDict();
  if (d.shared !== null && d.used > 0) {
    // The copy of a split dict (an instance __dict__) is split on the same shared keys.
    dict_merge(c, d);
    c.shared = d.shared;
    return c;
  }
  if (plainIter(d) && d.used >= ((d.ks.length * 2) / 3 | 0) && d.used > 0) {
    cloneInto(c, d);
    return c;
  }
  dict_merge(c, d);
  return c;
}

function dict_repr(self: PyObject): PyObject {
  const d = self as PyDict;
  if (d.used === 0) return newStrFresh('{}');
  if (!reprEnter(d)) return newStrFresh('{...}');
  try {
    const parts: string[] = [];
    for (let i = 0; i < d.ks.length; i++) {
      const k = d.ks[i];
      if (k === null) continue;
      const v = d.vs[i]!;
      k.rc++;
      v.rc++;
      // No guard of its own: 3.11's dict_repr relies on PyObject_Repr's (in reprStr).
      try {
        parts.push(reprStr(k) + ': ' + reprStr(v));
      } finally {
        H.decref(k);
        H.decref(v);
      }
    }
    return newStrFresh('{' + parts.join(', ') + '}');
  } finally {
    reprLeave(d);
  }
}

/** dict_equal: same length, every key of a maps to an equal value in b. */
function dict_equal(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < a.ks.length; i++) {
    const k = a.ks[i];
    if (k === null) continue;
    const av = a.vs[i]!;
    av.rc++;
    k.rc++;
    try {
      const bv = b.get(k);
      if (bv === undefined) return false;
      bv.rc++;
      try {
        if (!eq(av, bv)) return false;
      } finally {
        H.decref(bv);
      }
    } finally {
      H.decref(av);
      H.decref(k);
    }
  }
  return true;
}

function allocDict(cls: PyType): PyDict {
  if (cls === dictType) return newDict();
  const d = newDictOfType(cls);
  initHeapInstance(d, cls);
  return d;
}

function initDict(): void {
  const t = dictType;
  defNew(t, (cls) => allocDict(cls));
  solidAllocators.set(dictType, (cls) => allocDict(cls));
  defMethod(t, '__init__', (self, args, kw) => {
    dict_update(self, args, kw, 'dict');
    return newNone();
  });
  defMethod(t, 'update', (self, args, kw) => {
    dict_update(self, args, kw, 'update');
    return newNone();
  });
  defMethod(t, '__getitem__', (self, args) => dict_subscript(self, args[0]));
  defMethod(t, '__setitem__', (self, args) => {
    (self as PyDict).set(args[0], args[1]);
    return newNone();
  });
  defMethod(t, '__delitem__', (self, args) => {
    const v = (self as PyDict).pop(args[0]);
    if (v === undefined) throw raiseWith(KeyError, args[0]);
    H.decref(v);
    return newNone();
  });
  defMethod(t, '__contains__', (self, args) => newBool((self as PyDict).lookup(args[0]) >= 0));
  defMethod(t, '__len__', (self) => newInt((self as PyDict).used));
  defMethod(t, '__iter__', (self) => newDictIter(self as PyDict, 'keys'));
  defMethod(t, '__reversed__', (self) => newDictIter(self as PyDict, 'keys', true));
  defMethod(t, '__repr__', dict_repr);
  defMethod(t, '__sizeof__', (self) => newInt(self.type === dictType ? dictSizeof(self as PyDict) : self.type.basicsize + (self as PyDict).keysBytes()));
  defMethod(t, 'get', (self, args, kw) => {
    argRange('get', args, kw, 1, 2);
    const v = (self as PyDict).get(args[0]);
    const r = v !== undefined ? v : args.length > 1 ? args[1] : None;
    r.rc++;
    return r;
  });
  defMethod(t, 'setdefault', (self, args, kw) => {
    argRange('setdefault', args, kw, 1, 2);
    const d = self as PyDict;
    const v = d.get(args[0]);
    if (v !== undefined) {
      v.rc++;
      return v;
    }
    const dflt = args.length > 1 ? args[1] : None;
    d.set(args[0], dflt);
    dflt.rc++;
    return dflt;
  });
  defMethod(t, 'pop', (self, args, kw) => {
    argRange('pop', args, kw, 1, 2);
    const v = (self as PyDict).pop(args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) {
      args[1].rc++;
      return args[1];
    }
    throw raiseWith(KeyError, args[0]);
  });
  defMethod(t, 'popitem', (self, args, kw) => {
    argRange('dict.popitem', args, kw, 0, 0);
    const d = self as PyDict;
    if (d.used === 0) throw raise(KeyError, 'popitem(): dictionary is empty');
    // A split dict (an instance __dict__) is first made combined at the shared keys' size.
    if (d.shared !== null) {
      d.shared = null;
      d.resize(6);
    }
    let i = d.ks.length - 1;
    while (d.ks[i] === null) i--;
    const k = d.ks[i]!;
    k.rc++;
    const v = d.popAt(i);
    // dk_nentries = i: the popped entry and the holes after it are gone (a later insert
    // reuses the slot), but dk_usable is not given back (spent stays).
    d.ks.length = i;
    d.vs.length = i;
    return newTuple([k, v]);
  });
  defMethod(t, 'keys', (self) => newDictView(self as PyDict, 'keys'));
  defMethod(t, 'values', (self) => newDictView(self as PyDict, 'values'));
  defMethod(t, 'items', (self) => newDictView(self as PyDict, 'items'));
  defMethod(t, 'copy', (self, args, kw) => {
    argRange('dict.copy', args, kw, 0, 0);
    return dict_copy(self as PyDict);
  });
  defMethod(t, 'clear', (self, args, kw) => {
    argRange('dict.clear', args, kw, 0, 0);
    (self as PyDict).clear();
    return newNone();
  });
  defClassMethod(t, 'fromkeys', (cls, args, kw) => {
    argRange('fromkeys', args, kw, 1, 2);
    const value = args.length > 1 ? args[1] : None;
    // Called through an instance (d.fromkeys), some call paths pass the instance.
    const d = call(cls instanceof PyType ? cls : cls.type, []);
    try {
      const it = args[0];
      if (d.type === dictType && (d as PyDict).used === 0) {
        const fromDict = it.type === dictType, fromSet = it instanceof PySet && !it.type.heaptype;
        if (fromDict || fromSet) {
          // dictresize(mp, estimate_log2_keysize(n), unicode), even for an empty source
          // (dict.fromkeys({}) is 184, dict.fromkeys(set()) 224): a set source is never
          // "unicode".
          const n = fromDict ? (it as PyDict).used : (it as PySet).used;
          if (!(it instanceof PyDict && it.unicode)) (d as PyDict).unicode = false;
          (d as PyDict).resize(estimateLog2(n));
        }
      }
      const iter = getIter(it);
      try {
        for (;;) {
          const k = iterNext(iter);
          if (k === null) break;
          try {
            if (d.type === dictType) (d as PyDict).set(k, value);
            else setItem(d, k, value);
          } finally {
            H.decref(k);
          }
        }
      } finally {
        H.decref(iter);
      }
      return d;
    } catch (e) {
      H.decref(d);
      throw e;
    }
  });
  for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq']] as const) {
    defMethod(t, name, (self, args) => {
      const o = args[0];
      if (!(o instanceof PyDict)) return notImpl();
      const r = dict_equal(self as PyDict, o);
      return newBool(op === 'Eq' ? r : !r);
    });
  }
  defMethod(t, '__or__', (self, args) => {
    const o = args[0];
    if (!(self instanceof PyDict) || !(o instanceof PyDict)) return notImpl();
    const c = dict_copy(self);
    try {
      dict_update_arg(c, o);
    } catch (e) {
      H.decref(c);
      throw e;
    }
    return c;
  });
  defMethod(t, '__ror__', (self, args) => {
    const o = args[0];
    if (!(o instanceof PyDict)) return notImpl();
    const c = dict_copy(o);
    try {
      dict_update_arg(c, self);
    } catch (e) {
      H.decref(c);
      throw e;
    }
    return c;
  });
  defMethod(t, '__ior__', (self, args) => {
    dict_update_arg(self as PyDict, args[0]);
    self.rc++;
    return self;
  });
  defAttr(t, '__hash__', None);
  initDictViews();
}

import { newDictView } from './dictviews.js';

onInit(initDict);
