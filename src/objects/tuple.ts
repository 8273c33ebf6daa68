/**
 * tuple (Objects/tupleobject.c): 24 bytes + 8 per item, GC header before it. The empty
 * tuple is a static singleton. Items are released last to first when a tuple dies; then an
 * exact tuple of length 1..20 is parked on the free list of its length (2000 each,
 * heap/freelists.ts). A new tuple of length 1..19 takes the most recently parked block of
 * its length (3.11 never takes length 20 back); a 3-tuple never reuses a 2-tuple's block.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { allocFromFreeList, freeToFreeList, TUPLE_FREELISTS, TUPLE_MAXSAVESIZE } from '../heap/freelists.js';
import { H, PyObject, PyType, STATIC_RC, staticAddr } from './object.js';
import { tupleType } from './typeobjects.js';

export class PyTuple extends PyObject {
  constructor(public items: PyObject[]) {
    super(tupleType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    const it = this.items;
    for (let i = it.length - 1; i >= 0; i--) visit(it[i]);
    if (this.type !== tupleType) super.traverse(visit);
  }
  override clearContents(heap: Heap): void {
    const it = this.items;
    this.items = [];
    for (let i = it.length - 1; i >= 0; i--) heap.decref(it[i]);
  }
  /** tupledealloc: items last to first, then the block to the free list of its length. */
  override dealloc(heap: Heap): boolean | void {
    const n = this.items.length;
    if (this.type !== tupleType || n === 0 || n > TUPLE_FREELISTS) return super.dealloc(heap);
    this.clearContents(heap);
    freeToFreeList(heap, this, heap.alloc.freeLists.tuple[n], 16);
  }
}

export const emptyTuple = new PyTuple([]);
emptyTuple.rc = STATIC_RC;
emptyTuple.addr = staticAddr(48);

/** Returns a new tuple; steals the references in `items`. */
export function newTuple(items: PyObject[]): PyTuple {
  if (items.length === 0) {
    emptyTuple.rc++;
    return emptyTuple;
  }
  const o = new PyTuple(items);
  const n = items.length;
  if (n >= TUPLE_MAXSAVESIZE || !allocFromFreeList(H, o, H.alloc.freeLists.tuple[n], 16)) {
    H.allocate(o, 16 + 24 + 8 * n, 16);
  }
  return o;
}

export function newTupleOfType(t: PyType, items: PyObject[]): PyTuple {
  const o = new PyTuple(items);
  o.type = t;
  H.allocate(o, t.presize + 24 + 8 * items.length, t.presize);
  t.rc++;
  return o;
}

/** A new tuple holding new references to the given (borrowed) objects. */
export function tupleOf(...items: PyObject[]): PyTuple {
  for (const x of items) x.rc++;
  return newTuple(items);
}
