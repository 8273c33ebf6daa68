/**
 * Where int meets float: exact conversions, true division and comparison.
 *
 * Mirrors PyLong_AsDouble(), long_true_divide(), float_richcompare()'s int
 * branch and float___trunc___impl / PyLong_FromDouble() of Objects/longobject.c
 * and Objects/floatobject.c, 3.11. Every result is correctly rounded
 * (round-half-even), as CPython's are.
 */

import { raise } from './errors.js';
import { type PyInt, bitLength, normInt, toBig } from './int.js';

/**
 * x * 2**e. Exact whenever the result is representable: each step only moves
 * the exponent toward the result's, so no intermediate loses a bit.
 */
export function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/**
 * Correctly rounds (q + sticky·ε) · 2**exp to a double, q ≥ 0; sticky says
 * bits below q were nonzero. Handles subnormals; may return Infinity.
 */
export function roundBigToDouble(q: bigint, sticky: boolean, exp: number): number {
  const qbits = bitLength(q);
  if (qbits === 0) return 0;
  const top = qbits + exp; // value lies in [2**(top-1), 2**top)
  const keep = top - 53 >= -1074 ? 53 : top + 1074;
  const drop = qbits - keep;
  if (drop <= 0) return ldexp(Number(q), exp);
  const mask = (1n << BigInt(drop)) - 1n;
  const low = q & mask;
  let hi = q >> BigInt(drop);
  const half = 1n << BigInt(drop - 1);
  if (low > half || (low === half && (sticky || (hi & 1n) === 1n))) hi += 1n;
  return ldexp(Number(hi), exp + drop);
}

/** Mirrors PyLong_AsDouble(): float(v). */
export function intToFloat(v: PyInt): number {
  if (typeof v === 'number') return v;
  const f = Number(v); // ECMAScript's Number(bigint) rounds half to even
  if (!Number.isFinite(f)) raise('OverflowError', 'int too large to convert to float');
  return f;
}

/** Mirrors long_true_divide(): a / b, correctly rounded. */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (b === 0 || b === 0n) raise('ZeroDivisionError', 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const negative = a < 0 !== b < 0;
  let n = toBig(a);
  let d = toBig(b);
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  const r = ratioToDouble(n, d);
  if (!Number.isFinite(r)) raise('OverflowError', 'integer division result too large for a float');
  return negative ? -r : r;
}

/** n / d for n >= 0, d > 0, correctly rounded; Infinity when it overflows. */
export function ratioToDouble(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  const diff = bitLength(n) - bitLength(d);
  if (diff > 1025) return Infinity;
  if (diff < -1080) return 0;
  // Scale so the quotient has 55 or 56 bits: two guard bits plus a sticky remainder.
  const shift = diff - 55;
  let q: bigint;
  let rem: bigint;
  if (shift >= 0) {
    const dd = d << BigInt(shift);
    q = n / dd;
    rem = n % dd;
  } else {
    const nn = n << BigInt(-shift);
    q = nn / d;
    rem = nn % d;
  }
  return roundBigToDouble(q, rem !== 0n, shift);
}

/**
 * Compares int i with float f exactly, as float_richcompare does: -1, 0, 1,
 * or NaN when f is NaN (every comparison then False, != True).
 */
export function compareIntFloat(i: PyInt, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0;
  if (!Number.isFinite(f)) return f > 0 ? -1 : 1;
  const fl = Math.floor(f);
  const fb = BigInt(fl);
  if (i < fb) return -1;
  if (i > fb) return 1;
  return fl === f ? 0 : -1;
}

/** Mirrors float___trunc___impl(): int(x), truncating toward zero. */
export function floatToInt(x: number): PyInt {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x) + 0;
  return Number.isSafeInteger(t) ? t : normInt(BigInt(t));
}
