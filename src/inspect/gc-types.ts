/**
 * The plain data of `:gc` and `:gc N` (built in the worker by inspect/gc-view.ts, shown by
 * repl/render-gc.ts or printed as one JSON object with --json). Kept apart from
 * inspect/types.ts so the collector's inspector does not grow the allocator's file.
 * Structured-clone and JSON safe; addresses are numbers (renderers show them in hex).
 */

/** One generation as gc.get_count(), gc.get_threshold() and gc.get_stats() see it. */
export interface GcGenerationInfo {
  generation: number;
  count: number;
  threshold: number;
  /** Objects on its list, start-up objects counted by number included (`opaque` of them). */
  objects: number;
  opaque: number;
  /** gc.get_stats()[generation]. */
  collections: number;
  collected: number;
  uncollectable: number;
}

/** `:gc`: the collector's state, read-only. */
export interface GcStateView {
  command: 'gc';
  enabled: boolean;
  generations: GcGenerationInfo[];
  /** gc.get_freeze_count(). */
  permanent: number;
  /** The long-lived rule for full collections (gcmodule.c long_lived_pending / long_lived_total). */
  longLivedPending: number;
  longLivedTotal: number;
  /** What starts the next automatic collection, one sentence per line. */
  nextTrigger: string[];
}

/** An object named in the explanation: `type@0xaddr`. */
export interface GcObjectRef {
  type: string;
  addr: number;
}

/**
 * One unreachable object and why: every reference to it (`refcount`) comes from inside the
 * examined objects (`internal` of them, so `external` is 0), and no object with an outside
 * reference reaches it. `heldBy`: the unreachable objects that reference it.
 */
export interface GcUnreachableInfo extends GcObjectRef {
  refcount: number;
  internal: number;
  heldBy: GcObjectRef[];
  /** Weak references to it that the collection clears. */
  weakrefs: number;
  /** Freed by the end of the collection (false: a finalizer resurrected it). */
  freed: boolean;
}

/** `:gc N`: one collection of generations 0..N, step by step (from gcHooks.observer). */
export interface GcRunView {
  command: 'gc';
  generation: number;
  /** gc.collect(N)'s return value. */
  collected: number;
  uncollectable: number;
  /** Step 1: objects examined (generations 0..N merged), and start-up objects counted by number. */
  examined: number;
  examinedOpaque: number;
  /** Step 2 (update_refs, subtract_refs): references from examined objects to examined objects. */
  internalRefs: number;
  /** Objects with references from outside the examined set: the roots of the reachable walk. */
  externallyReferenced: number;
  /** Step 3 (move_unreachable). Capped at `listLimit` entries; `unreachableCount` is the total. */
  unreachableCount: number;
  unreachable: GcUnreachableInfo[];
  /** Cycles among the unreachable objects, each closed (first element repeated at the end). */
  cycles: GcObjectRef[][];
  cyclesCount: number;
  /** Step 4: finalizers (__del__) run, in order; objects they resurrected. */
  finalized: GcObjectRef[];
  resurrected: GcObjectRef[];
  /** Step 5: weak references cleared (to unreachable objects, or unreachable themselves). */
  weakrefsCleared: number;
  /** Step 6: objects freed during the collection (deallocations, untracked objects included). */
  freed: number;
  /** Step 7: survivors moved to the next generation (or kept in the oldest). */
  survivors: number;
  /** Tuples that the collector stopped tracking (untrack_tuples / untrack_dicts). */
  untracked: number;
  movedTo: number;
  /** The state after the collection. */
  after: GcStateView;
  listLimit: number;
}

export interface GcError {
  command: 'gc';
  error: string;
}

export type GcResult = GcStateView | GcRunView | GcError;
