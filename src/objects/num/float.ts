/**
 * Python float behaviour on JS numbers.
 *
 * Mirrors Objects/floatobject.c, 3.11: float_repr() with float_repr_style
 * 'short' (PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)), float_divmod,
 * float_rem, float_floor_div, float_pow, float___round___impl / double_round,
 * float_as_integer_ratio, float_hex, and PyFloat_FromString; plus
 * _Py_HashDouble() of Python/pyhash.c.
 */

import { raise } from './errors.js';
import { type PyInt, intHash, normInt } from './int.js';
import { floatToInt, intToFloat, ratioToDouble, roundBigToDouble } from './intfloat.js';
import { decompose, shortestDigits, toFixedDigits } from './decimal.js';
import { decimalValue, isSpaceCp } from './ucd.js';
import { strRepr } from './strrepr.js';

/** Mirrors float_repr(): repr(x) and str(x). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, point } = shortestDigits(x);
  const decpt = point + 1;
  if (decpt > -4 && decpt <= 16) {
    // Fixed notation, with at least one digit after the point.
    if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
    if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length) + '.0';
    return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  const mant = digits.length === 1 ? digits : digits[0] + '.' + digits.slice(1);
  const e = point < 0 ? '-' + String(-point).padStart(2, '0') : '+' + String(point).padStart(2, '0');
  return sign + mant + 'e' + e;
}

/** Mirrors float_divmod(): [x // y, x % y]. */
export function floatDivmod(vx: number, wx: number, op: 'divmod' | 'floordiv' | 'mod' = 'divmod'): [number, number] {
  if (wx === 0) {
    raise('ZeroDivisionError', op === 'divmod' ? 'float divmod()' : op === 'mod' ? 'float modulo' : 'float floor division by zero');
  }
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C's `if (mod)` is true for NaN too; JS truthiness is not.
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** Mirrors float_floor_div(). */
export function floatFloorDiv(vx: number, wx: number): number {
  return floatDivmod(vx, wx, 'floordiv')[0];
}

/** Mirrors float_rem(): the result takes the divisor's sign. */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) raise('ZeroDivisionError', 'float modulo');
  let mod = vx % wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = wx < 0 ? -0 : 0;
  return mod;
}

/** Mirrors float_div(). */
export function floatTrueDiv(vx: number, wx: number): number {
  if (wx === 0) raise('ZeroDivisionError', 'float division by zero');
  return vx / wx;
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/**
 * float ** float when Python's answer is a float; `{ complex: true }` when
 * CPython would return a complex (negative base, fractional exponent), which
 * memsnake does not model: the caller reports that.
 */
export type FloatPowResult = { complex: false; value: number } | { complex: true };

/** Mirrors float_pow(): x ** y. */
export function floatPow(iv: number, iw: number): FloatPowResult {
  const ok = (value: number): FloatPowResult => ({ complex: false, value });
  if (iw === 0) return ok(1.0);
  if (Number.isNaN(iv)) return ok(iv);
  if (Number.isNaN(iw)) return ok(iv === 1.0 ? 1.0 : iw);
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return ok(1.0);
    return ok(iw > 0 === a > 1 ? Math.abs(iw) : 0.0);
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return ok(odd ? iv : Math.abs(iv));
    return ok(odd ? (iv < 0 ? -0 : 0) : 0.0);
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return ok(odd ? iv : 0.0);
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return { complex: true };
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return ok(negate ? -1.0 : 1.0);
  let ix = exactIntegerPow(iv, iw) ?? Math.pow(iv, iw);
  if (!Number.isFinite(ix)) raise('OverflowError', "(34, 'Numerical result out of range')");
  if (negate) ix = -ix;
  return ok(ix);
}

/**
 * iv ** iw correctly rounded when iw is a small integer, computed on the exact
 * dyadic value (glibc's pow is correctly rounded in practice; V8's Math.pow
 * is not). null when the exponent is fractional or too large for that.
 */
function exactIntegerPow(iv: number, iw: number): number | null {
  if (!Number.isInteger(iw) || Math.abs(iw) > 128) return null;
  const { mant, exp } = decompose(iv);
  const n = Math.abs(iw);
  const num = mant ** BigInt(n);
  const e2 = exp * n;
  if (iw > 0) {
    const r = roundBigToDouble(num, false, e2);
    return r;
  }
  // iv**-n = 2**-e2 / num.
  return e2 <= 0 ? ratioToDouble(1n << BigInt(-e2), num) : ratioToDouble(1n, num << BigInt(e2));
}

/** int ** int with a negative exponent: long_pow hands it to float_pow. */
export function intPowFloat(a: PyInt, b: PyInt): number {
  const r = floatPow(intToFloat(a), intToFloat(b));
  if (r.complex) throw new Error('intPowFloat: unreachable, integer exponent');
  return r.value;
}

/** float.is_integer(). */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** Mirrors float_as_integer_ratio(): the exact fraction in lowest terms. */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  let { mant, exp } = decompose(x);
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp++;
  }
  if (x < 0) mant = -mant;
  if (exp >= 0) return [normInt(mant << BigInt(exp)), 1];
  return [normInt(mant), normInt(1n << BigInt(-exp))];
}

/** Mirrors float_hex(): float.hex(x). */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const { mant, exp } = decompose(x);
  const sub = mant < 1n << 52n;
  const frac = (mant & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  const e = sub ? -1022 : exp + 52;
  return `${sign}0x${sub ? 0 : 1}.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

const P61 = (1n << 61n) - 1n;

/**
 * Mirrors _Py_HashDouble(): a float equal to an int hashes like it; otherwise
 * its exact value reduced modulo 2**61-1. NaN gives 0n here: since 3.10
 * CPython hashes each NaN object by its address, which the caller supplies.
 */
export function floatHash(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  if (Number.isSafeInteger(x)) return intHash(x + 0);
  if (Number.isInteger(x)) return intHash(BigInt(x));
  const { mant, exp } = decompose(x);
  // exp < 0 here; 2**61 ≡ 1, so 2**exp ≡ 2**(exp mod 61).
  const shift = BigInt(((exp % 61) + 61) % 61);
  let h = ((mant % P61) << shift) % P61;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** Mirrors round(x) (ndigits None): half to even, to an int. */
export function roundFloatToInt(x: number): PyInt {
  let r = Math.round(x);
  // Math.round rounds half up; Python rounds half to even.
  if (r - x === 0.5 && r % 2 !== 0) r -= 1;
  return floatToInt(r);
}

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** Mirrors float___round___impl with ndigits given, via double_round(). */
export function roundFloat(x: number, ndigits: PyInt): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  const nd = Number(ndigits);
  const coeff = toFixedDigits(x, nd);
  const r = Number(`${x < 0 ? '-' : ''}${coeff}e${-nd}`);
  if (!Number.isFinite(r)) raise('OverflowError', 'rounded value too large to represent');
  return r;
}

/**
 * Mirrors _Py_string_to_number_with_underscores(): an underscore only
 * between two digits. Returns the string without underscores, or null.
 */
function stripUnderscores(s: string): string | null {
  if (!s.includes('_')) return s;
  let out = '';
  let prev = '';
  for (const c of s) {
    const digit = c >= '0' && c <= '9';
    if (c === '_') {
      if (!(prev >= '0' && prev <= '9')) return null;
    } else {
      if (prev === '_' && !digit) return null;
      out += c;
    }
    prev = c;
  }
  return prev === '_' ? null : out;
}

const FLOAT_SYNTAX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

/** Mirrors PyFloat_FromString(): float(s) for a str. */
export function floatFromString(s: string): number {
  let ascii = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) ascii += ch;
    else if (isSpaceCp(cp)) ascii += ' ';
    else {
      const d = decimalValue(cp);
      ascii += d >= 0 ? String.fromCharCode(0x30 + d) : '?';
    }
  }
  const body = stripUnderscores(ascii.replace(/^[ \t-\r]+|[ \t-\r]+$/g, ''));
  if (body === null || !FLOAT_SYNTAX.test(body)) {
    raise('ValueError', `could not convert string to float: ${strRepr(s)}`);
  }
  const lower = body.toLowerCase();
  const neg = lower[0] === '-';
  const word = lower.replace(/^[+-]/, '');
  if (word === 'nan') return NaN;
  if (word === 'inf' || word === 'infinity') return neg ? -Infinity : Infinity;
  return Number(body);
}
