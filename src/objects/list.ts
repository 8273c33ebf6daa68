/**
 * list (Objects/listobject.c): a 40-byte object (56 with the GC header) plus a separately
 * allocated item array of `allocated` pointers, grown with CPython's over-allocation
 * formula (list_resize): new_allocated = (newsize + (newsize >> 3) + 6) & ~3, except that
 * a resize to a size exactly known (list displays, list(x) of sized inputs) allocates
 * exactly. Items are released last to first when a list dies.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
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
}

/** Reallocates the item array to hold `n` pointers (0 frees it). */
export function setAllocated(l: PyList, n: number): void {
  if (n === l.allocated) return;
  const old = l.itemsAddr;
  l.itemsAddr = n > 0 ? H.alloc.malloc(8 * n) : 0;
  if (old !== 0) H.alloc.free(old);
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
  setAllocated(l, newAllocated);
}

/** Returns a new list; steals the references in `items`; allocates exactly. */
export function newList(items: PyObject[]): PyList {
  const o = new PyList(items);
  H.allocate(o, 56, 16);
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
