/**
 * `:gc` and `:gc N`, worker side.
 *
 * `:gc` reads the collector's state (gc/state.ts) and changes nothing: no count moves, no
 * list is walked other than to measure it (GcHead.size).
 *
 * `:gc N` runs gc.collect(N) with an observer installed on gcHooks (gc/collect.ts) and
 * turns what it saw into the steps of gc_collect_main. Everything costly — sets of the
 * examined objects, the counting of internal references, the search for cycles — happens
 * here, inside the observer's callbacks, so a collection without `:gc N` (the benchmark,
 * gc.collect(), automatic collections) pays nothing: the collector only tests
 * `gcHooks.observer !== null`.
 */

import type { HeapObject } from '../heap/heap.js';
import { H, PyObject, PyRaise } from '../objects/object.js';
import { PyWeakref } from '../objects/weakref.js';
import { collect, gcHooks, type GcObserver } from '../gc/collect.js';
import { NUM_GENERATIONS, type GcState } from '../gc/state.js';
import type { InspectAccess } from '../interp/inspect-eval.js';
import type { GcObjectRef, GcResult, GcRunView, GcStateView, GcUnreachableInfo } from './gc-types.js';

/** Entries kept per list in a `:gc N` view (the counts beside them stay exact). */
export const GC_LIST_LIMIT = 200;
/** Objects the cycle search may visit in all: bounds it on huge garbage. */
const CYCLE_SEARCH_BUDGET = 200_000;

/** Serves `:gc` (empty arg) and `:gc N`; bad arguments come back as one line. */
export function runGcInspect(access: InspectAccess, arg: string): GcResult {
  const a = arg.trim();
  if (a === '') return gcStateView(access.heap.gc);
  if (!/^[0-2]$/.test(a)) {
    return { command: 'gc', error: `:gc takes a generation 0, 1 or 2 (collects generations 0..N), not '${a}'` };
  }
  return gcRun(access, Number(a));
}

/**
 * `:set threshold T0 [T1 [T2]]`: as gc.set_threshold (the generations not named keep
 * theirs), then the state view so `:gc` and gc.get_threshold() agree with it. Only
 * 0..2^31-1: gc.set_threshold takes a C int, and a negative threshold means nothing.
 */
export function setThresholdInspect(access: InspectAccess, arg: string): GcResult {
  const words = arg.trim().split(/\s+/).filter((w) => w !== '');
  const bad = words.find((w) => !/^\d+$/.test(w) || Number(w) > 0x7fffffff);
  if (words.length < 1 || words.length > 3 || bad !== undefined) {
    return { command: 'gc', error: `takes 1 to 3 whole numbers 0..2147483647 (T0 [T1 [T2]])${bad !== undefined ? `, not '${bad}'` : ''}` };
  }
  const st = access.heap.gc;
  words.forEach((w, i) => { st.gens[i].threshold = Number(w); });
  st.updateTrigger();
  return gcStateView(st);
}

function ref(o: PyObject): GcObjectRef {
  return { type: o.type.name, addr: o.addr };
}

/** The collector's state; read-only. */
export function gcStateView(st: GcState): GcStateView {
  const generations = st.gens.map((g, i) => ({
    generation: i,
    count: g.count,
    threshold: g.threshold,
    objects: g.head.size() + st.opaque[i],
    opaque: st.opaque[i],
    collections: g.collections,
    collected: g.collected,
    uncollectable: g.uncollectable,
  }));
  return {
    command: 'gc',
    enabled: st.enabled,
    generations,
    permanent: st.permanent.size() + st.opaquePermanent,
    longLivedPending: st.longLivedPending,
    longLivedTotal: st.longLivedTotal,
    nextTrigger: nextTrigger(st),
  };
}

/** gc_collect_generations' decision, told in advance (see gc/collect.ts collectGenerations). */
function nextTrigger(st: GcState): string[] {
  const [g0, g1, g2] = st.gens;
  if (!st.enabled) return ['automatic collection is off (gc.disable()): only gc.collect() or :gc N collect'];
  if (g0.threshold === 0) return ['threshold 0 of generation 0 turns automatic collection off (gc.set_threshold(0))'];
  const more = Math.max(1, g0.threshold - g0.count + 1);
  const out = [
    `the next automatic collection starts when generation 0's count passes ${g0.threshold}: ` +
      `after ${more} more allocation${more === 1 ? '' : 's'} of container objects (net of deallocations)`,
  ];
  // At that moment the oldest generation whose count passed its threshold is collected.
  const fullDue = g2.count > g2.threshold;
  const longLivedOk = st.longLivedPending >= Math.floor(st.longLivedTotal / 4);
  if (fullDue && longLivedOk) out.push(`it will be a full collection (generation 2's count ${g2.count} > ${g2.threshold})`);
  else if (g1.count > g1.threshold) {
    out.push(`it will collect generations 0..1 (generation 1's count ${g1.count} > ${g1.threshold})`);
  } else {
    const left = g1.threshold - g1.count + 1;
    out.push(`it will collect generation 0 only; generation 1 joins after ${left} more generation-0 collection${left === 1 ? '' : 's'}`);
  }
  if (fullDue && !longLivedOk) {
    out.push(
      `a full collection is held back by the long-lived rule: ${st.longLivedPending} new objects in generation 2 ` +
        `since the last one, fewer than 25% of ${st.longLivedTotal}`,
    );
  } else if (!fullDue) {
    const left = g2.threshold - g2.count + 1;
    const need = Math.floor(st.longLivedTotal / 4);
    out.push(
      `a full collection needs ${left} more generation-1 collection${left === 1 ? '' : 's'}, and then ` +
        `${need} new long-lived objects in generation 2 (25% of the ${st.longLivedTotal} the last full collection left; ` +
        `${st.longLivedPending} so far${longLivedOk ? ': met' : ''})`,
    );
  }
  return out;
}

/** What the observer records during one collection (only while `:gc N` runs). */
class Recorder {
  young: PyObject[] = [];
  internal = new Map<PyObject, number>();
  internalRefs = 0;
  externallyReferenced = 0;
  refcountAtStart = new Map<PyObject, number>();
  unreachable: PyObject[] = [];
  heldBy = new Map<PyObject, PyObject[]>();
  weakrefsOf = new Map<PyObject, number>();
  weakrefsCleared = 0;
  cycles: GcObjectRef[][] = [];
  cyclesCount = 0;
  survivors = 0;
  untracked = 0;
  finalized: PyObject[] = [];
  resurrected: PyObject[] = [];
  collected = 0;
  uncollectable = 0;

  start(_generation: number, young: readonly PyObject[]): void {
    // Before update_refs: the counts are intact, so gc_refs can be computed here on the
    // side — refcount minus the references coming from examined objects.
    this.young = [...young];
    const set = new Set<PyObject>(young);
    for (const o of young) {
      this.internal.set(o, 0);
      this.refcountAtStart.set(o, o.rc);
    }
    for (const o of young) {
      (o as HeapObject).traverse((h) => {
        const t = h as PyObject;
        if (set.has(t)) {
          this.internal.set(t, this.internal.get(t)! + 1);
          this.internalRefs++;
        }
      });
    }
    for (const o of young) if (o.rc - this.internal.get(o)! > 0) this.externallyReferenced++;
  }

  unreachable_(objs: readonly PyObject[]): void {
    this.unreachable = [...objs];
    const set = new Set<PyObject>(objs);
    for (const o of objs) this.heldBy.set(o, []);
    for (const o of objs) {
      (o as HeapObject).traverse((h) => {
        const t = h as PyObject;
        if (set.has(t)) this.heldBy.get(t)!.push(o);
      });
      // handle_weakrefs clears every weakref to an unreachable object, and unreachable
      // weakrefs themselves.
      const n = o.weakrefs === null ? 0 : o.weakrefs.length;
      this.weakrefsOf.set(o, n);
      this.weakrefsCleared += n;
      if (o instanceof PyWeakref && o.referent !== null && !set.has(o.referent)) this.weakrefsCleared++;
    }
    this.findCycles(objs, set);
    // Survivors have been merged into the older generation by now; a tuple (or, in a full
    // collection, a dict) the collector stopped tracking has left every list.
    for (const o of this.young) {
      if (set.has(o)) continue;
      if (o.gcNext !== null) this.survivors++;
      else this.untracked++;
    }
  }

  /**
   * Cycles among the unreachable objects: from each object not yet on a drawn cycle, a
   * breadth-first search along traverse edges inside the unreachable set for the shortest
   * way back to it. Objects on no cycle are garbage because a cycle holds them.
   */
  private findCycles(objs: readonly PyObject[], set: Set<PyObject>): void {
    const onCycle = new Set<PyObject>();
    let budget = CYCLE_SEARCH_BUDGET;
    for (const s of objs) {
      if (onCycle.has(s) || budget <= 0) continue;
      const parent = new Map<PyObject, PyObject>();
      const queue: PyObject[] = [s];
      let found: PyObject | null = null;
      for (let qi = 0; qi < queue.length && found === null && budget > 0; qi++, budget--) {
        const o = queue[qi];
        (o as HeapObject).traverse((h) => {
          const t = h as PyObject;
          if (found !== null || !set.has(t)) return;
          if (t === s) found = o;
          else if (!parent.has(t)) {
            parent.set(t, o);
            queue.push(t);
          }
        });
      }
      if (found === null) continue;
      const path: PyObject[] = [];
      for (let o: PyObject | undefined = found; o !== undefined && o !== s; o = parent.get(o)) path.push(o);
      path.push(s);
      path.reverse();
      for (const o of path) onCycle.add(o);
      this.cyclesCount++;
      if (this.cycles.length < GC_LIST_LIMIT) this.cycles.push([...path, s].map(ref));
    }
  }

  finalizing(o: PyObject): void {
    this.finalized.push(o);
  }

  resurrected_(objs: readonly PyObject[]): void {
    this.resurrected.push(...objs);
  }

  done(collected: number, uncollectable: number): void {
    this.collected = collected;
    this.uncollectable = uncollectable;
  }

  /** The observer as gc/collect.ts calls it (names that do not clash with the fields). */
  hooks(): GcObserver {
    return {
      start: (g, y) => this.start(g, y),
      unreachable: (objs) => this.unreachable_(objs),
      finalizing: (o) => this.finalizing(o),
      resurrected: (objs) => this.resurrected_(objs),
      done: (m, n) => this.done(m, n),
    };
  }
}

/** `:gc N`: collects generations 0..N (this changes state, as gc.collect(N) does). */
function gcRun(access: InspectAccess, generation: number): GcResult {
  const heap = access.heap;
  const st = heap.gc;
  if (st.collecting) return { command: 'gc', error: 'a collection is already running' };
  let examinedOpaque = 0;
  for (let i = 0; i <= generation; i++) examinedOpaque += st.opaque[i];
  const rec = new Recorder();
  const previous = gcHooks.observer;
  const freedBefore = heap.deallocCount;
  gcHooks.observer = rec.hooks();
  try {
    collect(generation);
  } catch (e) {
    // Python code (finalizers, callbacks) reports its own errors as unraisable; anything
    // reaching here is a signal such as KeyboardInterrupt.
    if (e instanceof PyRaise) {
      H.decref(e.exc);
      return { command: 'gc', error: 'the collection was interrupted' };
    }
    throw e;
  } finally {
    gcHooks.observer = previous;
  }
  const unreachable: GcUnreachableInfo[] = rec.unreachable.slice(0, GC_LIST_LIMIT).map((o) => {
    const refcount = rec.refcountAtStart.get(o) ?? o.rc;
    return {
      ...ref(o),
      refcount,
      internal: rec.internal.get(o) ?? 0,
      heldBy: (rec.heldBy.get(o) ?? []).map(ref),
      weakrefs: rec.weakrefsOf.get(o) ?? 0,
      freed: o.rc === 0,
    };
  });
  const view: GcRunView = {
    command: 'gc',
    generation,
    collected: rec.collected,
    uncollectable: rec.uncollectable,
    examined: rec.young.length,
    examinedOpaque,
    internalRefs: rec.internalRefs,
    externallyReferenced: rec.externallyReferenced,
    unreachableCount: rec.unreachable.length,
    unreachable,
    cycles: rec.cycles,
    cyclesCount: rec.cyclesCount,
    finalized: rec.finalized.slice(0, GC_LIST_LIMIT).map(ref),
    resurrected: rec.resurrected.slice(0, GC_LIST_LIMIT).map(ref),
    weakrefsCleared: rec.weakrefsCleared,
    freed: heap.deallocCount - freedBefore,
    survivors: rec.survivors + rec.resurrected.length,
    untracked: rec.untracked,
    movedTo: Math.min(generation + 1, NUM_GENERATIONS - 1),
    after: gcStateView(st),
    listLimit: GC_LIST_LIMIT,
  };
  // Drop the recorder's references to objects (JS ones only; no counts were taken).
  rec.young = [];
  return view;
}
