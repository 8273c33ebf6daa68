/**
 * Float to text in the 'e', 'f', 'g' and 'r' styles.
 *
 * Mirrors PyOS_double_to_string() / format_float_short() of
 * Python/pystrtod.c, 3.11, with its flags Py_DTSF_ALT ('#') and
 * Py_DTSF_ADD_DOT_0. Digits come from decimal.ts, so every precision is
 * correctly rounded (half-even on the exact binary value), as dtoa.c does.
 */

import { shortestDigits, toFixedDigits, toSignificant } from './decimal.js';

export type FloatStyle = 'e' | 'f' | 'g' | 'r';

function expStr(e: number): string {
  return (e < 0 ? 'e-' : 'e+') + String(Math.abs(e)).padStart(2, '0');
}

/**
 * |x| (the sign is the caller's) in one style; lower case ('inf', 'e+05').
 * `precision` is digits after the point for 'e'/'f', significant digits for
 * 'g' (0 means 1), ignored for 'r'.
 */
export function floatToText(x: number, style: FloatStyle, precision: number, alt: boolean, addDot0: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  x = Math.abs(x);
  if (x === Infinity) return 'inf';
  if (style === 'f') {
    let n = x === 0 ? '0' : toFixedDigits(x, precision);
    if (n.length <= precision) n = n.padStart(precision + 1, '0');
    const ip = n.slice(0, n.length - precision);
    const fp = n.slice(n.length - precision);
    return precision > 0 ? ip + '.' + fp : alt ? ip + '.' : ip;
  }
  if (style === 'e') {
    const { digits, point } = x === 0 ? { digits: '0'.repeat(precision + 1), point: 0 } : toSignificant(x, precision + 1);
    const mant = precision > 0 ? digits[0] + '.' + digits.slice(1) : alt ? digits + '.' : digits;
    return mant + expStr(point);
  }
  let digits: string;
  let point: number;
  let p: number;
  if (style === 'r') {
    ({ digits, point } = x === 0 ? { digits: '0', point: 0 } : shortestDigits(x));
    p = 17;
  } else {
    p = precision === 0 ? 1 : precision;
    ({ digits, point } = x === 0 ? { digits: '0', point: 0 } : toSignificant(x, p));
  }
  // format_float_short: exponent when decpt <= -4 or decpt > 16 ('r'), or
  // decpt > precision ('g'; precision - 1 with Py_DTSF_ADD_DOT_0); decpt = point + 1.
  const limit = style === 'r' ? 16 : addDot0 ? p - 1 : p;
  const useExp = point < -4 || point >= limit;
  const trim = !alt || style === 'r';
  if (trim) digits = digits.replace(/0+$/, '') || '0';
  else digits = digits.padEnd(p, '0');
  if (useExp) {
    const rest = digits.slice(1);
    const mant = rest.length > 0 ? digits[0] + '.' + rest : alt ? digits[0] + '.' : digits[0];
    return mant + expStr(point);
  }
  let s: string;
  if (point < 0) s = '0.' + '0'.repeat(-point - 1) + digits;
  else if (digits.length > point + 1) s = digits.slice(0, point + 1) + '.' + digits.slice(point + 1);
  else {
    s = digits + '0'.repeat(point + 1 - digits.length);
    if (alt) s += '.';
  }
  if (addDot0 && !s.includes('.')) s += '.0';
  else if (alt && s.endsWith('.') && addDot0) s += '0';
  return s;
}
