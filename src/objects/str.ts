/**
 * str (Objects/unicodeobject.c). The value is a JS string (UTF-16); a Python character
 * outside the BMP is a surrogate pair here, so length and indexing go through
 * `cpLength`/`cpAt` when `astral` is set.
 *
 * 3.11's compact layout decides the size: ASCII strings have a 48-byte header, others
 * 72, plus (length + 1) × character width (1 for Latin-1, 2 for UCS-2, 4 for UCS-4).
 *
 * Caches: the empty string and the 256 one-character Latin-1 strings are static
 * singletons (handed out by indexing, slicing, chr...), and identifier-like literals are
 * interned. The interned-strings table holds no counted references (3.11).
 */

import type { Heap } from '../heap/heap.js';
import { H, PyObject, PyType, STATIC_RC, staticAddr } from './object.js';
import { strType } from './typeobjects.js';

export class PyStr extends PyObject {
  /** Cached hash (CPython caches it in the object). */
  h: bigint | null = null;
  interned = false;
  /** -1 unknown, else max code point class: 0 ascii, 1 latin1, 2 ucs2, 4 ucs4. */
  private k = -1;
  constructor(public v: string) {
    super(strType);
  }
  override dealloc(heap: Heap): boolean | void {
    if (this.interned) interned.delete(this.v);
    if (this.type !== strType) return super.dealloc(heap);
    heap.freeBlock(this, 0);
  }
  /** 0 ASCII, 1 Latin-1, 2 UCS-2, 4 UCS-4. */
  get kind(): number {
    if (this.k < 0) this.k = strKind(this.v);
    return this.k;
  }
  /** Number of Python characters. */
  get length(): number {
    return this.kind === 4 ? cpLength(this.v) : this.v.length;
  }
}

export function strKind(s: string): number {
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  if (max < 128) return 0;
  if (max < 256) return 1;
  if (max >= 0xd800 && /[\ud800-\udbff][\udc00-\udfff]/.test(s)) return 4;
  return 2;
}

export function cpLength(s: string): number {
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

/** sizeof for a str of the given value (without any cached UTF-8 copy). */
export function strSizeof(s: string, kind = strKind(s)): number {
  const len = kind === 4 ? cpLength(s) : s.length;
  if (kind === 0) return 48 + len + 1;
  const width = kind === 1 ? 1 : kind;
  return 72 + (len + 1) * width;
}

function mkStatic(s: string): PyStr {
  const o = new PyStr(s);
  o.rc = STATIC_RC;
  o.addr = staticAddr(strSizeof(s));
  return o;
}

export const emptyStr = mkStatic('');
/** The 256 one-character Latin-1 strings. */
export const latin1Chars: PyStr[] = [];
for (let i = 0; i < 256; i++) latin1Chars.push(mkStatic(String.fromCharCode(i)));

/** The interned strings (references from this table are not counted, as in 3.11). */
const interned = new Map<string, PyStr>();
for (const c of latin1Chars) {
  interned.set(c.v, c);
  c.interned = true;
}
interned.set('', emptyStr);
emptyStr.interned = true;

/**
 * In 3.11 the interned copies of these 29 one-character strings are not the runtime
 * one-character cache entries: the deep-frozen start-up modules bring their own static
 * 'a', 'b', ... and intern them first. So a constant or identifier 'a' (interned) is not
 * `chr(97)` (the cache), and `sys.intern(chr(97)) is chr(97)` is False.
 */
const DEEP_FROZEN_CHARS = 'BCLST_abcdefhijklmnopqrstvwxy';
for (const ch of DEEP_FROZEN_CHARS) {
  const o = mkStatic(ch);
  o.interned = true;
  interned.set(ch, o);
  latin1Chars[ch.charCodeAt(0)].interned = false;
}

/**
 * Returns a new reference to a str with value s. Empty and one-character Latin-1
 * results come from the static caches, as CPython's unicode_result does.
 */
export function newStr(s: string): PyStr {
  if (s.length <= 1) {
    if (s.length === 0) {
      emptyStr.rc++;
      return emptyStr;
    }
    const c = s.charCodeAt(0);
    if (c < 256) {
      const o = latin1Chars[c];
      o.rc++;
      return o;
    }
  }
  const o = new PyStr(s);
  H.allocate(o, strSizeof(s), 0);
  return o;
}

/**
 * A new str that never comes from the one-character cache (str(7), repr(), f-strings
 * build a fresh object in 3.11).
 */
export function newStrFresh(s: string): PyStr {
  if (s.length === 0) return newStr(s);
  const o = new PyStr(s);
  H.allocate(o, strSizeof(s), 0);
  return o;
}

export function newStrOfType(t: PyType, s: string): PyStr {
  const o = new PyStr(s);
  o.type = t;
  H.allocate(o, strSizeof(s) + t.presize, t.presize);
  t.rc++;
  return o;
}

/**
 * sys.intern / identifier interning: returns a new reference to the canonical str for s
 * (the table itself holds no reference).
 */
export function internStr(s: string): PyStr {
  let o = interned.get(s);
  if (o === undefined) {
    o = new PyStr(s);
    H.allocate(o, strSizeof(s), 0);
    o.interned = true;
    interned.set(s, o);
    return o;
  }
  o.rc++;
  return o;
}

/** Interns an existing str object (sys.intern(x)); returns a new reference. */
export function internObj(o: PyStr): PyStr {
  if (o.interned) {
    o.rc++;
    return o;
  }
  const existing = interned.get(o.v);
  if (existing !== undefined) {
    existing.rc++;
    return existing;
  }
  if (o.type === strType) {
    o.interned = true;
    interned.set(o.v, o);
  }
  o.rc++;
  return o;
}

/**
 * Forgets the interned strings of a previous session (they lived on its heap); the
 * static ones stay. Called when a session starts.
 */
export function resetInterned(): void {
  for (const [k, o] of interned) if (o.rc < STATIC_RC / 2) interned.delete(k);
}

/** Identifier-like: only [A-Za-z0-9_] (CPython interns such str constants). */
export function isIdentLike(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/** Static interned strings the runtime uses as attribute names etc. */
export function staticName(s: string): PyStr {
  let o = interned.get(s);
  if (o === undefined) {
    o = mkStatic(s);
    o.interned = true;
    interned.set(s, o);
  }
  return o;
}
