/**
 * float (Objects/floatobject.c): 24 bytes, a JS number. CPython 3.11 keeps a free list of
 * up to 100 dead floats that are reused LIFO without touching pymalloc; the allocator's
 * own LIFO block reuse gives the same addresses for now (the pymalloc issue adds the
 * free list proper).
 */

import type { Heap } from '../heap/heap.js';
import { H, PyObject, PyType } from './object.js';
import { floatType } from './typeobjects.js';

export class PyFloat extends PyObject {
  constructor(public v: number) {
    super(floatType);
  }
  override dealloc(heap: Heap): boolean | void {
    if (this.type !== floatType) return super.dealloc(heap);
    heap.freeBlock(this, 0);
  }
}

/** Returns a new reference to a float. */
export function newFloat(v: number): PyFloat {
  const o = new PyFloat(v);
  H.allocate(o, 24, 0);
  return o;
}

export function newFloatOfType(t: PyType, v: number): PyFloat {
  const o = new PyFloat(v);
  o.type = t;
  H.allocate(o, 24 + t.presize, t.presize);
  t.rc++;
  return o;
}
