/** Shared set-up for the object-level tests: one heap, the object layer initialised. */

import { Heap } from '../../../src/heap/heap.js';
import { setActiveHeap, H, PyObject, PyRaise } from '../../../src/objects/object.js';
import '../../../src/objects/types/index.js';
import { initObjects } from '../../../src/objects/init.js';
import { callMethod, reprStr } from '../../../src/objects/abstract.js';
import { excMessage, PyBaseException } from '../../../src/objects/exceptions.js';
import { newStr } from '../../../src/objects/str.js';
import { newInt } from '../../../src/objects/int.js';

let heap: Heap | null = null;

export function setup(): Heap {
  if (heap === null) {
    heap = new Heap(512 * 1024 * 1024, true);
    setActiveHeap(heap);
    initObjects();
  }
  return heap;
}

/** Number of live heap objects. */
export function liveCount(): number {
  return H.live.size;
}

/** Calls o.name(*args) and returns the result (new reference). */
export function m(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  return callMethod(o, name, args);
}

/** Calls and releases, returning the repr of the result. */
export function mr(o: PyObject, name: string, ...args: PyObject[]): string {
  const r = callMethod(o, name, args);
  const s = reprStr(r);
  H.decref(r);
  return s;
}

/** Runs f, expecting a Python exception; returns 'Type: message' and releases it. */
export function pyErr(f: () => unknown): string {
  try {
    const r = f();
    if (r instanceof PyObject) H.decref(r);
  } catch (e) {
    if (e instanceof PyRaise) {
      const x = e.exc as PyBaseException;
      const s = `${x.type.name}: ${excMessage(x) || (x.args.items.length ? reprStr(x.args.items[0]) : '')}`;
      H.decref(x);
      return s;
    }
    throw e;
  }
  return 'no error';
}

export const S = (s: string): PyObject => newStr(s);
export const I = (n: number | bigint): PyObject => newInt(n);

export function rel(...os: PyObject[]): void {
  for (const o of os) H.decref(o);
}
