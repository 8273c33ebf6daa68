/**
 * Python int arithmetic on JS numbers and bigints.
 *
 * Mirrors the number protocol of Objects/longobject.c, 3.11 (long_add,
 * long_mul, l_divmod, long_pow, long_true_divide, long_lshift, long_rshift,
 * long_bitwise, long_hash). An int is a `number` while it is a safe integer and a
 * `bigint` beyond; every function takes either and returns the normalised form
 * (normInt). -0 never escapes: Python ints have no negative zero.
 *
 * Conversions to and from strings live in intstr.ts; int/float mixing in
 * intfloat.ts.
 */

import { raise } from './errors.js';

export type PyInt = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** Normalises a bigint result: a number when safe, else the bigint. */
export function normInt(v: bigint): PyInt {
  return v >= MIN_SAFE && v <= MAX_SAFE ? Number(v) : v;
}

/** The bigint value of an int. */
export function toBig(v: PyInt): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Is v a valid PyInt (safe integer number, or bigint)? */
export function isPyInt(v: unknown): v is PyInt {
  return typeof v === 'bigint' || (typeof v === 'number' && Number.isSafeInteger(v));
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) + toBig(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r + 0;
  }
  return normInt(toBig(a) - toBig(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    // Rounding is monotonic, so a true product beyond 2**53-1 never lands on a safe integer.
    const r = a * b;
    if (Number.isSafeInteger(r)) return r + 0;
  }
  return normInt(toBig(a) * toBig(b));
}

export function intNeg(a: PyInt): PyInt {
  return typeof a === 'number' ? 0 - a : normInt(-a);
}

export function intAbs(a: PyInt): PyInt {
  return typeof a === 'number' ? Math.abs(a) : normInt(a < 0n ? -a : a);
}

export function intSign(a: PyInt): -1 | 0 | 1 {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}

export function intIsZero(a: PyInt): boolean {
  return a === 0 || a === 0n;
}

/** -1, 0 or 1 as a <, ==, > b. */
export function intCompare(a: PyInt, b: PyInt): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intEq(a: PyInt, b: PyInt): boolean {
  // number vs bigint: normalisation means a safe value is never a bigint.
  return typeof a === typeof b && a === b;
}

/**
 * Mirrors l_divmod(): floor quotient and remainder with the divisor's sign.
 * `op` picks CPython's message for a zero divisor.
 */
export function intDivmod(a: PyInt, b: PyInt, op: 'divmod' | 'mod' = 'divmod'): [PyInt, PyInt] {
  if (intIsZero(b)) {
    raise('ZeroDivisionError', op === 'mod' ? 'integer modulo by zero' : 'integer division or modulo by zero');
  }
  if (typeof a === 'number' && typeof b === 'number') {
    // a % b is exact on doubles, and (a - r) / b is an exact integer quotient.
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) {
      r += b;
      q -= 1;
    }
    if (Number.isSafeInteger(q)) return [q + 0, r + 0];
  }
  const x = toBig(a);
  const y = toBig(b);
  let q = x / y;
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) {
    r += y;
    q -= 1n;
  }
  return [normInt(q), normInt(r)];
}

export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  return intDivmod(a, b)[0];
}

export function intMod(a: PyInt, b: PyInt): PyInt {
  return intDivmod(a, b, 'mod')[1];
}

/** int.bit_length(). */
export function bitLength(a: PyInt): number {
  if (typeof a === 'number') {
    const m = Math.abs(a);
    if (m < 2 ** 31) return 32 - Math.clz32(m);
    return m.toString(2).length;
  }
  const m = a < 0n ? -a : a;
  if (m === 0n) return 0;
  const h = m.toString(16);
  return (h.length - 1) * 4 + 32 - Math.clz32(parseInt(h[0], 16));
}

/**
 * Largest bit length memsnake builds; V8 caps a BigInt near 2**30 bits.
 * CPython would go on until MemoryError: memsnake reports an OverflowError.
 */
export const MAX_INT_BITS = 2 ** 29;

function tooBig(): never {
  raise('OverflowError', 'too many digits in integer');
}

/** a ** b for b >= 0 (long_pow without modulus). Callers route b < 0 to floatPow. */
export function intPow(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw new Error('intPow: negative exponent must go through intPowFloat');
  if (typeof a === 'number' && typeof b === 'number' && b < 64) {
    // Repeated multiplication stays exact while every partial product is safe.
    let r = 1;
    let k = 0;
    while (k < b && Number.isSafeInteger(r * a)) {
      r *= a;
      k++;
    }
    if (k === b) return r + 0;
  }
  const base = toBig(a);
  if (base === 0n || base === 1n) return b === 0 || b === 0n ? 1 : normInt(base);
  if (base === -1n) return toBig(b) % 2n === 0n ? 1 : -1;
  const bits = bitLength(a);
  if (Number(b) * (bits - 1) > MAX_INT_BITS) tooBig();
  return normInt(base ** toBig(b));
}

/** Mirrors long_invmod() via the extended Euclidean algorithm; a, n > 0 after reduction. */
function invmod(a: bigint, n: bigint): bigint {
  let [b, c] = [1n, 0n];
  let [x, y] = [a, n];
  while (y !== 0n) {
    const q = x / y;
    [x, y] = [y, x - q * y];
    [b, c] = [c, b - q * c];
  }
  if (x !== 1n) raise('ValueError', 'base is not invertible for the given modulus');
  return ((b % n) + n) % n;
}

/** Mirrors the three-argument branch of long_pow(): pow(a, b, m). */
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let c = toBig(m);
  if (c === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeOutput = c < 0n;
  if (negativeOutput) c = -c;
  if (c === 1n) return 0;
  let base = toBig(a);
  let e = toBig(b);
  if (e < 0n) {
    base = invmod(((base % c) + c) % c, c);
    e = -e;
  }
  base = ((base % c) + c) % c;
  let z = 1n;
  // Invariant: z * base**e ≡ the answer (mod c).
  while (e > 0n) {
    if (e & 1n) z = (z * base) % c;
    base = (base * base) % c;
    e >>= 1n;
  }
  if (negativeOutput && z !== 0n) z -= c;
  return normInt(z);
}

function shiftCount(n: PyInt): number | null {
  if (n < 0) raise('ValueError', 'negative shift count');
  return typeof n === 'number' ? n : n > BigInt(MAX_INT_BITS) ? null : Number(n);
}

/** Mirrors long_lshift(). */
export function intLshift(a: PyInt, n: PyInt): PyInt {
  const k = shiftCount(n);
  if (intIsZero(a)) return 0;
  if (k === null || k + bitLength(a) > MAX_INT_BITS) tooBig();
  if (typeof a === 'number' && k < 32) {
    const r = a * 2 ** k;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) << BigInt(k));
}

/** Mirrors long_rshift(): an arithmetic shift, flooring toward -inf. */
export function intRshift(a: PyInt, n: PyInt): PyInt {
  const k = shiftCount(n);
  if (k === null || k >= bitLength(a)) return a < 0 ? -1 : 0;
  if (typeof a === 'number') return Math.floor(a / 2 ** k) + 0;
  return normInt(a >> BigInt(k));
}

function isInt32(a: PyInt): a is number {
  return typeof a === 'number' && (a | 0) === a;
}

/** Mirrors long_bitwise(): &, |, ^ on two's-complement infinite-precision ints. */
export function intBitwise(op: '&' | '|' | '^', a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) {
    return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
  }
  const x = toBig(a);
  const y = toBig(b);
  return normInt(op === '&' ? x & y : op === '|' ? x | y : x ^ y);
}

/** Mirrors long_invert(): ~a == -(a+1). */
export function intInvert(a: PyInt): PyInt {
  return intSub(intNeg(a), 1);
}

/** Mirrors long_hash(): sign * (|v| mod 2**61-1), with -1 mapped to -2. */
export function intHash(v: PyInt): bigint {
  if (typeof v === 'number') return v === -1 ? -2n : BigInt(v);
  const P = (1n << 61n) - 1n;
  const m = (v < 0n ? -v : v) % P;
  const h = v < 0n ? -m : m;
  return h === -1n ? -2n : h;
}

/** Mirrors long_round() for an explicit ndigits: round half to even at 10**-ndigits. */
export function roundInt(v: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return v;
  if (ndigits < -(MAX_INT_BITS / 3)) return 0;
  const pow10 = 10n ** BigInt(-Number(ndigits));
  const x = toBig(v);
  let r = x % pow10;
  if (r < 0n) r += pow10;
  let q = x - r;
  const twice = 2n * r;
  if (twice > pow10 || (twice === pow10 && (q / pow10) % 2n !== 0n)) q += pow10;
  return normInt(q);
}
