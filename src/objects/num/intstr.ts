/**
 * int <-> str conversions: int(s, base), str(i), hex/oct/bin.
 *
 * Mirrors PyLong_FromUnicodeObject() / PyLong_FromString() and
 * long_to_decimal_string_internal() / long_format_binary() of
 * Objects/longobject.c, 3.11, including the 4300-digit limit of
 * sys.int_info.default_max_str_digits (CVE-2020-10735). Non-ASCII decimal digits
 * and Unicode whitespace are accepted, as _PyUnicode_TransformDecimalAndSpaceToASCII
 * does before parsing.
 */

import { raise } from './errors.js';
import { type PyInt, normInt, bitLength } from './int.js';
import { decimalValue, isSpaceCp } from './ucd.js';
import { reprTruncated } from './strrepr.js';

/** sys.get_int_max_str_digits() default; memsnake has no setter. */
export const MAX_STR_DIGITS = 4300;

function isAsciiSpace(c: string): boolean {
  return c === ' ' || (c >= '\t' && c <= '\r');
}

/** Mirrors _PyUnicode_TransformDecimalAndSpaceToASCII(): '?' for other non-ASCII. */
function toAsciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (isSpaceCp(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      out += d >= 0 ? String.fromCharCode(0x30 + d) : '?';
    }
  }
  return out;
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 99;
}

function digitsToBig(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  if (base === 16) return BigInt('0x' + digits);
  if (base === 8) return BigInt('0o' + digits);
  if (base === 2) return BigInt('0b' + digits);
  // Chunks of 8 digits fit a double exactly for base <= 36 (36**8 < 2**53).
  const chunkBase = BigInt(base) ** 8n;
  let i = digits.length % 8 || 8;
  let v = BigInt(parseInt(digits.slice(0, i), base));
  for (; i < digits.length; i += 8) v = v * chunkBase + BigInt(parseInt(digits.slice(i, i + 8), base));
  return v;
}

/** Mirrors int(s, base) for a str argument. */
export function intFromString(s: string, base: number = 10): PyInt {
  if (base !== 0 && (base < 2 || base > 36)) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const fail = (): never =>
    raise('ValueError', `invalid literal for int() with base ${base}: ${reprTruncated(s, 200)}`);
  const str = toAsciiDigits(s);
  let i = 0;
  while (i < str.length && isAsciiSpace(str[i])) i++;
  let negative = false;
  if (str[i] === '+' || str[i] === '-') {
    negative = str[i] === '-';
    i++;
  }
  let b = base;
  let zerosOnly = false;
  if (b === 0) {
    if (str[i] !== '0') b = 10;
    else if (str[i + 1] === 'x' || str[i + 1] === 'X') b = 16;
    else if (str[i + 1] === 'o' || str[i + 1] === 'O') b = 8;
    else if (str[i + 1] === 'b' || str[i + 1] === 'B') b = 2;
    else {
      // "old" octal such as 010 is rejected; only zeros may follow a leading 0.
      b = 10;
      zerosOnly = true;
    }
  }
  if (str[i] === '0') {
    const p = str[i + 1];
    if ((b === 16 && (p === 'x' || p === 'X')) || (b === 8 && (p === 'o' || p === 'O')) || (b === 2 && (p === 'b' || p === 'B'))) {
      i += 2;
      if (str[i] === '_') i++; // one underscore may follow the prefix
    }
  }
  if (str[i] === '_') fail();
  // Scan the digit run; underscores only singly, between digits.
  const start = i;
  let prevUnderscore = false;
  while (i < str.length) {
    const c = str.charCodeAt(i);
    if (c === 0x5f) {
      if (prevUnderscore) fail();
      prevUnderscore = true;
    } else if (digitValue(c) < b) {
      prevUnderscore = false;
    } else break;
    i++;
  }
  if (prevUnderscore) fail();
  const digits = str.slice(start, i).replace(/_/g, '');
  if ((b & (b - 1)) !== 0 && digits.length > MAX_STR_DIGITS) {
    raise(
      'ValueError',
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (digits.length === 0) fail();
  while (i < str.length && isAsciiSpace(str[i])) i++;
  if (i !== str.length) fail();
  let v: PyInt;
  if (digits.length <= 10) v = parseInt(digits, b);
  else v = normInt(digitsToBig(digits, b));
  if (zerosOnly && v !== 0) fail();
  if (negative) v = typeof v === 'number' ? 0 - v : normInt(-v);
  return v;
}

function decimalLimitError(): never {
  raise(
    'ValueError',
    `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/**
 * str(v) for base 10, or hex()/oct()/bin() for 16/8/2 (with the 0x/0o/0b
 * prefix after any '-'). Only base 10 is subject to the digit limit.
 */
export function intToString(v: PyInt, base: 2 | 8 | 10 | 16 = 10): string {
  if (base === 10) {
    if (typeof v === 'number') return String(v);
    // 2**14285 > 10**4300: anything that long has more than 4300 digits.
    if (bitLength(v) > 14286) decimalLimitError();
    const s = v.toString();
    if (s.length - (v < 0n ? 1 : 0) > MAX_STR_DIGITS) decimalLimitError();
    return s;
  }
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : '0b';
  const neg = v < 0;
  const mag = typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v;
  return (neg ? '-' : '') + prefix + mag.toString(base);
}
