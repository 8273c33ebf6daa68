/**
 * WeakValueDictionary, WeakKeyDictionary (Lib/weakref.py) and WeakSet (Lib/_weakrefset.py),
 * written natively with the same objects on the heap as CPython's Python versions:
 *
 *   - each instance holds a real `data` container (a dict, or a set for WeakSet) and a
 *     removal callback that knows its container only through a weakref to it (the
 *     `selfref` of Lib/weakref.py), so the container can die while entries' weakrefs
 *     survive elsewhere;
 *   - WeakValueDictionary stores KeyedRef(value, remove, key) objects (88 bytes, with the
 *     key), WeakKeyDictionary stores ref(key, remove) → value, WeakSet ref(item, remove);
 *   - an entry disappears when its weakref's callback runs (the referent died).
 *
 * The instances are 56 bytes like an instance of a Python class (sys.getsizeof). What
 * is not reproduced: the `_pending_removals` list and `_iterating` set (iteration works
 * on a snapshot, so removals during a loop are safe without them) and the generator
 * objects keys()/values()/items() return in CPython (here: iterators over a snapshot).
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject, PyType } from './object.js';
import { PyDict, newDict } from './dict.js';
import { PySet, allocSet, setAddEntry, setContainsEntry, setDiscardEntry } from './set.js';
import { newList } from './list.js';
import { newTuple } from './tuple.js';
import { newStrFresh } from './str.js';
import { newInt } from './int.js';
import { None, newBool, newNone } from './singletons.js';
import { objectType, setType } from './typeobjects.js';
import { initHeapInstance } from './instance.js';
import { KeyError, TypeError, raise, raiseWith } from './exceptions.js';
import { argRange, bindArgs, defGetSet, defMethod } from './methods.js';
import { defNew, mkStaticType, nPos } from './types/common.js';
import { addrHex, getAttrMaybe, getItem, getIter, hash, iterNext, callMethod } from './abstract.js';
import { PyBuiltinFunction } from './descr.js';
import { PyWeakref, newRef, refType } from './weakref.js';
import { set_repr } from './types/set_ops.js';

// ------------------------------------------------------------------ KeyedRef

/** weakref.KeyedRef: a ref with callback that remembers the key it is stored under. */
export const keyedRefType = mkStaticType('KeyedRef', 72, true, refType);
keyedRefType.module = 'weakref';

export class PyKeyedRef extends PyWeakref {
  key: PyObject | null = null;
  override traverse(visit: (o: HeapObject) => void): void {
    super.traverse(visit);
    if (this.key !== null) visit(this.key);
  }
  override clearContents(heap: Heap): void {
    super.clearContents(heap);
    const k = this.key;
    this.key = null;
    if (k !== null) heap.decref(k);
  }
}

/** KeyedRef(ob, callback, key): new reference. */
function newKeyedRef(ob: PyObject, callback: PyObject, key: PyObject): PyKeyedRef {
  const r = newRef(keyedRefType, ob, callback, (t, o) => new PyKeyedRef(t, o, null)) as PyKeyedRef;
  key.rc++;
  r.key = key;
  return r;
}

// ------------------------------------------------------------------ common

export const weakValueDictType = mkStaticType('WeakValueDictionary', 24, true, objectType);
export const weakKeyDictType = mkStaticType('WeakKeyDictionary', 24, true, objectType);
export const weakSetType = mkStaticType('WeakSet', 24, true, objectType);
weakValueDictType.module = 'weakref';
weakKeyDictType.module = 'weakref';
weakSetType.module = '_weakrefset';
for (const t of [weakValueDictType, weakKeyDictType, weakSetType]) {
  // Instances of a Python class: managed-dict pre-header, weakrefable.
  t.presize = 32;
  t.weakrefable = true;
}

/** The state every weak container holds: its data container and its removal callback. */
class PyWeakContainer extends PyObject {
  data!: PyObject;
  remove!: PyObject;
  override traverse(visit: (o: HeapObject) => void): void {
    visit(this.remove);
    visit(this.data);
  }
  // subtype_dealloc's order: the instance dict's values as set in __init__.
  override clearContents(heap: Heap): void {
    heap.decref(this.remove);
    heap.decref(this.data);
  }
}

/**
 * A new container of type t: the instance, then `ref(self)` and the removal function
 * holding it (the `remove` closure of Lib/weakref.py), then the data container.
 */
function newContainer(t: PyType, makeData: () => PyObject, onRemove: (self: PyWeakContainer, wr: PyObject) => void): PyWeakContainer {
  const o = new PyWeakContainer(t);
  H.allocate(o, t.presize + t.basicsize, t.presize);
  if (t.heaptype) {
    t.rc++;
    initHeapInstance(o, t);
  }
  const selfref = newRef(refType, o, null);
  const fn = new PyBuiltinFunction('remove', (sr, args) => {
    argRange('remove', args, null, 1, 1);
    const self = (sr as PyWeakref).referent;
    if (self instanceof PyWeakContainer) onRemove(self, args[0]);
    return newNone();
  }, selfref, '');
  H.allocate(fn, 72, 16);
  o.remove = fn;
  o.data = makeData();
  return o;
}

function dataDict(self: PyObject): PyDict {
  if (!(self instanceof PyWeakContainer)) throw raise(TypeError, 'descriptor requires a weak container');
  return self.data as PyDict;
}

function referentOf(r: PyObject): PyObject | null {
  return r instanceof PyWeakref ? r.referent : null;
}

/** An iterator over a new list holding `items` (stolen). */
function iterOver(items: PyObject[]): PyObject {
  const l = newList(items);
  try {
    return getIter(l);
  } finally {
    H.decref(l);
  }
}

/** Calls f(k, v) for each pair of a mapping or an iterable of pairs, then kwargs. */
function forEachPair(other: PyObject | undefined, args: PyObject[], kw: string[] | null, f: (k: PyObject, v: PyObject) => void): void {
  if (other !== undefined && other !== None) {
    const keys = getAttrMaybe(other, 'keys', true);
    if (keys !== null) {
      H.decref(keys);
      const ks = callMethod(other, 'keys');
      const it = getIter(ks);
      H.decref(ks);
      try {
        for (let k = iterNext(it); k !== null; k = iterNext(it)) {
          try {
            const v = getItem(other, k);
            try {
              f(k, v);
            } finally {
              H.decref(v);
            }
          } finally {
            H.decref(k);
          }
        }
      } finally {
        H.decref(it);
      }
    } else {
      const it = getIter(other);
      try {
        for (let p = iterNext(it); p !== null; p = iterNext(it)) {
          try {
            const pit = getIter(p);
            try {
              const k = iterNext(pit), v = k === null ? null : iterNext(pit);
              try {
                if (k === null || v === null) throw raise(TypeError, 'cannot unpack non-iterable pair');
                f(k, v);
              } finally {
                if (k !== null) H.decref(k);
                if (v !== null) H.decref(v);
              }
            } finally {
              H.decref(pit);
            }
          } finally {
            H.decref(p);
          }
        }
      } finally {
        H.decref(it);
      }
    }
  }
  if (kw !== null) {
    const n = args.length - kw.length;
    for (let i = 0; i < kw.length; i++) {
      const k = newStrFresh(kw[i]);
      try {
        f(k, args[n + i]);
      } finally {
        H.decref(k);
      }
    }
  }
}


function repr(self: PyObject): PyObject {
  return newStrFresh(`<${self.type.name} at ${addrHex(self)}>`);
}

// ------------------------------------------------------------------ WeakValueDictionary

/** _remove_dead_weakref(d, key): deletes d[key] if it is a dead weakref. */
function removeDeadWeakref(d: PyDict, key: PyObject): void {
  const v = d.get(key);
  if (v === undefined || !(v instanceof PyWeakref) || v.referent !== null) return;
  const old = d.pop(key);
  if (old !== undefined) H.decref(old);
}

function wvdSet(self: PyWeakContainer, k: PyObject, v: PyObject): void {
  const r = newKeyedRef(v, self.remove, k);
  try {
    (self.data as PyDict).set(k, r);
  } finally {
    H.decref(r);
  }
}

/** The live value for key (new reference) or null. */
function wvdLookup(self: PyObject, k: PyObject): PyObject | null {
  const r = dataDict(self).get(k);
  const o = r === undefined ? null : referentOf(r);
  if (o !== null) o.rc++;
  return o;
}

function initWeakValueDict(): void {
  const t = weakValueDictType;
  defNew(t, (cls) => newContainer(cls, () => newDict(), (self, wr) => {
    const key = (wr as PyKeyedRef).key;
    if (key !== null) removeDeadWeakref(self.data as PyDict, key);
  }));
  defMethod(t, '__init__', (self, args, kw) => {
    if (nPos(args, kw) > 1) throw raise(TypeError, `__init__ expected at most 1 argument, got ${nPos(args, kw)}`);
    forEachPair(nPos(args, kw) === 1 ? args[0] : undefined, args, kw, (k, v) => wvdSet(self as PyWeakContainer, k, v));
    return newNone();
  });
  defMethod(t, 'update', (self, args, kw) => {
    if (nPos(args, kw) > 1) throw raise(TypeError, `update expected at most 1 argument, got ${nPos(args, kw)}`);
    forEachPair(nPos(args, kw) === 1 ? args[0] : undefined, args, kw, (k, v) => wvdSet(self as PyWeakContainer, k, v));
    return newNone();
  });
  defMethod(t, '__getitem__', (self, args) => {
    const o = wvdLookup(self, args[0]);
    if (o === null) throw raiseWith(KeyError, args[0]);
    return o;
  });
  defMethod(t, '__setitem__', (self, args) => {
    wvdSet(self as PyWeakContainer, args[0], args[1]);
    return newNone();
  });
  defMethod(t, '__delitem__', (self, args) => {
    const old = dataDict(self).pop(args[0]);
    if (old === undefined) throw raiseWith(KeyError, args[0]);
    H.decref(old);
    return newNone();
  });
  defMethod(t, '__contains__', (self, args) => {
    const o = wvdLookup(self, args[0]);
    if (o !== null) H.decref(o);
    return newBool(o !== null);
  });
  defMethod(t, '__len__', (self) => newInt(dataDict(self).used));
  defMethod(t, '__repr__', repr);
  defMethod(t, 'get', (self, args, kw) => {
    const [k, dflt] = bindArgs('get', args, kw, ['key', 'default'], 1);
    const o = wvdLookup(self, k!);
    if (o !== null) return o;
    const d = dflt ?? None;
    d.rc++;
    return d;
  });
  const live = (self: PyObject, pick: (k: PyObject, o: PyObject, r: PyObject) => PyObject): PyObject => {
    const d = dataDict(self);
    const out: PyObject[] = [];
    for (let i = 0; i < d.ks.length; i++) {
      const k = d.ks[i], r = d.vs[i];
      if (k === null || r === null) continue;
      const o = referentOf(r);
      if (o !== null) out.push(pick(k, o, r));
    }
    return iterOver(out);
  };
  const ref = (x: PyObject) => (x.rc++, x);
  defMethod(t, '__iter__', (self) => live(self, ref));
  defMethod(t, 'keys', (self) => live(self, ref));
  defMethod(t, 'values', (self) => live(self, (_k, o) => ref(o)));
  defMethod(t, 'items', (self) => live(self, (k, o) => (k.rc++, o.rc++, newTuple([k, o]))));
  defMethod(t, 'itervaluerefs', (self) => live(self, (_k, _o, r) => ref(r)));
  defMethod(t, 'valuerefs', (self) => {
    const d = dataDict(self);
    const out: PyObject[] = [];
    for (const r of d.vs) if (r !== null && referentOf(r) !== null) out.push(ref(r));
    return newList(out);
  });
  defMethod(t, 'pop', (self, args, kw) => {
    argRange('pop', args, kw, 1, 2);
    const r = dataDict(self).pop(args[0]);
    const o = r === undefined ? null : referentOf(r);
    if (o !== null) o.rc++;
    if (r !== undefined) H.decref(r);
    if (o !== null) return o;
    if (args.length > 1) return ref(args[1]);
    throw raiseWith(KeyError, args[0]);
  });
  defMethod(t, 'popitem', (self) => {
    const d = dataDict(self);
    for (;;) {
      let i = d.ks.length - 1;
      while (i >= 0 && d.ks[i] === null) i--;
      if (i < 0) throw raise(KeyError, 'popitem(): dictionary is empty');
      const k = d.ks[i]!;
      k.rc++;
      const r = d.popAt(i);
      const o = referentOf(r);
      if (o !== null) o.rc++;
      H.decref(r);
      if (o !== null) return newTuple([k, o]);
      H.decref(k);
    }
  });
  defMethod(t, 'setdefault', (self, args, kw) => {
    const [k, dflt] = bindArgs('setdefault', args, kw, ['key', 'default'], 1);
    const o = wvdLookup(self, k!);
    if (o !== null) return o;
    const d = dflt ?? None;
    wvdSet(self as PyWeakContainer, k!, d);
    return ref(d);
  });
  defMethod(t, 'clear', (self) => {
    const d = dataDict(self);
    d.clear();
    return newNone();
  });
  defMethod(t, 'copy', (self) => {
    const n = newContainer(weakValueDictType, () => newDict(), (s, wr) => {
      const key = (wr as PyKeyedRef).key;
      if (key !== null) removeDeadWeakref(s.data as PyDict, key);
    });
    const d = dataDict(self);
    for (let i = 0; i < d.ks.length; i++) {
      const k = d.ks[i], r = d.vs[i];
      const o = r === null ? null : referentOf(r);
      if (k !== null && o !== null) wvdSet(n, k, o);
    }
    return n;
  });
}

// ------------------------------------------------------------------ WeakKeyDictionary

/** ref(key): the shared basic ref, as the lookups of Lib/weakref.py make it. */
function withRef<T>(key: PyObject, f: (r: PyObject) => T): T {
  const r = newRef(refType, key, null);
  try {
    return f(r);
  } finally {
    H.decref(r);
  }
}

function wkdSet(self: PyWeakContainer, k: PyObject, v: PyObject): void {
  const r = newRef(refType, k, self.remove);
  try {
    (self.data as PyDict).set(r, v);
  } finally {
    H.decref(r);
  }
}

function initWeakKeyDict(): void {
  const t = weakKeyDictType;
  defNew(t, (cls) => newContainer(cls, () => newDict(), (self, k) => {
    const old = (self.data as PyDict).pop(k);
    if (old !== undefined) H.decref(old);
  }));
  const update = (name: string) => (self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    if (nPos(args, kw) > 1) throw raise(TypeError, `${name} expected at most 1 argument, got ${nPos(args, kw)}`);
    forEachPair(nPos(args, kw) === 1 ? args[0] : undefined, args, kw, (k, v) => wkdSet(self as PyWeakContainer, k, v));
    return newNone();
  };
  defMethod(t, '__init__', update('__init__'));
  defMethod(t, 'update', update('update'));
  defMethod(t, '__getitem__', (self, args) => withRef(args[0], (r) => {
    const v = dataDict(self).get(r);
    if (v === undefined) throw raiseWith(KeyError, r);
    v.rc++;
    return v;
  }));
  defMethod(t, '__setitem__', (self, args) => {
    wkdSet(self as PyWeakContainer, args[0], args[1]);
    return newNone();
  });
  defMethod(t, '__delitem__', (self, args) => withRef(args[0], (r) => {
    const old = dataDict(self).pop(r);
    if (old === undefined) throw raiseWith(KeyError, r);
    H.decref(old);
    return newNone();
  }));
  defMethod(t, '__contains__', (self, args) => {
    if (!args[0].type.weakrefable) return newBool(false);
    return withRef(args[0], (r) => newBool(dataDict(self).get(r) !== undefined));
  });
  defMethod(t, '__len__', (self) => newInt(dataDict(self).used));
  defMethod(t, '__repr__', repr);
  defMethod(t, 'get', (self, args, kw) => {
    const [k, dflt] = bindArgs('get', args, kw, ['key', 'default'], 1);
    return withRef(k!, (r) => {
      const v = dataDict(self).get(r) ?? dflt ?? None;
      v.rc++;
      return v;
    });
  });
  const live = (self: PyObject, pick: (o: PyObject, v: PyObject, r: PyObject) => PyObject): PyObject => {
    const d = dataDict(self);
    const out: PyObject[] = [];
    for (let i = 0; i < d.ks.length; i++) {
      const r = d.ks[i], v = d.vs[i];
      if (r === null || v === null) continue;
      const o = referentOf(r);
      if (o !== null) out.push(pick(o, v, r));
    }
    return iterOver(out);
  };
  const ref = (x: PyObject) => (x.rc++, x);
  defMethod(t, '__iter__', (self) => live(self, ref));
  defMethod(t, 'keys', (self) => live(self, ref));
  defMethod(t, 'values', (self) => live(self, (_o, v) => ref(v)));
  defMethod(t, 'items', (self) => live(self, (o, v) => (o.rc++, v.rc++, newTuple([o, v]))));
  defMethod(t, 'keyrefs', (self) => {
    const d = dataDict(self);
    const out: PyObject[] = [];
    for (const r of d.ks) if (r !== null && referentOf(r) !== null) out.push(ref(r));
    return newList(out);
  });
  defMethod(t, 'pop', (self, args, kw) => {
    argRange('pop', args, kw, 1, 2);
    return withRef(args[0], (r) => {
      const v = dataDict(self).pop(r);
      if (v !== undefined) return v;
      if (args.length > 1) return ref(args[1]);
      throw raiseWith(KeyError, r);
    });
  });
  defMethod(t, 'popitem', (self) => {
    const d = dataDict(self);
    for (;;) {
      let i = d.ks.length - 1;
      while (i >= 0 && d.ks[i] === null) i--;
      if (i < 0) throw raise(KeyError, 'popitem(): dictionary is empty');
      const r = d.ks[i]!;
      r.rc++;
      const v = d.popAt(i);
      const o = referentOf(r);
      if (o !== null) o.rc++;
      H.decref(r);
      if (o !== null) return newTuple([o, v]);
      H.decref(v);
    }
  });
  defMethod(t, 'setdefault', (self, args, kw) => {
    const [k, dflt] = bindArgs('setdefault', args, kw, ['key', 'default'], 1);
    const found = withRef(k!, (r) => dataDict(self).get(r));
    if (found !== undefined) return ref(found);
    const d = dflt ?? None;
    wkdSet(self as PyWeakContainer, k!, d);
    return ref(d);
  });
  defMethod(t, 'clear', (self) => {
    dataDict(self).clear();
    return newNone();
  });
  defMethod(t, 'copy', (self) => {
    const n = newContainer(weakKeyDictType, () => newDict(), (s, k) => {
      const old = (s.data as PyDict).pop(k);
      if (old !== undefined) H.decref(old);
    });
    const d = dataDict(self);
    for (let i = 0; i < d.ks.length; i++) {
      const r = d.ks[i], v = d.vs[i];
      const o = r === null ? null : referentOf(r);
      if (o !== null && v !== null) wkdSet(n, o, v);
    }
    return n;
  });
}

// ------------------------------------------------------------------ WeakSet

function dataSet(self: PyObject): PySet {
  if (!(self instanceof PyWeakContainer)) throw raise(TypeError, 'descriptor requires a WeakSet');
  return self.data as PySet;
}

function wsAdd(self: PyWeakContainer, item: PyObject): void {
  const r = newRef(refType, item, self.remove);
  try {
    setAddEntry(self.data as PySet, r, hash(r));
  } finally {
    H.decref(r);
  }
}

function initWeakSet(): void {
  const t = weakSetType;
  const make = (cls: PyType) => newContainer(cls, () => allocSet(setType), (self, item) => {
    setDiscardEntry(self.data as PySet, item, hash(item));
  });
  defNew(t, make);
  const update = (self: PyObject, other: PyObject | undefined) => {
    if (other === undefined || other === None) return;
    const it = getIter(other);
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        try {
          wsAdd(self as PyWeakContainer, x);
        } finally {
          H.decref(x);
        }
      }
    } finally {
      H.decref(it);
    }
  };
  defMethod(t, '__init__', (self, args, kw) => {
    const [data] = bindArgs('__init__', args, kw, ['data'], 0);
    update(self, data);
    return newNone();
  });
  defMethod(t, 'update', (self, args, kw) => {
    argRange('update', args, kw, 1, 1);
    update(self, args[0]);
    return newNone();
  });
  defMethod(t, 'add', (self, args, kw) => {
    argRange('add', args, kw, 1, 1);
    wsAdd(self as PyWeakContainer, args[0]);
    return newNone();
  });
  const discard = (self: PyObject, item: PyObject): boolean => withRef(item, (r) => setDiscardEntry(dataSet(self), r, hash(r)));
  defMethod(t, 'discard', (self, args, kw) => {
    argRange('discard', args, kw, 1, 1);
    discard(self, args[0]);
    return newNone();
  });
  defMethod(t, 'remove', (self, args, kw) => {
    argRange('remove', args, kw, 1, 1);
    if (!discard(self, args[0])) throw raiseWith(KeyError, args[0]);
    return newNone();
  });
  defMethod(t, '__contains__', (self, args) => {
    if (!args[0].type.weakrefable) return newBool(false);
    return withRef(args[0], (r) => newBool(setContainsEntry(dataSet(self), r, hash(r))));
  });
  defMethod(t, '__len__', (self) => newInt(dataSet(self).used));
  defMethod(t, '__repr__', (self) => set_repr(dataSet(self)));
  defMethod(t, '__iter__', (self) => {
    const out: PyObject[] = [];
    for (const [k] of dataSet(self).entries()) {
      const o = referentOf(k);
      if (o !== null) {
        o.rc++;
        out.push(o);
      }
    }
    return iterOver(out);
  });
  defMethod(t, 'pop', (self) => {
    const s = dataSet(self);
    for (;;) {
      const e = s.entries()[0];
      if (e === undefined) throw raise(KeyError, 'pop from empty WeakSet');
      const [r, h] = e;
      const o = referentOf(r);
      if (o !== null) o.rc++;
      setDiscardEntry(s, r, h);
      if (o !== null) return o;
    }
  });
  defMethod(t, 'clear', (self) => {
    const s = dataSet(self);
    for (const [r, h] of s.entries()) setDiscardEntry(s, r, h);
    return newNone();
  });
  defMethod(t, 'copy', (self) => {
    const n = make(weakSetType);
    for (const [r] of dataSet(self).entries()) {
      const o = referentOf(r);
      if (o !== null) wsAdd(n, o);
    }
    return n;
  });
}

let ready = false;
/** Registers the methods (once per process). */
export function initWeakCollections(): void {
  if (ready) return;
  ready = true;
  initWeakValueDict();
  initWeakKeyDict();
  initWeakSet();
  defNew(keyedRefType, (cls, args, kw) => {
    argRange('KeyedRef', args, kw, 3, 3);
    return newKeyedRef(args[0], args[1], args[2]);
  });
  defMethod(keyedRefType, '__init__', () => newNone());
  defGetSet(keyedRefType, 'key', (o) => {
    const k = (o as PyKeyedRef).key ?? None;
    k.rc++;
    return k;
  });
}
