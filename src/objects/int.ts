/**
 * int (Objects/longobject.c). A Python int holds a JS number while it is a safe integer
 * and a bigint beyond 2**53, so the common case costs no BigInt arithmetic. Ints -5..256
 * are the statically allocated small-int cache of 3.11: every operation whose result is
 * in that range returns the cached object (`int('256') is int('256')`).
 *
 * Size: 24 bytes of header plus 4 bytes per 30-bit digit, at least one digit
 * (`sys.getsizeof(0)` is 28 in 3.11).
 */

import type { Heap } from '../heap/heap.js';
import { H, PyObject, STATIC_RC, staticAddr } from './object.js';
import { intType } from './typeobjects.js';

export class PyInt extends PyObject {
  constructor(public v: number | bigint) {
    super(intType);
  }
  override dealloc(heap: Heap): boolean | void {
    if (this.type !== intType) return super.dealloc(heap);
    heap.freeBlock(this, 0);
  }
}

/** Number of 30-bit digits CPython uses for v (ob_size), at least 1 for sizing. */
export function intDigits(v: number | bigint): number {
  let a = typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v);
  if (typeof a === 'number') {
    if (a < 0x40000000) return 1;
    if (a < 2 ** 60) return 2;
    a = BigInt(a);
  }
  let n = 0;
  while (a > 0n) {
    a >>= 30n;
    n++;
  }
  return Math.max(n, 1);
}

export function intSizeof(v: number | bigint): number {
  return 24 + 4 * intDigits(v);
}

const SMALL_MIN = -5;
const SMALL_MAX = 256;
export const smallInts: PyInt[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) {
  const o = new PyInt(i);
  o.rc = STATIC_RC;
  o.addr = staticAddr(32);
  smallInts.push(o);
}

/** Normalizes a bigint result to the number representation when it is safe. */
export function normBig(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Returns a new reference to an int with value v (v: number must be a safe integer). */
export function newInt(v: number | bigint): PyInt {
  if (typeof v === 'number') {
    if (v >= SMALL_MIN && v <= SMALL_MAX && (v | 0) === v) {
      const o = smallInts[v - SMALL_MIN];
      o.rc++;
      return o;
    }
    if (!Number.isSafeInteger(v)) return newIntBig(BigInt(v));
  } else {
    const n = normBig(v);
    if (typeof n === 'number') return newInt(n);
  }
  const o = new PyInt(v);
  H.allocate(o, intSizeof(v), 0);
  return o;
}

/** newInt for a bigint that may be small. */
export function newIntBig(v: bigint): PyInt {
  return newInt(normBig(v));
}

/** A new int of a subclass of int (int.__new__(cls, v)). */
export function newIntOfType(t: import('./object.js').PyType, v: number | bigint): PyInt {
  const o = new PyInt(v);
  o.type = t;
  H.allocate(o, intSizeof(v) + t.presize, t.presize);
  t.rc++;
  return o;
}

export function isSmallInt(v: number | bigint): boolean {
  return typeof v === 'number' && v >= SMALL_MIN && v <= SMALL_MAX;
}
