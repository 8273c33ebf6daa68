/**
 * The free lists of CPython 3.11 (Include/internal/pycore_*.h): dead objects of a few
 * hot types parked whole, so the next object of that type takes their memory without
 * asking pymalloc. What is parked here is the dead object's *block* (its address; the JS
 * object is dropped): a parked block stays "used" for the allocator, and the invariant
 * checker counts it as owned by the free list (heap/check.ts, architecture.md §3).
 *
 * Invariants:
 *   - every parked block is a used allocator block of the list's request size, owned by no
 *     live object, and appears on exactly one list, once;
 *   - a list never holds more than its capacity; when full, the dying object's block is
 *     freed to pymalloc instead;
 *   - reuse is LIFO (CPython's lists are stacks or singly linked through the dead object),
 *     so the most recently parked block is the next one handed out.
 *
 * Capacities and rules (cpython-memory-model.md §6.2): float 100; tuple 2000 per length
 * for lengths 1..20, but only lengths 1..19 are ever taken back (3.11's
 * PyTuple_MAXSAVESIZE is 20 while the push side accepts index 19 too); list 80 (header
 * only; the item array is always freed); dict 80; dict keys 80, only for 8-slot
 * str-keys tables. A full (generation 2) collection empties every list
 * (Allocator.clearFreeLists).
 *
 * Taking from or parking on a free list is neither a pymalloc allocation nor a free, and
 * (for the collector's issue) does not change gc.get_count(): gc_alloc is bypassed.
 */

import type { Heap, HeapObject } from './heap.js';

export class FreeList {
  /** Parked blocks (block addresses, GC header included); the last one is reused first. */
  readonly blocks: number[] = [];

  constructor(
    /** Short name (snapshots, inspectors): 'float', 'tuple[3]', 'list', 'dict', 'dict keys'. */
    readonly name: string,
    /** What `_debugmallocstats` calls it ('PyFloatObject', '3-sized PyTupleObject'); '' when not printed. */
    readonly statsName: string,
    readonly capacity: number,
    /** Bytes asked of the allocator for one such object (GC header included). */
    readonly request: number,
    /** The size `_debugmallocstats` prints per entry (the C struct, no GC header). */
    readonly statsSize: number,
  ) {}

  get length(): number {
    return this.blocks.length;
  }

  /** Pops the most recently parked block; 0 when the list is empty. */
  take(): number {
    const b = this.blocks;
    return b.length > 0 ? b.pop()! : 0;
  }

  /** Parks a dead object's block; false when the list is full (the caller frees it). */
  park(block: number): boolean {
    const b = this.blocks;
    if (b.length >= this.capacity) return false;
    b.push(block);
    return true;
  }
}

/** FreeLists.save(): each list's blocks, in FreeLists.all() order (copies). */
export type FreeListsState = readonly (readonly number[])[];

/** PyTuple_NFREELISTS: tuples of length 1..20 are parked. */
export const TUPLE_FREELISTS = 20;
/** PyTuple_MAXSAVESIZE: only lengths below 20 are taken back. */
export const TUPLE_MAXSAVESIZE = 20;

/**
 * The free lists of one interpreter. Start-up state: what a fresh `python3 script.py`
 * has when the script's first line runs (measured on 3.11.7 with _debugmallocstats and
 * sys.getallocatedblocks: the interpreter's own start-up and the compilation of a small
 * script leave these behind).
 */
export class FreeLists {
  readonly float = new FreeList('float', 'PyFloatObject', 100, 24, 24);
  /** tuple[n] for n = 1..20; tuple[0] is unused (the empty tuple is a singleton). */
  readonly tuple: FreeList[] = [];
  readonly list = new FreeList('list', 'PyListObject', 80, 56, 40);
  readonly dict = new FreeList('dict', 'PyDictObject', 80, 64, 48);
  /** 8-slot str-keys tables: 32 + 8 index bytes + 5 entries of 16 bytes = 120. */
  readonly dictKeys = new FreeList('dict keys', '', 80, 120, 120);

  constructor() {
    this.tuple.push(new FreeList('tuple[0]', '', 0, 0, 0));
    for (let n = 1; n <= TUPLE_FREELISTS; n++) {
      this.tuple.push(new FreeList(`tuple[${n}]`, `${n}-sized PyTupleObject`, 2000, 16 + 24 + 8 * n, 24 + 8 * n));
    }
  }

  /** Every list, in the order `_debugmallocstats` and snapshots show them. */
  all(): FreeList[] {
    return [this.dict, this.float, this.list, ...this.tuple.slice(1), this.dictKeys];
  }

  /** A copy of every list's parked blocks, in order (Allocator.checkpoint). */
  save(): FreeListsState {
    return this.all().map((l) => l.blocks.slice());
  }

  /** Puts back what save() copied: the same blocks in the same order (Allocator.restore). */
  restore(saved: FreeListsState): void {
    const lists = this.all();
    for (let i = 0; i < lists.length; i++) {
      const blocks = lists[i].blocks, from = saved[i];
      blocks.length = from.length;
      for (let j = 0; j < from.length; j++) blocks[j] = from[j];
    }
  }

  /**
   * Entries parked when the heap is created: CPython's when a script's first line runs
   * [M 3.11.7; cpython-memory-model.md §6.2; dict keys measured with
   * sys.getallocatedblocks], plus what memsnake's own start-up takes from them before
   * the script runs (2 dicts: the builtins and `__main__` namespaces, and the 8-slot keys
   * table of `__main__`'s, which CPython made before its free lists filled). test/unit/heap/mallocstats.test.ts checks the result.
   */
  static readonly STARTUP = {
    float: 4,
    list: 40,
    dict: 8 + 2,
    dictKeys: 71 + 1,
    /** By length 1..20. */
    tuple: [4, 8, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6],
  };
}

/**
 * Heap.allocate through a free list: gives `obj` the most recently parked block of `fl`
 * (its address is the block plus `presize`) and returns true; false when `fl` is empty
 * (the caller then allocates). Tracking order and live-set bookkeeping as allocate.
 */
export function allocFromFreeList(heap: Heap, obj: HeapObject, fl: FreeList, presize: number): boolean {
  const block = fl.take();
  if (block === 0) return false;
  obj.addr = block + presize;
  // A GC object (presize 16) joins generation 0 as heap.allocate's do; a float never.
  if (presize !== 0) heap.track(obj);
  if (heap.trackLive) heap.live.add(obj);
  if (heap.events !== null) heap.events.onAlloc(obj, fl.request, true);
  return true;
}

/**
 * Heap.freeBlock through a free list: the dead object's block is parked on `fl`, or freed
 * to the allocator when `fl` is full. Call it last in the object's dealloc, after its
 * contents were released (CPython's order: tupledealloc, list_dealloc, dict_dealloc).
 */
export function freeToFreeList(heap: Heap, obj: HeapObject, fl: FreeList, presize: number): void {
  if (fl.park(obj.addr - presize)) {
    if (heap.events !== null) heap.events.onFree(obj, true);
    if (heap.trackLive) heap.live.delete(obj);
    heap.deallocCount++;
  } else {
    heap.freeBlock(obj, presize);
  }
}
