/**
 * range objects. Mirrors Objects/rangeobject.c, 3.11: a range holds references to four
 * ints (start, stop, step and the precomputed length), is 48 bytes and not a GC type.
 * Arithmetic is exact for any int size; iteration hands out a range_iterator.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject } from './object.js';
import { PyInt, newInt } from './int.js';
import { rangeType } from './typeobjects.js';

export class PyRange extends PyObject {
  constructor(public start: PyInt, public stop: PyInt, public step: PyInt, public length: PyInt) {
    super(rangeType);
  }
  override clearContents(heap: Heap): void {
    heap.decref(this.start);
    heap.decref(this.stop);
    heap.decref(this.step);
    heap.decref(this.length);
  }
  /**
   * Not a GC type, so CPython has no tp_traverse here; the references are visited anyway
   * because the heap checker counts references through traverse (the collector only
   * traverses tracked objects, and ints are never tracked).
   */
  override traverse(visit: (o: HeapObject) => void): void {
    visit(this.start);
    visit(this.stop);
    visit(this.step);
    visit(this.length);
  }
}

/** compute_range_length. */
export function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

/** A new range; steals start, stop and step (already index-converted ints). */
export function newRange(start: PyInt, stop: PyInt, step: PyInt): PyRange {
  const len = newInt(rangeLength(BigInt(start.v), BigInt(stop.v), BigInt(step.v)));
  const r = new PyRange(start, stop, step, len);
  H.allocate(r, 48, 0);
  return r;
}
