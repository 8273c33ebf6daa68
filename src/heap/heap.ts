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
  /** Live objects, for the invariant checker and (later) the inspectors. */
  // A set of objects, not a map by address: V8 hashes the (non-Smi) address numbers of
  // one pool so badly that a map made checked runs ~10x slower.
  readonly live = new Set<HeapObject>();
  /** When set, every allocation and free is recorded for `live` (tests, inspectors). */
  trackLive: boolean;
  /** Objects that are currently being deallocated or were deallocated; debugging aid. */
  deallocCount = 0;
  /** Called after a dealloc cascade completes (the interpreter runs pending finalizer work). */
  onIdle: (() => void) | null = null;

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
    // Most GC types are tracked as they are allocated (PyType_GenericAlloc, PyList_New...);
    // the few that start untracked (an exact dict) reset this to 0 and call `track` later.
    obj.gcSeq = ++this.gcClock;
    if (this.trackLive) this.live.add(obj);
  }

  /** Tracking order so far (see HeapObject.gcSeq). */
  private gcClock = 0;

  /** _PyObject_GC_TRACK for an object allocated untracked: it joins the list's tail now. */
  track(obj: HeapObject): void {
    if (obj.gcSeq === 0) obj.gcSeq = ++this.gcClock;
  }

  /** Returns the object's block to the allocator (called from the object's dealloc). */
  freeBlock(obj: HeapObject, presize: number): void {
    if (this.trackLive) this.live.delete(obj);
    this.alloc.free(obj.addr - presize);
    this.deallocCount++;
  }

  /**
   * Py_DECREF. At zero the object is deallocated; nested deallocations deeper than
   * TRASH_UNWIND_LEVEL are deferred to the pending list and run when the outermost
   * dealloc returns, so freeing never overflows the JS stack.
   */
  decref(o: HeapObject): void {
    if (--o.rc !== 0) return;
    this.dealloc(o);
  }

  /** Deallocates an object whose count just reached zero. */
  dealloc(o: HeapObject): void {
    if (this.deleteNesting >= TRASH_UNWIND_LEVEL) {
      this.pending.push(o);
      return;
    }
    this.deleteNesting++;
    try {
      o.dealloc(this);
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
      this.deleteNesting++;
      try {
        o.dealloc(this);
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
