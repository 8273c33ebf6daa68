/**
 * Code-point helpers for the str methods (Objects/unicodeobject.c indexes by code point;
 * a JS string is UTF-16). For strings without astral characters a UTF-16 index is the
 * Python index; for the others these helpers translate.
 */

import { H, PyObject } from '../object.js';
import { PyStr, newStr } from '../str.js';
import { strType } from '../typeobjects.js';
import { TypeError, raise } from '../exceptions.js';
import { asSsize, isIndexable } from './common.js';

/** True when s contains a surrogate pair (Python length ≠ JS length). */
export function astral(s: PyStr): boolean {
  return s.kind === 4;
}

/** The Python characters of a JS string. */
export function chars(s: string): string[] {
  return Array.from(s);
}

/** Python length of a JS string. */
export function pyLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 offset of code point index i (0 ≤ i ≤ length). */
export function cpToU16(s: string, i: number): number {
  let j = 0;
  for (let k = 0; k < i && j < s.length; k++) {
    const c = s.charCodeAt(j);
    j += c >= 0xd800 && c < 0xdc00 && j + 1 < s.length && (s.charCodeAt(j + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return j;
}

/** Code point index of UTF-16 offset j. */
export function u16ToCp(s: string, j: number): number {
  return pyLength(s.slice(0, j));
}

/** The JS string of a str argument, or TypeError `msg` (with %T → type name). */
export function strArg(o: PyObject, msg: string): string {
  if (o instanceof PyStr) return o.v;
  throw raise(TypeError, msg.replace('%T', o.type.name));
}

/** unicode_result_unchanged: self for an exact str whose value is v, else a new str. */
export function same(self: PyObject, v: string): PyObject {
  if (self.type === strType && (self as PyStr).v === v) {
    self.rc++;
    return self;
  }
  return newStr(v);
}

/**
 * ADJUST_INDICES for start/end arguments (None allowed) against a length: returns
 * [start, end] clipped, in code points.
 */
export function adjustIndices(args: PyObject[], from: number, len: number): [number, number] {
  const conv = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined || o.type.name === 'NoneType') return dflt;
    if (!isIndexable(o)) throw raise(TypeError, 'slice indices must be integers or None or have an __index__ method');
    return asSsize(o, null);
  };
  let start = conv(args[from], 0), end = conv(args[from + 1], len);
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** Releases temporaries. */
export function release(os: PyObject[]): void {
  for (const o of os) H.decref(o);
}

/** ascii(o) from repr(o): every non-ASCII code point backslash-escaped (PyObject_ASCII). */
export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}
