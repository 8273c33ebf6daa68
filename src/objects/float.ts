/**
 * float (Objects/floatobject.c): 24 bytes, a JS number. An exact float that dies is parked
 * on the float free list (up to 100, heap/freelists.ts) and the next float takes the most
 * recently parked block, without touching pymalloc (float_dealloc, PyFloat_FromDouble).
 * Subclass instances never use the free list.
 */

import type { Heap } from '../heap/heap.js';
import { allocFromFreeList, freeToFreeList } from '../heap/freelists.js';
import { H, PyObject, PyType } from './object.js';
import { floatType } from './typeobjects.js';

export class PyFloat extends PyObject {
  constructor(public v: number) {
    super(floatType);
  }
  override dealloc(heap: Heap): boolean | void {
    if (this.type !== floatType) return super.dealloc(heap);
    freeToFreeList(heap, this, heap.alloc.freeLists.float, 0);
  }
}

/** Returns a new reference to a float. */
export function newFloat(v: number): PyFloat {
  const o = new PyFloat(v);
  if (!allocFromFreeList(H, o, H.alloc.freeLists.float, 0)) H.allocate(o, 24, 0);
  return o;
}

export function newFloatOfType(t: PyType, v: number): PyFloat {
  const o = new PyFloat(v);
  o.type = t;
  H.allocate(o, 24 + t.presize, t.presize);
  t.rc++;
  return o;
}
