/**
 * Exact decimal expansion of doubles and correctly rounded digit generation.
 *
 * Plays the part of David Gay's _Py_dg_dtoa() (Python/dtoa.c) in modes 2 and 3,
 * which CPython's float formatting and round() rely on: every double is a
 * dyadic rational m·2**e, so its decimal expansion is finite and exact; this
 * module rounds that expansion half-to-even at any position. Mode 0 (shortest
 * round-trip) comes from ECMAScript's Number#toExponential(), which specifies
 * the same shortest-then-closest digits.
 */

const view = new DataView(new ArrayBuffer(8));

/** |x| = mant · 2**exp with mant an integer < 2**53 (x finite). */
export function decompose(x: number): { mant: bigint; exp: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mant, exp: -1074 };
  mant |= 1n << 52n;
  return { mant, exp: biased - 1075 };
}

/** The raw bits of x as [sign, biased exponent, 52-bit fraction]. */
export function doubleBits(x: number): [number, number, bigint] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  return [hi >>> 31, (hi >>> 20) & 0x7ff, (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)];
}

/** |x| exactly as digits · 10**exp (digits without leading zeros; '0' for zero). */
export function exactDecimal(x: number): { digits: string; exp: number } {
  const { mant, exp } = decompose(x);
  if (mant === 0n) return { digits: '0', exp: 0 };
  if (exp >= 0) return { digits: (mant << BigInt(exp)).toString(), exp: 0 };
  return { digits: (mant * 5n ** BigInt(-exp)).toString(), exp };
}

/**
 * Rounds digits·10**exp half-to-even to a multiple of 10**pos and returns the
 * multiple's coefficient as a digit string ('0' when it rounds to zero).
 */
export function roundAt(digits: string, exp: number, pos: number): string {
  if (exp >= pos) return digits === '0' ? '0' : digits + '0'.repeat(exp - pos);
  const drop = pos - exp;
  const keepLen = digits.length - drop;
  const kept = keepLen > 0 ? digits.slice(0, keepLen) : '';
  const first = keepLen >= 0 ? digits.charCodeAt(keepLen) : 0x30;
  let up = false;
  if (keepLen >= 0 && keepLen < digits.length) {
    if (first > 0x35) up = true;
    else if (first === 0x35) {
      const tail = digits.slice(keepLen + 1);
      const sticky = /[1-9]/.test(tail);
      const lastKept = kept.length > 0 ? kept.charCodeAt(kept.length - 1) - 0x30 : 0;
      up = sticky || lastKept % 2 === 1;
    }
  }
  if (!up) return kept === '' ? '0' : kept.replace(/^0+(?=.)/, '');
  return (BigInt(kept === '' ? '0' : kept) + 1n).toString();
}

/**
 * Mirrors _Py_dg_dtoa mode 2: |x| rounded to `ndigits` significant digits.
 * Returns the digit string (exactly ndigits long) and the decimal exponent of
 * the first digit. x must be finite and nonzero.
 */
export function toSignificant(x: number, ndigits: number): { digits: string; point: number } {
  const d = exactDecimal(x);
  let lead = d.exp + d.digits.length - 1;
  let r = roundAt(d.digits, d.exp, lead - ndigits + 1);
  if (r.length > ndigits) {
    // A carry out of the top digit (9.99 → 10.0): the extra digit is a zero.
    r = r.slice(0, ndigits);
    lead += 1;
  }
  return { digits: r, point: lead };
}

/**
 * Mirrors _Py_dg_dtoa mode 3: |x| rounded to `ndigits` places after the
 * point (negative: before it). Returns the integer coefficient N as a digit
 * string, |x| ≈ N · 10**-ndigits.
 */
export function toFixedDigits(x: number, ndigits: number): string {
  const d = exactDecimal(x);
  return roundAt(d.digits, d.exp, -ndigits);
}

/**
 * Mirrors _Py_dg_dtoa mode 0: the shortest digits that round-trip, and the
 * decimal exponent of the first digit. x finite and nonzero.
 */
export function shortestDigits(x: number): { digits: string; point: number } {
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  return { digits: s.slice(0, e).replace('.', ''), point: parseInt(s.slice(e + 1), 10) };
}
