/**
 * list (Objects/listobject.c): a 40-byte object (56 with the GC header) plus a separately
 * allocated item array of `allocated` pointers, grown with CPython's over-allocation
 * formula (list_resize): new_allocated = (newsize + (newsize >> 3) + 6) & ~3, except that
 * a resize to a size exactly known (list displays, list(x) of sized inputs) allocates
 * exactly. Items are released last to first when a list dies; then its item array is freed
 * and an exact list's 56-byte header is parked on the list free list (80, heap/freelists.ts),
 * where the next new list takes it (list_dealloc, PyList_New).
 *
 * The item array goes through the allocator's realloc as PyMem_Realloc does in
 * list_resize: a pymalloc block is kept when the new size still fits and uses more than
 * 3/4 of it, otherwise the items move to a new block and the old one is freed; a resize
 * to 0 items (popping the last one) leaves a 0-byte raw block, as CPython's realloc(p, 0).
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { allocFromFreeList, freeToFreeList } from '../heap/freelists.js';
import { H, PyObject, PyType } from './object.js';
import { listType } from './typeobjects.js';

export class PyList extends PyObject {
  /** Capacity of the item array (ob_alloc). */
  allocated = 0;
  /** Address of the item array block, 0 when none. */
  itemsAddr = 0;
  constructor(public items: PyObject[]) {
    super(listType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    const it = this.items;
    for (let i = it.length - 1; i >= 0; i--) visit(it[i]);
    if (this.type !== listType) super.traverse(visit);
  }
  /** The item array: the one block a list owns besides its header (heap/check.ts). */
  ownedBlocks(out: number[]): void {
    if (this.itemsAddr !== 0) out.push(this.itemsAddr);
  }
  override clearContents(heap: Heap): void {
    const it = this.items;
    this.items = [];
    for (let i = it.length - 1; i >= 0; i--) heap.decref(it[i]);
    setAllocated(this, 0);
  }
  /** list_dealloc: items last to first, the item array freed, the header to the free list. */
  override dealloc(heap: Heap): boolean | void {
    if (this.type !== listType) return super.dealloc(heap);
    this.clearContents(heap);
    freeToFreeList(heap, this, heap.alloc.freeLists.list, 16);
  }
}

/**
 * Gives the list an item array of exactly `n` pointers: a new array when it has none
 * (PyMem_Malloc), PyMem_Realloc of the old one otherwise; 0 frees it (PyMem_Free).
 */
export function setAllocated(l: PyList, n: number): void {
  if (n === l.allocated && (n !== 0 || l.itemsAddr === 0)) return;
  const old = l.itemsAddr;
  if (n === 0) {
    l.itemsAddr = 0;
    if (old !== 0) H.alloc.free(old);
  } else {
    l.itemsAddr = old === 0 ? H.alloc.malloc(8 * n) : H.alloc.realloc(old, 8 * n);
  }
  l.allocated = n;
}

/**
 * list_resize: call while `l.items.length` is still the old size. Over-allocates by
 * newsize/8 + 6 rounded to a multiple of 4, unless the growth is so large that the
 * over-allocation would not cover it (then newsize rounded up to 4).
 */
export function listResize(l: PyList, newsize: number): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - l.items.length > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  // PyMem_Realloc(items, 8 * newAllocated), even to 0 bytes (a raw 1-byte malloc in
  // CPython: the list keeps a non-NULL item pointer).
  const old = l.itemsAddr;
  l.itemsAddr = old === 0 && newAllocated === 0 ? 0 : old === 0 ? H.alloc.malloc(8 * newAllocated) : H.alloc.realloc(old, 8 * newAllocated);
  l.allocated = newAllocated;
}

/** Returns a new list; steals the references in `items`; allocates exactly. */
export function newList(items: PyObject[]): PyList {
  const o = new PyList(items);
  if (!allocFromFreeList(H, o, H.alloc.freeLists.list, 16)) H.allocate(o, 56, 16);
  if (items.length > 0) setAllocated(o, items.length);
  return o;
}

export function newListOfType(t: PyType, items: PyObject[]): PyList {
  const o = new PyList(items);
  o.type = t;
  H.allocate(o, t.presize + t.basicsize, t.presize);
  t.rc++;
  if (items.length > 0) setAllocated(o, items.length);
  return o;
}

/** list.append: steals `v`. */
export function listAppend(l: PyList, v: PyObject): void {
  const n = l.items.length;
  if (n + 1 > l.allocated) listResize(l, n + 1);
  l.items.push(v);
}

export function listSizeof(l: PyList): number {
  return 40 + 8 * l.allocated;
}
