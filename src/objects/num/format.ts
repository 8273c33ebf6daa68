/**
 * The format-spec mini-language: format(v, spec), f'{v:spec}', str.format.
 *
 * Mirrors Python/formatter_unicode.c, 3.11: parse_internal_render_format_spec,
 * calc_number_widths / fill_number, format_string_internal,
 * format_long_internal and format_float_internal. Locale-dependent 'n' uses
 * the C locale (no grouping, '.' point), which is what CPython does unless a
 * program calls locale.setlocale().
 */

import { raise } from './errors.js';
import { type PyInt, toBig } from './int.js';
import { intToFloat } from './intfloat.js';
import { floatToText, type FloatStyle } from './floatfmt.js';
import { pyLen } from './strrepr.js';

export interface FormatSpec {
  fill: string;
  align: '<' | '>' | '=' | '^' | '';
  sign: '+' | '-' | ' ' | '';
  noNegZero: boolean;
  alternate: boolean;
  width: number;
  thousands: ',' | '_' | '';
  precision: number; // -1 when absent
  type: string; // '' when absent
}

const MAX_SSIZE = 9223372036854775807n;

/** Mirrors parse_internal_render_format_spec(). */
export function parseFormatSpec(spec: string, defaultAlign: '<' | '>', typeName: string, defaultType: string = ''): FormatSpec {
  const cps = Array.from(spec);
  const f: FormatSpec = { fill: ' ', align: '', sign: '', noNegZero: false, alternate: false, width: -1, thousands: '', precision: -1, type: '' };
  let pos = 0;
  let fillSpecified = false;
  let alignSpecified = false;
  const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '=' || c === '^';
  if (cps.length >= 2 && isAlign(cps[1])) {
    f.fill = cps[0];
    f.align = cps[1] as FormatSpec['align'];
    fillSpecified = true;
    alignSpecified = true;
    pos = 2;
  } else if (cps.length >= 1 && isAlign(cps[0])) {
    f.align = cps[0] as FormatSpec['align'];
    alignSpecified = true;
    pos = 1;
  }
  if (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ') f.sign = cps[pos++] as FormatSpec['sign'];
  if (cps[pos] === 'z') {
    f.noNegZero = true;
    pos++;
  }
  if (cps[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  // The special case for 0-padding (backwards compat).
  if (!fillSpecified && cps[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const readInt = (): number => {
    const start = pos;
    while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9') pos++;
    if (pos === start) return -1;
    const digits = cps.slice(start, pos).join('');
    if (BigInt(digits) > MAX_SSIZE) raise('ValueError', 'Too many decimal digits in format string');
    return Number(digits);
  };
  f.width = readInt();
  if (cps[pos] === ',') {
    f.thousands = ',';
    pos++;
  }
  if (cps[pos] === '_') {
    if (f.thousands !== '') raise('ValueError', "Cannot specify both ',' and '_'.");
    f.thousands = '_';
    pos++;
  }
  if (cps[pos] === ',') {
    if (f.thousands === '_') raise('ValueError', "Cannot specify both ',' and '_'.");
    raise('ValueError', "Cannot specify ',' with ','.");
  }
  if (cps[pos] === '.') {
    pos++;
    f.precision = readInt();
    if (f.precision < 0) raise('ValueError', 'Format specifier missing precision');
  }
  if (cps.length - pos > 1) raise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  f.type = cps.length - pos === 1 ? cps[pos] : defaultType;
  if (f.thousands !== '') {
    const t = f.type;
    const ok = t === '' || 'defgEG%F'.includes(t) || (f.thousands === '_' && 'boxX'.includes(t));
    if (!ok) raise('ValueError', `Cannot specify '${f.thousands}' with '${t}'.`);
  }
  return f;
}

/** Mirrors _PyUnicode_InsertThousandsGrouping() with min_width zero-padding. */
function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  if (sep === '') return digits.padStart(minWidth, '0');
  const groups: string[] = [];
  let remaining = digits.length;
  let pos = digits.length;
  let mw = minWidth;
  // Invariant: digits[pos, end) are placed, right to left, into groups.
  while (true) {
    const l = Math.min(size, Math.max(remaining, mw, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    groups.unshift('0'.repeat(nZeros) + digits.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
    mw -= l;
    if (remaining <= 0 && mw <= 0) break;
    mw -= sep.length;
  }
  return groups.join(sep);
}

/**
 * Mirrors calc_number_widths() + fill_number(): lays out sign, prefix,
 * (grouped) digits, the rest (point, fraction, exponent, '%') and padding.
 */
function layoutNumber(f: FormatSpec, sign: string, prefix: string, digits: string, rest: string, groupSize: number): string {
  const nonDigit = sign.length + prefix.length + pyLen(rest);
  const zeroPad = f.fill === '0' && f.align === '=';
  const minWidth = zeroPad ? Math.max(0, f.width - nonDigit) : 0;
  // inf and nan have no digits: zero padding is never grouped (parse_number finds none).
  const body = digits === '' ? '0'.repeat(minWidth) : groupDigits(digits, f.thousands, groupSize, minWidth);
  const len = nonDigit + body.length;
  const pad = Math.max(0, f.width - len);
  const fill = (n: number): string => f.fill.repeat(n);
  switch (f.align) {
    case '<':
      return sign + prefix + body + rest + fill(pad);
    case '^':
      return fill(pad >> 1) + sign + prefix + body + rest + fill(pad - (pad >> 1));
    case '=':
      return sign + prefix + fill(pad) + body + rest;
    default:
      return fill(pad) + sign + prefix + body + rest;
  }
}

function signChar(f: FormatSpec, negative: boolean): string {
  if (negative) return '-';
  return f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
}

/** Mirrors format_string_internal(): format(s, spec) for a str. */
export function formatStr(s: string, spec: string): string {
  const f = parseFormatSpec(spec, '<', 'str', 's');
  if (f.type !== '' && f.type !== 's') raise('ValueError', `Unknown format code '${f.type}' for object of type 'str'`);
  if (f.sign === ' ') raise('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== '') raise('ValueError', 'Sign not allowed in string format specifier');
  if (f.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  let len = pyLen(s);
  if (f.precision >= 0 && len > f.precision) {
    s = Array.from(s).slice(0, f.precision).join('');
    len = f.precision;
  }
  const pad = Math.max(0, f.width - len);
  const fill = (n: number): string => f.fill.repeat(n);
  if (f.align === '>') return fill(pad) + s;
  if (f.align === '^') return fill(pad >> 1) + s + fill(pad - (pad >> 1));
  return s + fill(pad);
}

/** Mirrors format_long_internal(): format(v, spec) for an int (typeName 'bool' for bools). */
export function formatInt(v: PyInt, spec: string, typeName: string = 'int'): string {
  const f = parseFormatSpec(spec, '>', typeName, 'd');
  const t = f.type;
  if ('eEfFgG%'.includes(t)) return formatFloatSpec(intToFloat(v), f, typeName);
  if (!'bcdoxXn'.includes(t)) raise('ValueError', `Unknown format code '${t}' for object of type '${typeName}'`);
  if (f.precision >= 0) raise('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (t === 'c') {
    if (f.sign !== '') raise('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) raise('OverflowError', 'Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(f, '', '', '', String.fromCodePoint(Number(v)), 3);
  }
  const big = toBig(v);
  const negative = big < 0n;
  const mag = negative ? -big : big;
  const base = t === 'b' ? 2 : t === 'o' ? 8 : t === 'x' || t === 'X' ? 16 : 10;
  let digits = mag.toString(base);
  let prefix = '';
  if (f.alternate && base !== 10) prefix = t === 'b' ? '0b' : t === 'o' ? '0o' : t === 'x' ? '0x' : '0X';
  if (t === 'X') digits = digits.toUpperCase();
  return layoutNumber(f, signChar(f, negative), prefix, digits, '', base === 10 ? 3 : 4);
}

/** Mirrors format_float_internal(): format(x, spec) for a float. */
export function formatFloat(x: number, spec: string): string {
  return formatFloatSpec(x, parseFormatSpec(spec, '>', 'float'), 'float');
}

function formatFloatSpec(x: number, f: FormatSpec, typeName: string): string {
  let t = f.type;
  if (t !== '' && !'eEfFgGn%'.includes(t)) raise('ValueError', `Unknown format code '${t}' for object of type '${typeName}'`);
  let precision = f.precision;
  let style: FloatStyle;
  let addDot0 = false;
  let upper = false;
  if (t === '') {
    style = precision < 0 ? 'r' : 'g';
    addDot0 = true;
  } else {
    if (t === 'n') t = 'g';
    upper = t === 'E' || t === 'F' || t === 'G';
    style = t === '%' ? 'f' : (t.toLowerCase() as FloatStyle);
    if (precision < 0) precision = 6;
  }
  let value = x;
  if (t === '%') value = x * 100;
  let negative = value < 0 || Object.is(value, -0);
  let text = floatToText(value, style, precision, f.alternate, addDot0);
  if (upper) text = text.toUpperCase();
  if (f.noNegZero && negative && /^[0.eE+-]*$/.test(text.replace(/[eE][+-]\d+$/, ''))) negative = false;
  // Split into integer digits (grouped/zero-padded) and the rest.
  const m = /^\d*/.exec(text)!;
  let rest = text.slice(m[0].length);
  if (t === '%') rest += '%';
  return layoutNumber(f, signChar(f, negative), '', m[0], rest, 3);
}
