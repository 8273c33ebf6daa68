/**
 * The cyclic garbage collector: CPython 3.11's gc_collect_main (Modules/gcmodule.c) on
 * memsnake's heap. cpython-memory-model.md §3.5 lists the steps; this file follows them
 * in order and names each after its C function.
 *
 * Invariants (as gcmodule.c states its own):
 *   - Outside a collection every object's `gcRefs` is NOT_COLLECTING (-1); so is every
 *     object that is not GC-capable, always. Inside one, an object of the generation being
 *     collected ("young") holds its gc_refs (>= 0); one moved to the tentatively
 *     unreachable list holds UNREACHABLE (-2) until it is found reachable again or the
 *     collection ends with it.
 *   - A tracked object is on exactly one list (gc/list.ts). A dying object leaves its list
 *     in Heap.dealloc, so an object that refcounting frees in the middle of a collection
 *     (a finalizer broke its cycle, tp_clear released it) simply disappears from the list
 *     being walked; every walk reads `gcNext` only after the work that may free objects.
 *   - No per-object allocation: the visitors below are module-level functions working on
 *     module-level state (`young`), and all lists are intrusive. A collection is linear in
 *     the objects it examines (each is traversed at most twice, thrice if a finalizer ran).
 *   - Python code runs only in the finalizer step, in weakref callbacks (gcHooks), in
 *     gc.callbacks and in tp_clear cascades; `collecting` is set throughout, so nothing
 *     that code allocates starts another collection.
 *
 * What this module does not know is supplied through `gcHooks`: tp_finalize of objects of
 * the interpreter layer (generators), tp_clear of frame objects, weak references (the
 * weakref module fills `handleWeakrefs`), stderr, unraisable errors, and the step
 * observer behind the REPL's `:gc N`.
 */

import type { HeapObject } from '../heap/heap.js';
import { H, PyObject, PyRaise, PyType } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict, mayBeTracked, newDict } from '../objects/dict.js';
import { PyList, listAppend as pyListAppend } from '../objects/list.js';
import { PySet } from '../objects/set.js';
import { PyCell, PyFunction } from '../objects/function.js';
import { PyBaseException } from '../objects/exceptions.js';
import { InstanceAttrs } from '../objects/instance.js';
import { internStr, newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { call } from '../objects/abstract.js';
import { dictType, listType, tupleType } from '../objects/typeobjects.js';
import { PyWeakref, handleWeakrefsForCollection, weakrefObjectCount } from '../objects/weakref.js';
import { GcHead, listMerge, listMove, listMoveRun } from './list.js';
import {
  DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE, NUM_GENERATIONS, type GcState,
} from './state.js';

export const NOT_COLLECTING = -1;
export const UNREACHABLE = -2;

/** One collection, as the observer sees it (only built when an observer is set). */
export interface GcObserver {
  /** Start: the generation, and the objects examined (young after merging), in list order. */
  start(generation: number, young: readonly PyObject[]): void;
  /** After move_unreachable: gc_refs are gone; the unreachable objects in list order. */
  unreachable(objs: readonly PyObject[]): void;
  /** A finalizer is about to run. */
  finalizing(o: PyObject): void;
  /** Objects a finalizer made reachable again (they survive into the older generation). */
  resurrected(objs: readonly PyObject[]): void;
  /** End: what gc.collect() returns, split as CPython counts it. */
  done(collected: number, uncollectable: number): void;
}

/** What the collector needs from layers above objects/ (see the file comment). */
export const gcHooks = {
  /**
   * tp_finalize of `o`, or null when its type has none. The default knows user classes'
   * `__del__`; the interpreter wraps it to add generators' (gen close).
   */
  finalizer(o: PyObject): ((o: PyObject) => void) | null {
    const t = o.type;
    return t.heaptype && t.hasDel && t.callDel !== null ? t.callDel : null;
  },
  /** tp_clear of objects outside objects/ (frame objects); false when it has none. */
  clearOther: (_o: PyObject): boolean => false,
  /**
   * handle_weakrefs(unreachable, old) (§3.5 step 10), filled by the weakref module: clear
   * weakrefs to objects in `unreachable` and weakrefs that are themselves there, call the
   * callbacks of cleared weakrefs that are not garbage; returns how many weakref objects
   * that freed (added to the collected count). Null while no weakref exists.
   */
  handleWeakrefs: null as ((unreachable: GcHead, old: GcHead) => number) | null,
  /** Writes to sys.stderr (debug output). */
  writeStderr: (_text: string): void => {},
  /** PyErr_WriteUnraisable with a message ("Exception ignored ...") for a callback's error. */
  unraisable: (_exc: PyObject, _msg: string, _obj: PyObject): void => {},
  /** The `:gc N` observer; null (the default and the benchmark's case) records nothing. */
  observer: null as GcObserver | null,
  /**
   * gc.callbacks and gc.garbage (borrowed: the gc module owns them; dropped at shutdown
   * before the module can die). Null until `import gc`.
   */
  callbacks: null as PyList | null,
  garbage: null as PyList | null,
};

// ------------------------------------------------------------------ the visitors

/** The list being collected, for visitReachable (module-level: no closure per object). */
let young: GcHead = new GcHead();

/** Times subtract_refs found more references than a count (a refcount bug); tests read it. */
export let refAnomalies = 0;

/** visit_decref: one reference from inside young fewer counts as external. */
function visitDecref(h: HeapObject): void {
  const r = h.gcRefs;
  if (r > 0) h.gcRefs = r - 1;
  else if (r === 0) refAnomalies++;
}

/** Objects visitReachable moved back from `unreachable` in the current move_unreachable. */
let movedBack = 0;

/** visit_reachable: a referent of a reachable object is reachable (see move_unreachable). */
function visitReachable(h: HeapObject): void {
  const r = h.gcRefs;
  if (r === UNREACHABLE) {
    listMove(h, young);
    h.gcRefs = 1;
    movedBack++;
  } else if (r === 0) {
    h.gcRefs = 1;
  }
}

// ------------------------------------------------------------------ the steps

/** update_refs: gc_refs = ob_refcnt for every object of the list. */
function updateRefs(list: GcHead): void {
  for (let g = list.gcNext; g !== list; g = g.gcNext!) {
    const o = g as HeapObject;
    o.gcRefs = o.rc;
  }
}

/**
 * subtract_refs: remove the references that come from inside the list. Exact lists and
 * tuples (most of any heap) are traversed inline: their tp_traverse visits exactly their
 * items (last to first), and the subtraction does not depend on order anyway; this
 * spares a megamorphic `traverse` call and a `visit` call per item.
 */
function subtractRefs(list: GcHead): void {
  for (let g = list.gcNext; g !== list; g = g.gcNext!) {
    const o = g as PyObject;
    const t = o.type;
    if (t === listType || t === tupleType) {
      const it = (o as PyList | PyTuple).items;
      for (let i = it.length - 1; i >= 0; i--) {
        const h = it[i];
        const r = h.gcRefs;
        if (r > 0) h.gcRefs = r - 1;
        else if (r === 0) refAnomalies++;
      }
    } else o.traverse(visitDecref);
  }
}

/**
 * update_refs and subtract_refs in one walk, for a full collection while the permanent
 * generation is empty. Then every tracked object is on `list` (young: all generations
 * merged; nothing is on a temporary list yet) and every other object has gc_refs
 * NOT_COLLECTING, so "is young" is "is tracked" (gcNext !== null), and a young object
 * whose gc_refs is still NOT_COLLECTING has not been given its refcount yet: it gets it
 * on first touch — as the walk reaches it, or as a referent (then minus that one
 * reference). Each object's result is ob_refcnt minus its references from inside young,
 * as with the two walks; the walk reaches every young object, so none is left
 * NOT_COLLECTING for move_unreachable. This saves a whole walk over the heap.
 */
function updateAndSubtractRefs(list: GcHead): void {
  for (let g = list.gcNext; g !== list; g = g.gcNext!) {
    const o = g as PyObject;
    if (o.gcRefs === NOT_COLLECTING) o.gcRefs = o.rc;
    const t = o.type;
    if (t === listType || t === tupleType) {
      const it = (o as PyList | PyTuple).items;
      for (let i = it.length - 1; i >= 0; i--) {
        const h = it[i];
        if (h.gcNext === null) continue;
        const r = h.gcRefs;
        if (r > 0) h.gcRefs = r - 1;
        else if (r === NOT_COLLECTING) firstTouch(h);
        else if (r === 0) refAnomalies++;
      }
    } else o.traverse(visitDecrefLazy);
  }
}

/** visit_decref for updateAndSubtractRefs (see there). */
function visitDecrefLazy(h: HeapObject): void {
  if (h.gcNext === null) return;
  const r = h.gcRefs;
  if (r > 0) h.gcRefs = r - 1;
  else if (r === NOT_COLLECTING) firstTouch(h);
  else if (r === 0) refAnomalies++;
}

/** A young object first met as a referent: its refcount minus this reference. */
function firstTouch(h: HeapObject): void {
  const c = h.rc;
  if (c > 0) h.gcRefs = c - 1;
  else {
    // As update_refs then visit_decref on a count of 0 (a refcount bug) would leave it.
    h.gcRefs = 0;
    refAnomalies++;
  }
}

/**
 * What move_unreachable learnt on the way, so that later steps can skip walks of their
 * own (module-level: nothing allocated per collection beyond `dictCandidates` growth).
 *   - unreachableCount: objects on `unreachable` when the walk ends (set aside minus
 *     moved back) — gc_list_size(unreachable) without the walk, valid until something
 *     frees or moves an unreachable object (weakref handling, finalizers);
 *   - finalizerCandidates: objects set aside (some maybe moved back later: an
 *     over-count) that had a tp_finalize not yet run at that moment; 0 means
 *     finalize_garbage has nothing to do, as long as no Python code ran since (weakref
 *     callbacks could give a class a __del__);
 *   - survivors / dictCandidates: see moveUnreachable (its `untrack`).
 */
let unreachableCount = 0;
let finalizerCandidates = 0;
let survivors = 0;
const dictCandidates: PyDict[] = [];

/**
 * move_unreachable: walk `yng` in order; an object with gc_refs > 0 is reachable — its
 * referents become reachable too (moved back to the tail of `yng` if they had been set
 * aside) and its gc_refs is done with; one with 0 is set aside on `unreachable`
 * tentatively. The walk goes on to the (growing) end of `yng`.
 *
 * With `untrack` (the main pass, not handle_resurrected_objects'), untrack_tuples is
 * fused into the walk: the objects found reachable are exactly the final `yng`, and they
 * are reached in its final order (one moved back is appended at the tail and reached
 * there), so checking each exact tuple right after it is found reachable sees the same
 * tracked/untracked states as CPython's separate walk afterwards: earlier tuples already
 * decided, later ones still tracked, garbage still tracked. Exact dicts are only
 * collected into `dictCandidates` (in list order) for untrack_dicts, which must run after
 * every tuple is decided.
 */
function moveUnreachable(yng: GcHead, unreachable: GcHead, untrack: boolean): void {
  const saved = young;
  young = yng;
  movedBack = 0;
  let setAside = 0, fins = 0, kept = 0;
  let g = yng.gcNext;
  while (g !== yng) {
    const o = g as PyObject;
    if (o.gcRefs !== 0) {
      const t = o.type;
      if (t === listType || t === tupleType) {
        // Inline list_traverse/tuple_traverse with visit_reachable, items last to first
        // as their tp_traverse (the order of moves back is observable as list order).
        const it = (o as PyList | PyTuple).items;
        for (let i = it.length - 1; i >= 0; i--) {
          const h = it[i];
          const r = h.gcRefs;
          if (r === UNREACHABLE) {
            listMove(h, yng);
            h.gcRefs = 1;
            movedBack++;
          } else if (r === 0) {
            h.gcRefs = 1;
          }
        }
      } else o.traverse(visitReachable);
      o.gcRefs = NOT_COLLECTING;
      // Read after traversing: visitReachable may have appended objects behind o.
      g = o.gcNext!;
      if (untrack) {
        kept++;
        if (t === tupleType) {
          if (!tupleMayKeep(o as PyTuple)) {
            H.untrack(o);
            kept--;
          }
        } else if (t === dictType) dictCandidates.push(o as PyDict);
      }
    } else {
      // A run of consecutive objects with gc_refs 0 is set aside as one splice: setting
      // an object aside traverses nothing, so the gc_refs of the rest of the run cannot
      // change in between, and the order on `unreachable` is the one-by-one order.
      let last = o;
      for (;;) {
        last.gcRefs = UNREACHABLE;
        setAside++;
        if (!last.finalized && gcHooks.finalizer(last) !== null) fins++;
        const nx = last.gcNext!;
        if (nx === yng || (nx as HeapObject).gcRefs !== 0) break;
        last = nx as PyObject;
      }
      g = last.gcNext!;
      listMoveRun(o, last, unreachable);
    }
  }
  young = saved;
  unreachableCount = setAside - movedBack;
  finalizerCandidates = fins;
  if (untrack) survivors = kept;
}

/**
 * deduce_unreachable: update_refs, subtract_refs, move_unreachable. `allTracked`: `base`
 * holds every tracked object (see updateAndSubtractRefs).
 */
function deduceUnreachable(base: GcHead, unreachable: GcHead, untrack: boolean, allTracked: boolean): void {
  if (allTracked) updateAndSubtractRefs(base);
  else {
    updateRefs(base);
    subtractRefs(base);
  }
  moveUnreachable(base, unreachable, untrack);
}

/** _PyTuple_MaybeUntrack's test: some item may be tracked. */
function tupleMayKeep(t: PyTuple): boolean {
  const items = t.items;
  for (let i = 0; i < items.length; i++) if (mayBeTracked(items[i])) return true;
  return false;
}

/**
 * untrack_dicts (_PyDict_MaybeUntrack), full collections only, over the exact dicts that
 * move_unreachable found reachable (`dictCandidates`, in list order: all that CPython's
 * walk over the whole list would look at). Returns the dicts untracked; empties the array.
 */
function untrackDicts(): number {
  let untracked = 0;
  for (let j = 0; j < dictCandidates.length; j++) {
    const d = dictCandidates[j];
    let keep = false;
    for (let i = 0; i < d.ks.length && !keep; i++) {
      const k = d.ks[i];
      if (k !== null && (mayBeTracked(k) || mayBeTracked(d.vs[i]!))) keep = true;
    }
    if (!keep) {
      H.untrack(d);
      untracked++;
    }
  }
  dictCandidates.length = 0;
  return untracked;
}

/**
 * finalize_garbage: every object of the list whose tp_finalize has not run yet gets it
 * called once (PEP 442: FINALIZED is set first), kept alive during the call. An object
 * freed meanwhile has left the list by itself (Heap.dealloc untracks it).
 */
function finalizeGarbage(collectable: GcHead): number {
  let ran = 0;
  const seen = new GcHead();
  const obs = gcHooks.observer;
  while (!collectable.isEmpty()) {
    const o = collectable.gcNext as PyObject;
    listMove(o, seen);
    if (o.finalized) continue;
    const fin = gcHooks.finalizer(o);
    if (fin === null) continue;
    o.finalized = true;
    if (obs !== null) obs.finalizing(o);
    ran++;
    o.rc++;
    fin(o);
    H.decref(o);
  }
  listMerge(seen, collectable);
  return ran;
}

/**
 * handle_resurrected_objects: reachability again, within the unreachable set only; what
 * a finalizer made reachable from outside (and what that reaches) survives into `old`,
 * the rest is `stillUnreachable`.
 */
function handleResurrected(unreachable: GcHead, stillUnreachable: GcHead, old: GcHead): void {
  for (let g = unreachable.gcNext; g !== unreachable; g = g.gcNext!) (g as HeapObject).gcRefs = NOT_COLLECTING;
  deduceUnreachable(unreachable, stillUnreachable, false, false);
  const obs = gcHooks.observer;
  if (obs !== null && !unreachable.isEmpty()) obs.resurrected(toArray(unreachable));
  listMerge(unreachable, old);
}

/**
 * tp_clear: drops the references that can make cycles, leaving the object valid (and
 * empty) for its dealloc. Types without a tp_clear in CPython (tuples, bound methods,
 * generators, iterators, tracebacks...) are left alone: their cycles go through
 * something that has one.
 */
export function gcClear(o: PyObject): void {
  const a = o.attrs;
  // subtype_clear: an instance's __slots__ and attributes (or __dict__), then its base's
  // tp_clear below (a subclass of list, dict...).
  if (a instanceof InstanceAttrs) a.release(H);
  // An instance that is exactly a PyObject (a plain class's instance) is none of the
  // types below: nothing more to clear, without the instanceof chain.
  if (Object.getPrototypeOf(o) === PyObject.prototype) return;
  if (o instanceof PyList || o instanceof PySet || o instanceof PyCell || o instanceof PyFunction) o.clearContents(H);
  else if (o instanceof PyDict) o.clear();
  else if (o instanceof PyBaseException) o.clearContents(H);
  else if (o instanceof PyType) {
    // type_clear: caches invalidated, the MRO tuple (which holds the type itself) dropped;
    // the namespace dict is garbage too and clears itself.
    if (!o.heaptype) return;
    o.modified();
    const m = o.mroTuple;
    o.mroTuple = null;
    if (m !== null) H.decref(m);
  } else gcHooks.clearOther(o);
}

/**
 * delete_garbage: tp_clear each object (with DEBUG_SAVEALL: append it to gc.garbage
 * instead); refcounting frees the rest. One still alive after its clear moves to `old`.
 */
function deleteGarbage(collectable: GcHead, old: GcHead, saveAll: boolean): void {
  while (!collectable.isEmpty()) {
    const o = collectable.gcNext as PyObject;
    if (saveAll) {
      const gl = gcHooks.garbage;
      if (gl !== null && gl.rc > 0) {
        o.rc++;
        pyListAppend(gl, o);
      }
    } else {
      o.rc++;
      gcClear(o);
      H.decref(o);
    }
    if (collectable.gcNext === o) {
      o.gcRefs = NOT_COLLECTING;
      listMove(o, old);
    }
  }
}

function toArray(list: GcHead): PyObject[] {
  const out: PyObject[] = [];
  for (let g = list.gcNext; g !== list; g = g.gcNext!) out.push(g as PyObject);
  return out;
}

function hexAddr(o: PyObject): string {
  return '0x' + o.addr.toString(16);
}

/** A GC object's count of list members plus start-up objects counted by number. */
function genSize(st: GcState, i: number): number {
  return st.gens[i].head.size() + st.opaque[i];
}

/**
 * gc_collect_main: collects generation `generation` and the younger ones. Returns
 * [collected, uncollectable] (m, n); the caller sets `collecting`.
 */
export function collectMain(generation: number): [number, number] {
  const st = H.gc;
  const gens = st.gens;
  const debug = st.debug;
  let t1 = 0;
  if (debug & DEBUG_STATS) {
    gcHooks.writeStderr(`gc: collecting generation ${generation}...\n`);
    gcHooks.writeStderr(`gc: objects in each generation: ${genSize(st, 0)} ${genSize(st, 1)} ${genSize(st, 2)}\n`);
    gcHooks.writeStderr(`gc: objects in permanent generation: ${st.permanent.size() + st.opaquePermanent}\n`);
    t1 = performance.now();
  }

  // Counts (§3.4), then the younger generations join this one.
  if (generation + 1 < NUM_GENERATIONS) gens[generation + 1].count += 1;
  for (let i = 0; i <= generation; i++) gens[i].count = 0;
  let opaqueYoung = st.opaque[generation];
  for (let i = 0; i < generation; i++) {
    listMerge(gens[i].head, gens[generation].head);
    opaqueYoung += st.opaque[i];
    st.opaque[i] = 0;
  }
  st.opaque[generation] = 0;

  const yng = gens[generation].head;
  const old = generation < NUM_GENERATIONS - 1 ? gens[generation + 1].head : yng;
  const obs = gcHooks.observer;
  if (obs !== null) obs.start(generation, toArray(yng));

  const unreachable = new GcHead();
  // Also untrack_tuples, and the exact dicts for untrack_dicts (see moveUnreachable).
  deduceUnreachable(yng, unreachable, true, generation === NUM_GENERATIONS - 1 && st.permanent.isEmpty());

  // Survivors age by one generation.
  if (yng !== old) {
    if (generation === NUM_GENERATIONS - 2) st.longLivedPending += survivors + opaqueYoung;
    listMerge(yng, old);
    st.opaque[generation + 1] += opaqueYoung;
    dictCandidates.length = 0;
  } else {
    const dicts = untrackDicts();
    st.longLivedPending = 0;
    st.longLivedTotal = survivors - dicts + opaqueYoung;
    st.opaque[generation] = opaqueYoung;
  }

  // move_legacy_finalizers: no memsnake type has a legacy tp_del, so nothing is
  // uncollectable and `finalizers` stays empty.
  // The unreachable objects keep UNREACHABLE in gcRefs until handleResurrected: that is
  // how weakref handling tells garbage weakrefs (gc_is_collecting).
  const n = 0;
  if (obs !== null) obs.unreachable(toArray(unreachable));

  if (debug & DEBUG_COLLECTABLE) {
    for (let g = unreachable.gcNext; g !== unreachable; g = g.gcNext!) {
      const o = g as PyObject;
      gcHooks.writeStderr(`gc: collectable <${o.type.name} ${hexAddr(o)}>\n`);
    }
  }

  let m = 0;
  const hw = gcHooks.handleWeakrefs;
  const weakrefsHandled = hw !== null && weakrefObjectCount() > 0;
  if (weakrefsHandled) m += hw(unreachable, old);

  // finalize_garbage is skipped when moveUnreachable saw no garbage with a finalizer to
  // run and no Python code has run since (a weakref callback could have added a __del__).
  const finalizersRun = finalizerCandidates > 0 || weakrefsHandled ? finalizeGarbage(unreachable) : 0;
  // unreachableCount is gc_list_size(unreachable) while nothing has freed or moved any.
  const countKnown = finalizersRun === 0 && !weakrefsHandled && obs === null;

  const finalUnreachable = new GcHead();
  if (finalizersRun > 0 || obs !== null) handleResurrected(unreachable, finalUnreachable, old);
  else {
    // No finalizer ran, so nothing can have been resurrected (weakref callbacks cannot
    // reach garbage: handle_weakrefs only calls those of weakrefs that are not garbage,
    // whose callbacks are reachable from outside): CPython's second pass would find
    // exactly the same set, and is skipped.
    listMerge(unreachable, finalUnreachable);
  }

  m += countKnown ? unreachableCount : finalUnreachable.size();
  deleteGarbage(finalUnreachable, old, (debug & DEBUG_SAVEALL) !== 0);

  if (debug & DEBUG_STATS) {
    const d = (performance.now() - t1) / 1000;
    gcHooks.writeStderr(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${d.toFixed(4)}s elapsed\n`);
  }
  void DEBUG_UNCOLLECTABLE;

  // clear_freelists after a full collection. Tuples, lists and dicts go through
  // PyObject_GC_Del there, so they count down generation 0 (floats and key tables don't).
  if (generation === NUM_GENERATIONS - 1) {
    const fl = H.alloc.freeLists;
    let gcBlocks = fl.list.length + fl.dict.length;
    for (let i = 1; i < fl.tuple.length; i++) gcBlocks += fl.tuple[i].length;
    H.alloc.clearFreeLists();
    st.gen0.count = Math.max(0, st.gen0.count - gcBlocks);
  }

  const s = gens[generation];
  s.collections++;
  s.collected += m;
  s.uncollectable += n;
  if (obs !== null) obs.done(m, n);
  return [m, n];
}

/** invoke_gc_callback: every callable in gc.callbacks gets (phase, info). */
function invokeCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
  const cbs = gcHooks.callbacks;
  if (cbs === null || cbs.rc <= 0 || cbs.items.length === 0) return;
  const info = newDict();
  const put = (k: string, v: number): void => {
    const key = internStr(k), val = newInt(v);
    info.set(key, val);
    H.decref(key);
    H.decref(val);
  };
  put('generation', generation);
  put('collected', collected);
  put('uncollectable', uncollectable);
  const ph = newStr(phase);
  try {
    for (let i = 0; i < cbs.items.length; i++) {
      const cb = cbs.items[i];
      cb.rc++;
      try {
        H.decref(call(cb, [ph, info]));
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        gcHooks.unraisable(e.exc, 'while calling GC callback', cb);
        H.decref(e.exc);
      } finally {
        H.decref(cb);
      }
    }
  } finally {
    H.decref(ph);
    H.decref(info);
  }
}

/** gc_collect_with_callback: callbacks around one collection; returns n + m. */
export function collectWithCallback(generation: number): number {
  invokeCallbacks('start', generation, 0, 0);
  const [m, n] = collectMain(generation);
  invokeCallbacks('stop', generation, m, n);
  return n + m;
}

/** gc.collect(generation) / PyGC_Collect: 0 when a collection is already running. */
export function collect(generation: number, callbacks = true): number {
  const st = H.gc;
  if (st.collecting) return 0;
  st.collecting = true;
  try {
    if (callbacks) return collectWithCallback(generation);
    const [m, n] = collectMain(generation);
    return m + n;
  } finally {
    st.collecting = false;
  }
}

/**
 * gc_collect_generations, run from the allocation path when count0 passed the
 * threshold: the oldest generation whose count passed its threshold is collected (with
 * the younger ones), except that generation 2 waits while fewer than 25% of its
 * long-lived objects are new since the last full collection.
 */
export function collectGenerations(): void {
  const st = H.gc;
  if (st.collecting || !st.enabled || st.gen0.threshold === 0) return;
  st.collecting = true;
  try {
    const gens = st.gens;
    for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
      if (gens[i].count > gens[i].threshold) {
        if (i === NUM_GENERATIONS - 1 && st.longLivedPending < Math.floor(st.longLivedTotal / 4)) continue;
        collectWithCallback(i);
        break;
      }
    }
  } finally {
    st.collecting = false;
  }
}

/** gc.freeze(): every generation into the permanent one; generation 0's count zeroed. */
export function freeze(): void {
  const st = H.gc;
  for (let i = 0; i < NUM_GENERATIONS; i++) {
    listMerge(st.gens[i].head, st.permanent);
    st.opaquePermanent += st.opaque[i];
    st.opaque[i] = 0;
  }
  st.gen0.count = 0;
}

/** gc.unfreeze(): the permanent generation into the oldest. */
export function unfreeze(): void {
  const st = H.gc;
  listMerge(st.permanent, st.gens[NUM_GENERATIONS - 1].head);
  st.opaque[NUM_GENERATIONS - 1] += st.opaquePermanent;
  st.opaquePermanent = 0;
}

/** Tracked objects of generation i (or all, i = -1), in list order, gen 0 first. */
export function objectsOf(i: number, exclude: PyObject | null): PyObject[] {
  const st = H.gc;
  const out: PyObject[] = [];
  for (let k = 0; k < NUM_GENERATIONS; k++) {
    if (i >= 0 && k !== i) continue;
    const head = st.gens[k].head;
    for (let g = head.gcNext; g !== head; g = g.gcNext!) if (g !== exclude) out.push(g as PyObject);
  }
  return out;
}

/** The objects of the list that handle_weakrefs has work for: weakrefs, and referents. */
function* weakrefWork(list: GcHead): Generator<PyObject> {
  for (let g = list.gcNext; g !== list; g = g.gcNext!) {
    const o = g as PyObject;
    if (o instanceof PyWeakref || (o.weakrefs !== null && o.weakrefs.length > 0)) yield o;
  }
}

/**
 * handle_weakrefs through the weakref module (objects/weakref.ts): an object is garbage
 * while its gcRefs says UNREACHABLE; a weakref whose callback ran and which survived
 * moves to the older generation, as CPython's wrcb_to_call list hands it back.
 */
gcHooks.handleWeakrefs = (unreachable, old) =>
  handleWeakrefsForCollection(weakrefWork(unreachable), (o) => o.gcRefs === UNREACHABLE, (wr, freed) => {
    if (!freed && wr.gcNext !== null) listMove(wr, old);
  });

/** Installs the collector on the active heap (allocation-path trigger). */
export function installCollector(): void {
  H.gc.onDue = collectGenerations;
  H.gc.updateTrigger();
}


