/**
 * weakref.finalize (Lib/weakref.py, 3.11), natively, with the objects CPython's Python
 * class keeps on the heap:
 *
 *   - a finalize object is a 32-byte instance (`__slots__ = ()`);
 *   - the class-level `_registry` dict maps each live finalize object to its `_Info`
 *     (weakref, func, args, kwargs, atexit, index; 80 bytes like a 6-slot instance);
 *   - `info.weakref` is `ref(obj, finalize_object)`: the finalize object itself is the
 *     callback, so when obj dies the weakref machinery calls it, which pops its entry from
 *     the registry and calls func(*args, **kwargs) once.
 *
 * At exit (atexit, before any module is torn down) every finalizer still registered with
 * atexit True runs, the newest first (_exitfunc pops from the end of the list sorted by
 * creation index); after that `_shutdown` is set and no finalizer runs any more.
 *
 * The registry is per session: it belongs to the session's weakref module object
 * (builtins/modules/weakref.ts), found here by the session's heap.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject, PyRaise } from './object.js';
import { PyDict, newDict } from './dict.js';
import { PyTuple, newTuple } from './tuple.js';
import { newStrFresh } from './str.js';
import { newBool, newNone } from './singletons.js';
import { objectType } from './typeobjects.js';
import { TypeError, raise } from './exceptions.js';
import { defGetSet, defMethod } from './methods.js';
import { defNew, mkStaticType, nPos } from './types/common.js';
import { addrHex, call, isTrue } from './abstract.js';
import { PyWeakref, newRef, refType } from './weakref.js';

export const finalizeType = mkStaticType('finalize', 16, true, objectType);
finalizeType.module = 'weakref';
const infoType = mkStaticType('_Info', 64, true, objectType);
infoType.module = 'weakref';
infoType.qualname = 'finalize._Info';

/** finalize._Info: what the registry keeps for one finalizer. */
class PyFinalizeInfo extends PyObject {
  weakref: PyObject | null = null;
  func: PyObject | null = null;
  args: PyObject | null = null;
  kwargs: PyObject | null = null;
  atexit = true;
  index = 0;
  constructor() {
    super(infoType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    for (const o of [this.weakref, this.func, this.args, this.kwargs]) if (o !== null) visit(o);
  }
  override clearContents(heap: Heap): void {
    const held = [this.weakref, this.func, this.args, this.kwargs];
    this.weakref = this.func = this.args = this.kwargs = null;
    for (const o of held) if (o !== null) heap.decref(o);
  }
}

/** The class attributes of finalize that change: one set per session. */
export interface FinalizeState {
  /** finalize._registry (owned by the weakref module object). */
  registry: PyDict;
  shutdown: boolean;
  dirty: boolean;
  nextIndex: number;
}

const states = new WeakMap<Heap, FinalizeState>();

/** A new, empty registry for the running session (its weakref module holds the dict). */
export function newFinalizeState(): FinalizeState {
  const s: FinalizeState = { registry: newDict(), shutdown: false, dirty: false, nextIndex: 0 };
  states.set(H, s);
  return s;
}

function state(): FinalizeState {
  const s = states.get(H);
  if (s === undefined) throw raise(TypeError, 'weakref.finalize used before the weakref module exists');
  return s;
}

function infoOf(self: PyObject): PyFinalizeInfo | null {
  const i = state().registry.get(self);
  return i instanceof PyFinalizeInfo ? i : null;
}

/** info.weakref() as a new reference, or null when dead. */
function liveReferent(info: PyFinalizeInfo | null): PyObject | null {
  const o = info === null ? null : (info.weakref as PyWeakref).referent;
  if (o !== null) o.rc++;
  return o;
}

/** (obj, func, args, kwargs or {}): steals obj. */
function peekTuple(obj: PyObject, info: PyFinalizeInfo): PyTuple {
  const kw = info.kwargs ?? newDict();
  if (info.kwargs !== null) kw.rc++;
  info.func!.rc++;
  info.args!.rc++;
  return newTuple([obj, info.func!, info.args!, kw]);
}

/** finalize.__call__: pops the entry; unless shut down, returns func(*args, **kwargs). */
function finalizeCall(self: PyObject): PyObject {
  const st = state();
  const info = st.registry.pop(self);
  if (info === undefined) return newNone();
  try {
    if (!(info instanceof PyFinalizeInfo) || st.shutdown) return newNone();
    const args = (info.args as PyTuple).items.slice();
    let kwnames: string[] | null = null;
    if (info.kwargs !== null) {
      const d = info.kwargs as PyDict;
      kwnames = [];
      for (let i = 0; i < d.ks.length; i++) {
        const k = d.ks[i], v = d.vs[i];
        if (k === null || v === null) continue;
        kwnames.push((k as unknown as { v: string }).v);
        args.push(v);
      }
    }
    return call(info.func!, args, kwnames);
  } finally {
    H.decref(info);
  }
}

function finalizeRepr(self: PyObject): string {
  const o = liveReferent(infoOf(self));
  if (o === null) return `<${self.type.name} object at ${addrHex(self)}; dead>`;
  const s = `<${self.type.name} object at ${addrHex(self)}; for '${o.type.name}' at ${addrHex(o)}>`;
  H.decref(o);
  return s;
}

let ready = false;
export function initFinalizeType(): void {
  if (ready) return;
  ready = true;
  const t = finalizeType;
  defNew(t, (cls, args, kw) => {
    const n = nPos(args, kw);
    if (n < 2) {
      throw raise(TypeError, n === 0
        ? "finalize.__init__() missing 2 required positional arguments: 'obj' and 'func'"
        : "finalize.__init__() missing 1 required positional argument: 'func'");
    }
    const st = state();
    const self = new PyObject(cls);
    H.allocate(self, cls.presize + cls.basicsize, cls.presize);
    if (cls.heaptype) cls.rc++;
    let info: PyFinalizeInfo | null = null;
    try {
      const rest = args.slice(2, n);
      for (const a of rest) a.rc++;
      const argsTuple = newTuple(rest);
      let kwargs: PyDict | null = null;
      try {
        if (kw !== null && kw.length > 0) {
          kwargs = newDict();
          for (let i = 0; i < kw.length; i++) {
            const k = newStrFresh(kw[i]);
            kwargs.set(k, args[n + i]);
            H.decref(k);
          }
        }
      } catch (e) {
        H.decref(argsTuple);
        throw e;
      }
      info = new PyFinalizeInfo();
      H.allocate(info, 80, 16);
      info.args = argsTuple;
      info.kwargs = kwargs;
      info.weakref = newRef(refType, args[0], self);
      args[1].rc++;
      info.func = args[1];
      info.atexit = true;
      info.index = st.nextIndex++;
      st.registry.set(self, info);
      st.dirty = true;
    } catch (e) {
      if (info !== null) H.decref(info);
      H.decref(self);
      throw e;
    } finally {
      if (info !== null && info.rc > 1) H.decref(info);
    }
    return self;
  });
  // __init__ did the work in __new__ (the arguments were checked there).
  defMethod(t, '__init__', () => newNone());
  defMethod(t, '__call__', (self, args, kw) => {
    if (nPos(args, kw) > 1 || (kw !== null && kw.length > 0 && kw[0] !== '_')) {
      throw raise(TypeError, `finalize.__call__() takes from 1 to 2 positional arguments but ${nPos(args, kw) + 1} were given`);
    }
    return finalizeCall(self);
  });
  defMethod(t, 'detach', (self) => {
    const info = infoOf(self);
    const o = liveReferent(info);
    if (o === null) return newNone();
    const popped = state().registry.pop(self);
    if (popped === undefined) {
      H.decref(o);
      return newNone();
    }
    try {
      return peekTuple(o, info!);
    } finally {
      H.decref(popped);
    }
  });
  defMethod(t, 'peek', (self) => {
    const info = infoOf(self);
    const o = liveReferent(info);
    return o === null ? newNone() : peekTuple(o, info!);
  });
  defGetSet(t, 'alive', (self) => newBool(infoOf(self) !== null));
  defGetSet(t, 'atexit', (self) => {
    const info = infoOf(self);
    return newBool(info !== null && info.atexit);
  }, (self, v) => {
    const info = infoOf(self);
    if (info !== null && v !== null) info.atexit = isTrue(v);
  });
  defMethod(t, '__repr__', (self) => newStrFresh(finalizeRepr(self)));
}

/**
 * finalize._exitfunc, run by the session at exit (atexit): the finalizers still alive
 * with atexit set run newest first; the list is rebuilt when one of them created or
 * removed a finalizer. What a finalizer raises goes to `report` (sys.excepthook's
 * traceback). Afterwards no finalizer runs any more.
 */
export function runFinalizersAtExit(report: (exc: PyObject) => void): void {
  const st = states.get(H);
  if (st === undefined) return;
  try {
    if (st.registry.used === 0) return;
    let pending: PyObject[] | null = null;
    for (;;) {
      if (pending === null || st.dirty) {
        for (const f of pending ?? []) H.decref(f);
        pending = selectForExit(st);
        st.dirty = false;
      }
      const f = pending.pop();
      if (f === undefined) break;
      try {
        H.decref(finalizeCall(f));
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        report(e.exc);
        H.decref(e.exc);
      } finally {
        H.decref(f);
      }
    }
  } finally {
    st.shutdown = true;
  }
}

/** _select_for_exit: live finalizers with atexit set, oldest first (new references). */
function selectForExit(st: FinalizeState): PyObject[] {
  const d = st.registry;
  const l: [PyObject, number][] = [];
  for (let i = 0; i < d.ks.length; i++) {
    const f = d.ks[i], info = d.vs[i];
    if (f !== null && info instanceof PyFinalizeInfo && info.atexit) l.push([f, info.index]);
  }
  l.sort((a, b) => a[1] - b[1]);
  return l.map(([f]) => (f.rc++, f));
}

