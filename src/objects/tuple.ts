/**
 * tuple (Objects/tupleobject.c): 24 bytes + 8 per item, GC header before it. The empty
 * tuple is a static singleton. Items are released last to first when a tuple dies.
 * (The per-length free lists of 3.11 come with the pymalloc issue.)
 */

import type { Heap, HeapObject } from '../heap/heap.js';
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
  H.allocate(o, 16 + 24 + 8 * items.length, 16);
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
