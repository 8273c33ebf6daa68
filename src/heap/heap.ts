/**
 * The simulated heap: reference counts, deallocation, and the allocator behind addresses.
 *
 * What it simulates. In CPython every object carries `ob_refcnt`; `Py_INCREF` adds one,
 * `Py_DECREF` subtracts one and, at zero, calls the type's `tp_dealloc`, which releases
 * what the object holds (cascading) and returns its memory to pymalloc. memsnake does the
 * same with JS objects that implement `HeapObject`: `rc` is `ob_refcnt`, `addr` is the
 * simulated address `id()` returns, `dealloc()` is `tp_dealloc`.
 *
 * The ownership discipline (CPython's own, used in every file of memsnake):
 *   - A function that returns a PyObject returns a NEW reference unless its doc comment
 *     says "borrowed". The caller owns it: it must store it (the reference moves into the
 *     container, slot or binding) or release it with `decref`.
 *   - Arguments are BORROWED unless the doc comment says "steals": the callee increfs what
 *     it wants to keep.
 *   - Every owned temporary that must survive a call which may raise lives on the
 *     interpreter's value stack (interp/), so that unwinding releases it; the invariant
 *     checker counts value-stack entries as roots.
 *
 * Deallocation never recurses without bound. CPython's "trashcan" lets container deallocs
 * nest 50 deep (_PyTrash_UNWIND_LEVEL) and then defers further ones to a pending list that
 * is drained when the outermost dealloc returns. `decref` below does exactly that, so a
 * 1,000,000-node linked list frees iteratively, with CPython's order for shallow chains.
 *
 * The heap knows no Python type: objects/ implements HeapObject. Start reading at
 * `decref`.
 */

import { Allocator } from './allocator.js';
import { GcState } from '../gc/state.js';
import { listAppend, listRemove, type GcLink } from '../gc/list.js';
import type { EventTracer } from './event-trace.js';

/** What the heap needs from an object. objects/ implements it for every Python type. */
export interface HeapObject {
  /** ob_refcnt. */
  rc: number;
  /** Simulated address of the object (what `id()` returns); 0 while not allocated. */
  addr: number;
  /**
   * tp_dealloc: release every reference the object holds and free its memory
   * (`heap.freeBlock`). Called exactly once, when `rc` reaches 0, unless the object
   * resurrects itself (its `__del__` stored a new reference): then it returns false and
   * keeps its memory.
   */
  dealloc(heap: Heap): boolean | void;
  /** tp_traverse: visit every object this one holds a counted reference to. */
  traverse(visit: (o: HeapObject) => void): void;
  /**
   * When the object was put on the collector's list (`Heap.track`); 0 while untracked.
   * CPython's generation lists keep objects in tracking order, and that order decides
   * the order of finalizers at shutdown (interp/shutdown.ts). Only GC-capable types'
   * values mean anything.
   */
  gcSeq: number;
  /**
   * The collector's intrusive list links (gc/list.ts): both null while untracked. Only
   * GC-capable objects are ever linked.
   */
  gcPrev: GcLink | null;
  gcNext: GcLink | null;
  /**
   * gc_refs during a collection (gc/collect.ts); NOT_COLLECTING (-1) at all other times.
   */
  gcRefs: number;
}

/** _PyTrash_UNWIND_LEVEL: nesting of deallocs before further ones are deferred. */
const TRASH_UNWIND_LEVEL = 50;

export class MemoryErrorSignal {
  constructor(readonly requested: number) {}
}

export class Heap {
  readonly alloc: Allocator;
  /** Current dealloc nesting (the trashcan's delete_nesting). */
  private deleteNesting = 0;
  /** Deferred deallocations (the trashcan's pending list); drained LIFO like CPython's. */
  private pending: HeapObject[] = [];
  /** Whether each pending object was tracked before it died (to re-track a resurrected one). */
  private pendingTracked: boolean[] = [];
  /** Live objects, for the invariant checker and (later) the inspectors. */
  // A set of objects, not a map by address: V8 hashes the (non-Smi) address numbers of
  // one pool so badly that a map made checked runs ~10x slower.
  readonly live = new Set<HeapObject>();
  /** When set, every allocation and free is recorded for `live` (tests, inspectors). */
  trackLive: boolean;
  /** Objects that are currently being deallocated or were deallocated; debugging aid. */
  deallocCount = 0;
  /**
   * The cyclic collector's generations and counts (gc/state.ts). The heap keeps the
   * lists and generation 0's count as objects are allocated, tracked and freed; the
   * collection itself is gc/collect.ts.
   */
  readonly gc = new GcState();
  /** Called after a dealloc cascade completes (the interpreter runs pending finalizer work). */
  onIdle: (() => void) | null = null;
  /** `:trace` / `--trace` (event-trace.ts); null when off: one check per hook. */
  events: EventTracer | null = null;

  constructor(maxHeap: number, trackLive = false) {
    this.alloc = new Allocator(maxHeap);
    this.trackLive = trackLive;
  }

  /**
   * Allocates `size` bytes for `obj` with `presize` bytes of header before the object
   * (16 for the GC header, 32 with a managed-dict pre-header) and sets `obj.addr`.
   * Throws MemoryErrorSignal past --max-heap.
   */
  allocate(obj: HeapObject, size: number, presize: number): void {
    const block = this.alloc.malloc(size);
    obj.addr = block + presize;
    if (this.trackLive) this.live.add(obj);
    if (presize !== 0) {
      // A block with a GC header (presize 16 or 32) is a GC-capable object: _PyObject_GC_Link
      // counts it and, past the threshold, collects right here, before the new object is
      // initialised or tracked (cpython-memory-model.md §3.4). One compare when nothing is
      // due: `trigger` is Infinity while automatic collection is off.
      const g = this.gc;
      if (++g.gen0.count > g.trigger) g.due();
      // Most GC types are tracked as they are allocated (PyType_GenericAlloc, PyList_New...);
      // the few that start untracked (an exact dict, a running frame's object) call
      // `untrack` at once and `track` later.
      this.track(obj);
    }
    if (this.events !== null) this.events.onAlloc(obj, size, false);
  }

  /** Tracking order so far (see HeapObject.gcSeq). */
  private gcClock = 0;

  /**
   * _PyObject_GC_TRACK: links a GC-capable object (never call it for others) at the tail
   * of generation 0. Nothing when it is tracked already.
   */
  track(obj: HeapObject): void {
    if (obj.gcNext !== null) return;
    obj.gcSeq = ++this.gcClock;
    listAppend(obj, this.gc.gen0.head);
  }

  /** _PyObject_GC_UNTRACK: leaves whatever collector list holds the object. */
  untrack(obj: HeapObject): void {
    if (obj.gcNext === null) return;
    listRemove(obj);
    obj.gcSeq = 0;
  }

  /** Returns the object's block to the allocator (called from the object's dealloc). */
  freeBlock(obj: HeapObject, presize: number): void {
    if (this.events !== null) this.events.onFree(obj, false);
    if (this.trackLive) this.live.delete(obj);
    if (presize !== 0) {
      // PyObject_GC_Del: one GC object fewer since the last collection of generation 0.
      if (obj.gcNext !== null) this.untrack(obj);
      if (this.gc.gen0.count > 0) this.gc.gen0.count--;
    }
    this.alloc.free(obj.addr - presize);
    this.deallocCount++;
  }

  /**
   * Py_DECREF. At zero the object is deallocated; nested deallocations deeper than
   * TRASH_UNWIND_LEVEL are deferred to the pending list and run when the outermost
   * dealloc returns, so freeing never overflows the JS stack.
   */
  decref(o: HeapObject): void {
    const rc = --o.rc;
    if (this.events !== null) this.events.onDecref(o);
    if (rc !== 0) return;
    this.dealloc(o);
  }

  /**
   * Deallocates an object whose count just reached zero. Every tp_dealloc of a GC type
   * begins with PyObject_GC_UnTrack, so a dying object (or one waiting on the trashcan's
   * list) is never on a collector list; one its finalizer resurrected is tracked again
   * (subtype_dealloc and gen_dealloc re-track before calling the finalizer).
   */
  dealloc(o: HeapObject): void {
    const wasTracked = o.gcNext !== null;
    if (wasTracked) this.untrack(o);
    if (this.deleteNesting >= TRASH_UNWIND_LEVEL) {
      this.pending.push(o);
      this.pendingTracked.push(wasTracked);
      return;
    }
    this.deleteNesting++;
    try {
      if (o.dealloc(this) === false && wasTracked) this.track(o);
    } finally {
      this.deleteNesting--;
    }
    if (this.deleteNesting === 0 && this.pending.length > 0) this.drainPending();
  }

  private drainPending(): void {
    // Invariant: deleteNesting === 0 here; each pending object has rc 0 and is not yet
    // deallocated. Deallocating one may push more.
    while (this.pending.length > 0) {
      const o = this.pending.pop()!;
      const wasTracked = this.pendingTracked.pop()!;
      this.deleteNesting++;
      try {
        if (o.dealloc(this) === false && wasTracked) this.track(o);
      } finally {
        this.deleteNesting--;
      }
    }
  }

  /** Bytes in use in the simulated heap (pymalloc arenas plus raw allocations). */
  get bytesInUse(): number {
    return this.alloc.bytesInUse;
  }
}
