/**
 * printf-style formatting: str % args.
 *
 * Mirrors PyUnicode_Format() of Objects/unicodeobject.c, 3.11
 * (unicode_format_arg_parse, unicode_format_getnextarg,
 * unicode_format_arg_format, unicode_format_arg_output, mainformatlong,
 * formatfloat, formatchar). The caller's objects stay opaque: a PercentHooks
 * adapter converts them, so this module never touches the heap.
 */

import { raise } from './errors.js';
import { type PyInt, toBig } from './int.js';
import { floatToInt } from './intfloat.js';
import { floatToText, type FloatStyle } from './floatfmt.js';
import { pyLen } from './strrepr.js';

/** Conversions the formatter needs from the caller's values. */
export interface PercentHooks<V> {
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** The int value of an int (bool included) or an object with __index__; else null. */
  asIndex(v: V): PyInt | null;
  /** float(v) for a float or an object with __float__ (ints included); else null. */
  asFloat(v: V): number | null;
  /** The text of a str; else null. */
  asStr(v: V): string | null;
  /** type(v).__name__, for error messages. */
  typeName(v: V): string;
}

/**
 * The right operand. 'single' is any non-tuple; getItem is present when it is
 * a mapping (PyMapping_Check: dicts, but also lists) and throws the caller's
 * KeyError / TypeError for a bad key.
 */
export type PercentArgs<V> =
  | { kind: 'tuple'; items: readonly V[] }
  | { kind: 'single'; value: V; getItem?: (key: string) => V };

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** Mirrors PyUnicode_Format(): fmt % args. */
export function percentFormat<V>(fmt: string, args: PercentArgs<V>, hooks: PercentHooks<V>): string {
  const cps = Array.from(fmt);
  // The formatter state of CPython: a single argument has arglen -1, argidx -2.
  let current: V | null = args.kind === 'single' ? args.value : null;
  let arglen = args.kind === 'tuple' ? args.items.length : -1;
  let argidx = args.kind === 'tuple' ? 0 : -2;
  const dict = args.kind === 'single' ? args.getItem : undefined;

  const nextArg = (): V => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? current! : (args as { items: readonly V[] }).items[i];
    }
    raise('TypeError', 'not enough arguments for format string');
  };
  const starArg = (): number => {
    const v = nextArg();
    const n = hooks.asIndex(v);
    // CPython requires an exact int (PyLong_Check); __index__ objects are accepted here.
    if (n === null) raise('TypeError', '* wants int');
    return Number(n);
  };

  let out = '';
  let pos = 0;
  // Invariant: cps[0, pos) has been written to out.
  while (pos < cps.length) {
    if (cps[pos] !== '%') {
      const next = nextPercent(cps, pos);
      out += cps.slice(pos, next).join('');
      pos = next;
      continue;
    }
    pos++;
    if (cps[pos] === '%') {
      out += '%';
      pos++;
      continue;
    }
    if (cps[pos] === '(') {
      if (dict === undefined) raise('TypeError', 'format requires a mapping');
      let depth = 1;
      const start = ++pos;
      while (depth > 0 && pos < cps.length) {
        if (cps[pos] === ')') depth--;
        else if (cps[pos] === '(') depth++;
        pos++;
      }
      if (depth > 0) raise('ValueError', 'incomplete format key');
      current = dict(cps.slice(start, pos - 1).join(''));
      arglen = -1;
      argidx = -2;
    }
    let flags = 0;
    for (; pos < cps.length; pos++) {
      const c = cps[pos];
      if (c === '-') flags |= F_LJUST;
      else if (c === '+') flags |= F_SIGN;
      else if (c === ' ') flags |= F_BLANK;
      else if (c === '#') flags |= F_ALT;
      else if (c === '0') flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (cps[pos] === '*') {
      width = starArg();
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      pos++;
    } else {
      while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9') {
        width = (width < 0 ? 0 : width * 10) + Number(cps[pos]);
        pos++;
      }
    }
    let prec = -1;
    if (cps[pos] === '.') {
      prec = 0;
      pos++;
      if (cps[pos] === '*') {
        prec = Math.max(0, starArg());
        pos++;
      } else {
        while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9') {
          prec = prec * 10 + Number(cps[pos]);
          pos++;
        }
      }
    }
    // Length modifiers h, l and L are accepted and ignored.
    while (cps[pos] === 'h' || cps[pos] === 'l' || cps[pos] === 'L') pos++;
    if (pos >= cps.length) raise('ValueError', 'incomplete format');
    const ch = cps[pos++];
    const v = nextArg();
    out += formatOne(ch, v, flags, width, prec, pos - 1, hooks);
  }
  if (argidx < arglen && dict === undefined) raise('TypeError', 'not all arguments converted during string formatting');
  return out;
}

function nextPercent(cps: string[], from: number): number {
  let i = from;
  while (i < cps.length && cps[i] !== '%') i++;
  return i;
}

function formatOne<V>(ch: string, v: V, flags: number, width: number, prec: number, index: number, hooks: PercentHooks<V>): string {
  switch (ch) {
    case 's':
    case 'r':
    case 'a': {
      let s = ch === 's' ? hooks.str(v) : ch === 'r' ? hooks.repr(v) : hooks.ascii(v);
      if (prec >= 0 && pyLen(s) > prec) s = Array.from(s).slice(0, prec).join('');
      return pad(s, '', width, flags & ~F_ZERO);
    }
    case 'c': {
      const s = hooks.asStr(v);
      if (s !== null) {
        if (pyLen(s) !== 1) raise('TypeError', '%c requires int or char');
        return pad(s, '', width, flags & ~F_ZERO);
      }
      const n = hooks.asIndex(v);
      if (n === null) raise('TypeError', '%c requires int or char');
      if (n < 0 || n > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
      return pad(String.fromCodePoint(Number(n)), '', width, flags & ~F_ZERO);
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      let n = hooks.asIndex(v);
      if (n === null) {
        const f = ch === 'o' || ch === 'x' || ch === 'X' ? null : hooks.asFloat(v);
        if (f === null || hooks.asStr(v) !== null) {
          const what = ch === 'o' || ch === 'x' || ch === 'X' ? 'an integer' : 'a real number';
          raise('TypeError', `%${ch} format: ${what} is required, not ${hooks.typeName(v)}`);
        }
        n = floatToInt(f);
      }
      return formatLong(toBig(n), ch, flags, width, prec);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const x = hooks.asStr(v) === null ? hooks.asFloat(v) : null;
      if (x === null) raise('TypeError', `must be real number, not ${hooks.typeName(v)}`);
      const style = ch.toLowerCase() as FloatStyle;
      let body = floatToText(x, style, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0, false);
      if (ch === 'E' || ch === 'F' || ch === 'G') body = body.toUpperCase();
      const negative = x < 0 || Object.is(x, -0);
      return pad(body, signOf(negative, flags), width, flags);
    }
    default: {
      const cp = ch.codePointAt(0)!;
      const shown = cp >= 31 && cp <= 126 ? ch : '?';
      raise('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
    }
  }
}

function signOf(negative: boolean, flags: number): string {
  if (negative) return '-';
  if (flags & F_SIGN) return '+';
  if (flags & F_BLANK) return ' ';
  return '';
}

/** Mirrors _PyUnicode_FormatLong(): digits padded to prec, '#' prefix for o/x/X. */
function formatLong(n: bigint, ch: string, flags: number, width: number, prec: number): string {
  const negative = n < 0n;
  const base = ch === 'o' ? 8 : ch === 'x' || ch === 'X' ? 16 : 10;
  let digits = (negative ? -n : n).toString(base);
  if (ch === 'X') digits = digits.toUpperCase();
  if (prec > digits.length) digits = digits.padStart(prec, '0');
  const prefix = flags & F_ALT && base !== 10 ? (ch === 'o' ? '0o' : ch === 'x' ? '0x' : '0X') : '';
  return pad(digits, signOf(negative, flags) + prefix, width, flags);
}

/** Mirrors unicode_format_arg_output(): sign/prefix, then zero or space padding. */
function pad(body: string, lead: string, width: number, flags: number): string {
  const len = lead.length + pyLen(body);
  if (width <= len) return lead + body;
  const n = width - len;
  if (flags & F_LJUST) return lead + body + ' '.repeat(n);
  if (flags & F_ZERO) return lead + '0'.repeat(n) + body;
  return ' '.repeat(n) + lead + body;
}
