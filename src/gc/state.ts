/**
 * The collector's state (GCState of Modules/gcmodule.c, 3.11): three generations, each a
 * list with a count and a threshold, the permanent generation of gc.freeze(), the
 * long-lived bookkeeping of the full-collection rule, and the switches of the gc module.
 *
 * Counts (cpython-memory-model.md §3.3):
 *   - gen[0].count: GC-capable allocations minus GC-capable deallocations since generation
 *     0 was last collected, never below 0 (heap/heap.ts keeps it: `allocate` and
 *     `freeBlock` of a block with a GC header; free-list reuse moves nothing);
 *   - gen[1].count: generation-0 collections since generation 1 was last collected;
 *   - gen[2].count: generation-1 collections since generation 2 was last collected.
 *
 * `trigger` folds every reason not to collect into one number, so the allocation path
 * pays a single compare: it is gen[0].threshold while the collector is enabled and that
 * threshold is not 0, else Infinity (updateTrigger keeps it so).
 *
 * `opaque[i]` counts start-up objects that memsnake represents by number only (the
 * ~10,900 objects CPython's start-up leaves in generation 2: profile.ts). They are never
 * garbage; they count wherever a list length is shown or weighed (DEBUG_STATS, the
 * long-lived rule, freeze).
 *
 * This module knows no Python type: heap/heap.ts owns one GcState.
 */

import { GcHead } from './list.js';

export const NUM_GENERATIONS = 3;

export class Generation {
  readonly head = new GcHead();
  count = 0;
  /** Statistics since the interpreter started (gc.get_stats()). */
  collections = 0;
  collected = 0;
  uncollectable = 0;
  constructor(public threshold: number) {}
}

/** Debug flags (gc.DEBUG_*). */
export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

export class GcState {
  readonly gens: Generation[] = [new Generation(700), new Generation(10), new Generation(10)];
  /** gens[0], the one the allocation path touches. */
  readonly gen0 = this.gens[0];
  readonly permanent = new GcHead();
  /** See the file comment. */
  trigger = 700;
  enabled = true;
  /** Re-entrancy guard: a collection is running. */
  collecting = false;
  debug = 0;
  longLivedTotal = 0;
  longLivedPending = 0;
  /** Start-up objects counted but not materialised, per generation (file comment). */
  readonly opaque = [0, 0, 0];
  opaquePermanent = 0;
  /** Runs due collections (gc/collect.ts installs it); called when count0 > trigger. */
  onDue: (() => void) | null = null;

  /** Recomputes `trigger` after enabled or threshold 0 changed. */
  updateTrigger(): void {
    const t = this.gen0.threshold;
    this.trigger = this.enabled && t !== 0 ? t : Infinity;
  }

  /** The allocation path's slow branch: count0 passed the trigger. */
  due(): void {
    if (this.collecting || this.onDue === null) return;
    this.onDue();
  }
}
