/**
 * Weak references (Objects/weakrefobject.c, 3.11): `weakref.ref` (ReferenceType), its
 * subclasses, and the two proxy types.
 *
 * A weakref is a GC object of 64 bytes plus the GC header (sys.getsizeof 80): referent,
 * callback, cached hash and the links of the referent's weakref list. It holds no count on
 * its referent. The referent keeps its weakrefs in `PyObject.weakrefs`, in CPython's list
 * order: the callback-less exact ref (the "basic ref", shared by every `ref(o)`) first,
 * then the callback-less proxy, then every other ref, the newest first (weakref___new__
 * inserts those right after the basic ref/proxy).
 *
 * When the referent dies, dealloc calls clearWeakrefs (PyObject_ClearWeakRefs): the basic
 * ref and proxy are cleared, then every other weakref is cleared, and only then are the
 * callbacks called with their (dead) weakref, in list order — newest first. An exception
 * from a callback is printed as unraisable ("Exception ignored in: <function cb ...>").
 * Calling the callbacks runs Python code, so the runner is installed from outside the
 * object layer (builtins/modules/weakref.ts).
 *
 * The cyclic collector uses handleWeakrefsForCollection (gcmodule.c's handle_weakrefs).
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject, PyType, setClearWeakrefs } from './object.js';
import { PyStr, newStrFresh } from './str.js';
import { newTuple } from './tuple.js';
import { newIntBig } from './int.js';
import { None, NotImplemented, newBool, newNone } from './singletons.js';
import {
  builtinFunctionType, codeType, methodDescrType, frozensetType, functionType, generatorType, methodType, moduleType,
  methodWrapperType, objectType, setType, textIOType, typeType, wrapperDescrType,
} from './typeobjects.js';
import { ReferenceError, TypeError, raise } from './exceptions.js';
import { defGetSet, defMethod } from './methods.js';
import { defNew, mkStaticType } from './types/common.js';
import { addrHex, getAttrMaybe, richCompare, hash as pyHash, type CompareOp } from './abstract.js';
import { initHeapInstance } from './instance.js';
import { typeLookup } from './typeobject.js';

// The built-in types with a tp_weaklistoffset (3.11; measured: instances of user classes
// get theirs in classes.ts). Their subclasses inherit the slot instead of adding 8 bytes.
for (const t of [typeType, functionType, builtinFunctionType, methodType, generatorType, setType, frozensetType, moduleType, codeType, textIOType]) {
  t.weakrefable = true;
}

export const refType = mkStaticType('ReferenceType', 64, true, objectType);
refType.module = 'weakref';
export const proxyType = mkStaticType('ProxyType', 64, true, objectType);
proxyType.module = 'weakref';
export const callableProxyType = mkStaticType('CallableProxyType', 64, true, objectType);
callableProxyType.module = 'weakref';

export class PyWeakref extends PyObject {
  /** wr_object: the referent (borrowed), null once cleared (CPython sets it to None). */
  referent: PyObject | null;
  /** wr_callback (owned), or null. */
  callback: PyObject | null;
  /** The cached hash of the referent (hash(ref) survives the referent). */
  hashCache: bigint | null = null;

  constructor(t: PyType, referent: PyObject, callback: PyObject | null) {
    super(t);
    this.referent = referent;
    this.callback = callback;
    weakrefObjects++;
  }

  override dealloc(heap: Heap): boolean | void {
    weakrefObjects--;
    const r = super.dealloc(heap);
    if (r === false) weakrefObjects++; // resurrected by a subclass's __del__
    return r;
  }

  /** gc_traverse: only the callback is a counted reference. */
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.callback !== null) visit(this.callback);
    if (this.type.heaptype) super.traverse(visit);
  }

  /** weakref_dealloc / gc_clear: clear_weakref (unlink, drop the callback). */
  override clearContents(_heap: Heap): void {
    clearWeakref(this);
  }
}

/**
 * Weakref objects (refs and proxies) alive in this process: while there are none, a
 * collection has no weakref work and skips handle_weakrefs' walk over the garbage.
 */
let weakrefObjects = 0;
export function weakrefObjectCount(): number {
  return weakrefObjects;
}

/** A weakref's type is a proxy type. */
export function isProxy(o: PyObject): boolean {
  return o.type === proxyType || o.type === callableProxyType;
}

/** PyWeakref_Check: ref, its subclasses, and proxies. */
export function isWeakref(o: PyObject): o is PyWeakref {
  return o instanceof PyWeakref;
}

/** tp_name as CPython spells it: a static type outside builtins carries its module. */
export function tpName(t: PyType): string {
  return !t.heaptype && t.module !== 'builtins' ? `${t.module}.${t.name}` : t.name;
}

function listOf(o: PyObject): PyWeakref[] | null {
  return o.weakrefs as PyWeakref[] | null;
}

/** get_basic_refs: the callback-less exact ref and callback-less proxy at the list head. */
function basicRefs(o: PyObject): [PyWeakref | null, PyWeakref | null] {
  const l = listOf(o);
  let ref: PyWeakref | null = null, proxy: PyWeakref | null = null;
  if (l === null || l.length === 0 || l[0].callback !== null) return [null, null];
  let i = 0;
  if (l[0].type === refType) ref = l[i++];
  if (i < l.length && l[i].callback === null && isProxy(l[i])) proxy = l[i];
  return [ref, proxy];
}

function insertHead(wr: PyWeakref, o: PyObject): void {
  const l = listOf(o);
  if (l === null) o.weakrefs = [wr];
  else l.unshift(wr);
}

function insertAfter(wr: PyWeakref, prev: PyWeakref, o: PyObject): void {
  const l = listOf(o)!;
  l.splice(l.indexOf(prev) + 1, 0, wr);
}

/** Unlinks wr from its referent's list and marks it dead (clear_weakref's first half). */
function unlink(wr: PyWeakref): void {
  const o = wr.referent;
  if (o === null) return;
  wr.referent = null;
  const l = listOf(o);
  if (l === null) return;
  const i = l.indexOf(wr);
  if (i >= 0) l.splice(i, 1);
  if (l.length === 0) o.weakrefs = null;
}

/** clear_weakref: dead, and the callback released. */
export function clearWeakref(wr: PyWeakref): void {
  unlink(wr);
  const cb = wr.callback;
  if (cb !== null) {
    wr.callback = null;
    H.decref(cb);
  }
}

/** _PyWeakref_ClearRef: dead, but the callback is kept (the collector calls it later). */
export function clearRef(wr: PyWeakref): void {
  unlink(wr);
}

/** Whether instances of t can be weakly referenced (_PyType_SUPPORTS_WEAKREFS). */
export function supportsWeakrefs(o: PyObject): boolean {
  return o.type.weakrefable;
}

function checkWeakrefable(o: PyObject): void {
  if (!supportsWeakrefs(o)) throw raise(TypeError, `cannot create weak reference to '${tpName(o.type)}' object`);
}

/** Creates the JS object of a weakref of type t to o (subtypes with more fields: KeyedRef). */
export type MakeWeakref = (t: PyType, o: PyObject) => PyWeakref;
const plainWeakref: MakeWeakref = (t, o) => new PyWeakref(t, o, null);

/** Allocates a weakref of type t (tp_alloc; a heap subclass owns a count on its type). */
function allocWeakref(t: PyType, o: PyObject, callback: PyObject | null, make: MakeWeakref): PyWeakref {
  const wr = make(t, o);
  H.allocate(wr, t.presize + t.basicsize, t.presize);
  if (t.heaptype) {
    t.rc++;
    initHeapInstance(wr, t);
  }
  if (callback !== null) {
    callback.rc++;
    wr.callback = callback;
  }
  return wr;
}

/**
 * weakref___new__: ref(o[, callback]) of type t (ReferenceType or a subclass). Without a
 * callback an exact ref is shared: the existing basic ref is returned. New reference.
 */
export function newRef(t: PyType, o: PyObject, callback: PyObject | null, make: MakeWeakref = plainWeakref): PyWeakref {
  checkWeakrefable(o);
  if (callback === None) callback = null;
  if (callback === null && t === refType) {
    const [ref] = basicRefs(o);
    if (ref !== null) {
      ref.rc++;
      return ref;
    }
  }
  const wr = allocWeakref(t, o, callback, make);
  if (callback === null && t === refType) insertHead(wr, o);
  else {
    const [ref, proxy] = basicRefs(o);
    const prev = proxy ?? ref;
    if (prev === null) insertHead(wr, o);
    else insertAfter(wr, prev, o);
  }
  return wr;
}

/** callable(o), as PyCallable_Check. */
function isCallable(o: PyObject): boolean {
  const t = o.type;
  if (t === functionType || t === builtinFunctionType || t === methodType || t === methodDescrType || t === wrapperDescrType || t === methodWrapperType) return true;
  return o instanceof PyType || typeLookup(t, '__call__') !== null;
}

/** PyWeakref_NewProxy: proxy(o[, callback]); the callback-less proxy is shared. */
export function newProxy(o: PyObject, callback: PyObject | null): PyWeakref {
  checkWeakrefable(o);
  if (callback === None) callback = null;
  if (callback === null) {
    const [, proxy] = basicRefs(o);
    if (proxy !== null) {
      proxy.rc++;
      return proxy;
    }
  }
  const wr = allocWeakref(isCallable(o) ? callableProxyType : proxyType, o, callback, plainWeakref);
  const [ref, proxy] = basicRefs(o);
  const prev = callback === null ? ref : proxy ?? ref;
  if (prev === null) insertHead(wr, o);
  else insertAfter(wr, prev, o);
  return wr;
}

/** _PyWeakref_GetWeakrefCount. */
export function weakrefCount(o: PyObject): number {
  const l = listOf(o);
  return l === null ? 0 : l.length;
}

/** The weakrefs to o in list order (borrowed). */
export function weakrefsOf(o: PyObject): readonly PyWeakref[] {
  return listOf(o) ?? [];
}

// ------------------------------------------------------------------ callbacks

/**
 * handle_callback: callback(wr); what it raises is printed as unraisable with the callback
 * as the object. Installed by builtins/modules/weakref.ts (it runs Python code).
 */
let runCallback: (wr: PyObject, callback: PyObject) => void = () => {};
export function setWeakrefCallbackRunner(f: (wr: PyObject, callback: PyObject) => void): void {
  runCallback = f;
}

/**
 * PyObject_ClearWeakRefs(o), o's count being 0: the callback-less basic ref and proxy are
 * cleared; then, with one weakref left, it is cleared and its callback called; with more,
 * every one is cleared first (their callbacks moved into a tuple of 2·count items, as
 * CPython does — the tuple is a real allocation and holds each live weakref), then the
 * callbacks are called in list order.
 */
export function clearWeakrefs(o: PyObject): void {
  let l = listOf(o);
  if (l !== null && l.length > 0 && l[0].callback === null) {
    clearWeakref(l[0]);
    l = listOf(o);
    if (l !== null && l.length > 0 && l[0].callback === null) clearWeakref(l[0]);
  }
  l = listOf(o);
  if (l === null || l.length === 0) return;
  if (l.length === 1) {
    const cur = l[0];
    const cb = cur.callback;
    cur.callback = null;
    clearWeakref(cur);
    if (cb !== null) {
      try {
        if (cur.rc > 0) runCallback(cur, cb);
      } finally {
        H.decref(cb);
      }
    }
    return;
  }
  const refs = l.slice();
  const items: PyObject[] = [];
  for (const cur of refs) {
    const cb = cur.callback;
    if (cur.rc > 0) {
      cur.rc++;
      items.push(cur, cb ?? (None.rc++, None));
    } else if (cb !== null) H.decref(cb);
    cur.callback = null;
    clearWeakref(cur);
  }
  const tuple = newTuple(items);
  try {
    for (let i = 0; i < items.length; i += 2) {
      if (items[i + 1] !== None) runCallback(items[i], items[i + 1]);
    }
  } finally {
    H.decref(tuple);
  }
}
setClearWeakrefs(clearWeakrefs);

/**
 * gcmodule.c's handle_weakrefs, for the cyclic collector. `unreachable` lists the
 * collection's garbage in the order of its unreachable list; `isCollecting(o)` tells
 * whether o is part of it (gc_is_collecting).
 *
 * 1. For every object in `unreachable`, in order: if it is itself a weakref, it is
 *    cleared (_PyWeakref_ClearRef: dead, callback kept — its callback never runs; the
 *    collector's tp_clear releases it). Then every weakref *to* it is cleared the same
 *    way; those with a callback that are not themselves being collected are queued, each
 *    with a new reference so it cannot die before its turn.
 * 2. Only after all the clearing, the queued callbacks run in queue order with their
 *    weakref as argument (exceptions are unraisable). After each call the queued
 *    reference is dropped; `afterCallback(wr, freed)` then tells the collector whether
 *    that freed the weakref (CPython counts it as collected) or it survived (CPython
 *    moves it to the older generation — a reachable weakref was taken off its list to be
 *    queued).
 *
 * Returns the number of weakrefs freed in step 2 (added to the collection's result).
 * Nothing is freed during step 1.
 */
export function handleWeakrefsForCollection(
  unreachable: Iterable<PyObject>,
  isCollecting: (o: PyObject) => boolean,
  afterCallback: ((wr: PyObject, freed: boolean) => void) | null = null,
): number {
  const queue: PyWeakref[] = [];
  for (const op of unreachable) {
    if (op instanceof PyWeakref) clearRef(op);
    if (!supportsWeakrefs(op)) continue;
    let l = listOf(op);
    while (l !== null && l.length > 0) {
      const wr = l[0];
      clearRef(wr);
      l = listOf(op);
      if (wr.callback === null) continue;
      if (isCollecting(wr)) continue;
      wr.rc++;
      queue.push(wr);
    }
  }
  let freed = 0;
  for (const wr of queue) {
    const cb = wr.callback;
    if (cb !== null) runCallback(wr, cb);
    const last = wr.rc === 1;
    H.decref(wr);
    if (last) freed++;
    if (afterCallback !== null) afterCallback(wr, last);
  }
  return freed;
}

// ------------------------------------------------------------------ ReferenceType

/** parse_weakref_init_args: (ob, callback=None), positional only. */
function parseInitArgs(fname: string, args: PyObject[], kw: string[] | null): [PyObject, PyObject | null] {
  if (kw !== null && kw.length > 0) throw raise(TypeError, `${fname}() takes no keyword arguments`);
  if (args.length < 1) throw raise(TypeError, `${fname} expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw raise(TypeError, `${fname} expected at most 2 arguments, got ${args.length}`);
  return [args[0], args.length > 1 ? args[1] : null];
}

/** The referent as a new reference, or raises ReferenceError (a proxy's UNWRAP). */
function unwrap(p: PyObject): PyObject {
  const o = (p as PyWeakref).referent;
  if (o === null) throw raise(ReferenceError, 'weakly-referenced object no longer exists');
  o.rc++;
  return o;
}

/** Applies f to the referent (kept alive for the call). */
function withReferent<T>(p: PyObject, f: (o: PyObject) => T): T {
  const o = unwrap(p);
  try {
    return f(o);
  } finally {
    H.decref(o);
  }
}

function weakrefRepr(self: PyObject): string {
  const wr = self as PyWeakref;
  const o = wr.referent;
  if (o === null) return `<weakref at ${addrHex(self)}; dead>`;
  o.rc++;
  try {
    const name = getAttrMaybe(o, '__name__', true);
    let extra = '';
    if (name !== null) {
      if (name instanceof PyStr) extra = ` (${name.v})`;
      H.decref(name);
    }
    return `<weakref at ${addrHex(self)}; to '${tpName(o.type)}' at ${addrHex(o)}${extra}>`;
  } finally {
    H.decref(o);
  }
}

function initRefType(): void {
  const t = refType;
  defNew(t, (cls, args, kw) => {
    const [ob, cb] = parseInitArgs('__new__', args, kw);
    return newRef(cls, ob, cb);
  });
  defMethod(t, '__init__', (_self, args, kw) => {
    parseInitArgs('__init__', args, kw);
    return newNone();
  });
  defMethod(t, '__call__', (self, args, kw) => {
    if (kw !== null && kw.length > 0) throw raise(TypeError, 'weakref() takes no keyword arguments');
    if (args.length !== 0) throw raise(TypeError, `weakref expected 0 arguments, got ${args.length}`);
    const o = (self as PyWeakref).referent ?? None;
    o.rc++;
    return o;
  });
  defMethod(t, '__repr__', (self) => newStrFresh(weakrefRepr(self)));
  defMethod(t, '__hash__', (self) => {
    const wr = self as PyWeakref;
    if (wr.hashCache === null) {
      const o = wr.referent;
      if (o === null) throw raise(TypeError, 'weak object has gone away');
      o.rc++;
      try {
        wr.hashCache = pyHash(o);
      } finally {
        H.decref(o);
      }
    }
    return newIntBig(wr.hashCache);
  });
  const cmp = (op: CompareOp) => (self: PyObject, args: PyObject[]): PyObject => {
    const other = args[0];
    if (!(self instanceof PyWeakref) || !(other instanceof PyWeakref)) return notImplemented();
    const a = self.referent, b = other.referent;
    if (a === null || b === null) return newBool((self === other) === (op === 'Eq'));
    a.rc++;
    b.rc++;
    try {
      return richCompare(a, b, op);
    } finally {
      H.decref(a);
      H.decref(b);
    }
  };
  defMethod(t, '__eq__', cmp('Eq'));
  defMethod(t, '__ne__', cmp('NotEq'));
  defGetSet(t, '__callback__', (o) => {
    const cb = (o as PyWeakref).callback ?? None;
    cb.rc++;
    return cb;
  });
}

function notImplemented(): PyObject {
  NotImplemented.rc++;
  return NotImplemented;
}


// ------------------------------------------------------------------ proxies

function proxyRepr(self: PyObject): string {
  const o = (self as PyWeakref).referent ?? None;
  return `<weakproxy at ${addrHex(self)} to ${tpName(o.type)} at ${addrHex(o)}>`;
}

/** Proxy operations that unwrap proxy operands and apply the plain operation. */
function unwrapArg(o: PyObject): PyObject {
  if (isProxy(o)) return unwrap(o);
  o.rc++;
  return o;
}

function initProxyType(t: PyType, ops: ProxyOps): void {
  t.getattro = (o, name, suppress) => withReferent(o, (r) => getAttrMaybe(r, name, suppress));
  t.setattro = (o, name, v) => withReferent(o, (r) => ops.setAttr(r, name, v));
  defMethod(t, '__repr__', (self) => newStrFresh(proxyRepr(self)));
  defMethod(t, '__str__', (self) => withReferent(self, (r) => ops.str(r)));
  defMethod(t, '__hash__', () => {
    throw raise(TypeError, `unhashable type: '${tpName(t)}'`);
  });
  defMethod(t, '__bool__', (self) => withReferent(self, (r) => newBool(ops.isTrue(r))));
  defMethod(t, '__len__', (self) => withReferent(self, (r) => ops.newInt(ops.len(r))));
  defMethod(t, '__getitem__', (self, args) => withReferent(self, (r) => ops.getItem(r, args[0])));
  defMethod(t, '__setitem__', (self, args) => withReferent(self, (r) => (ops.setItem(r, args[0], args[1]), newNone())));
  defMethod(t, '__delitem__', (self, args) => withReferent(self, (r) => (ops.delItem(r, args[0]), newNone())));
  defMethod(t, '__contains__', (self, args) => withReferent(self, (r) => newBool(ops.contains(r, args[0]))));
  defMethod(t, '__iter__', (self) => withReferent(self, (r) => ops.getIter(r)));
  defMethod(t, '__next__', (self) => withReferent(self, (r) => {
    if (typeLookup(r.type, '__next__') === null) {
      throw raise(TypeError, `Weakref proxy referenced a non-iterator '${tpName(r.type)}' object`);
    }
    return ops.next(r);
  }));
  for (const op of ['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE'] as CompareOp[]) {
    const name = { Eq: '__eq__', NotEq: '__ne__', Lt: '__lt__', LtE: '__le__', Gt: '__gt__', GtE: '__ge__' }[op];
    defMethod(t, name, (self, args) => {
      const a = unwrapArg(self);
      let b: PyObject;
      try {
        b = unwrapArg(args[0]);
      } catch (e) {
        H.decref(a);
        throw e;
      }
      try {
        return richCompare(a, b, op);
      } finally {
        H.decref(a);
        H.decref(b);
      }
    });
  }
  for (const [name, op] of Object.entries(ops.binops)) {
    const binary = (swap: boolean) => (self: PyObject, args: PyObject[]): PyObject => {
      const a = unwrapArg(self);
      let b: PyObject;
      try {
        b = unwrapArg(args[0]);
      } catch (e) {
        H.decref(a);
        throw e;
      }
      try {
        return swap ? ops.binaryOp(b, a, op) : ops.binaryOp(a, b, op);
      } finally {
        H.decref(a);
        H.decref(b);
      }
    };
    defMethod(t, `__${name}__`, binary(false));
    defMethod(t, `__r${name}__`, binary(true));
  }
  for (const [name, op] of [['neg', 'USub'], ['pos', 'UAdd'], ['invert', 'Invert']] as const) {
    defMethod(t, `__${name}__`, (self) => withReferent(self, (r) => ops.unaryOp(r, op)));
  }
  defMethod(t, '__index__', (self) => withReferent(self, (r) => ops.newIndex(r)));
}

/** The protocol operations proxies forward (abstract.ts / number.ts, passed in to keep imports acyclic). */
export interface ProxyOps {
  setAttr(o: PyObject, name: string, v: PyObject | null): void;
  str(o: PyObject): PyObject;
  isTrue(o: PyObject): boolean;
  len(o: PyObject): number;
  newInt(n: number): PyObject;
  getItem(o: PyObject, k: PyObject): PyObject;
  setItem(o: PyObject, k: PyObject, v: PyObject): void;
  delItem(o: PyObject, k: PyObject): void;
  contains(o: PyObject, k: PyObject): boolean;
  getIter(o: PyObject): PyObject;
  next(o: PyObject): PyObject;
  binaryOp(a: PyObject, b: PyObject, op: string): PyObject;
  unaryOp(o: PyObject, op: 'USub' | 'UAdd' | 'Invert'): PyObject;
  newIndex(o: PyObject): PyObject;
  binops: Record<string, string>;
  call(f: PyObject, args: PyObject[], kw: string[] | null): PyObject;
}

let ready = false;
/** Registers the types' methods (once per process); called by the weakref module. */
export function initWeakrefTypes(ops: ProxyOps): void {
  if (ready) return;
  ready = true;
  initRefType();
  initProxyType(proxyType, ops);
  initProxyType(callableProxyType, ops);
  defMethod(callableProxyType, '__call__', (self, args, kw) => withReferent(self, (r) => ops.call(r, args, kw)));
}

