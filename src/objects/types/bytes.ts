/**
 * bytes methods and the codecs memsnake has (Objects/bytesobject.c, Objects/unicodeobject.c
 * encode/decode, Objects/longobject.c int.to_bytes/from_bytes), 3.11.
 *
 * Codecs: utf-8, ascii and latin-1 under their usual aliases, with the errors handlers
 * 'strict', 'ignore' and 'replace'; any other encoding is `LookupError: unknown encoding`.
 */

import { H, PyObject, PyType } from '../object.js';
import { PyBytes, bytesRepr, emptyBytes, newBytes } from '../bytes.js';
import { PyInt, newInt } from '../int.js';
import { PyStr, newStr, newStrFresh } from '../str.js';
import { newBool } from '../singletons.js';
import { newTuple } from '../tuple.js';
import { bytesType, intType, objectType } from '../typeobjects.js';
import {
  IndexError, LookupError, OverflowError, TypeError, UnicodeDecodeError,
  UnicodeEncodeError, ValueError, raise,
} from '../exceptions.js';
import { argRange, bindArgs, defClassMethod, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { iterToArray, index as pyIndex, call, isTrue } from '../abstract.js';
import { hashBytes } from '../num/hash.js';
import { PySlice, sliceForLength } from '../slice.js';
import { asSsize, defNew, isIndexable, mkStaticType, notImpl } from './common.js';
import { PyIterBase, defIterMethods } from './iterators.js';
import { repeatCount } from './list_methods.js';
import type { Heap, HeapObject } from '../../heap/heap.js';

type Codec = 'utf-8' | 'ascii' | 'latin-1';

/** The codec an encoding name means (codecs' normalisation: case, '_' and ' ' as '-'). */
function codecOf(name: string): Codec {
  const n = name.toLowerCase().replace(/[_ ]/g, '-');
  if (n === 'utf-8' || n === 'utf8' || n === 'u8' || n === 'utf') return 'utf-8';
  if (n === 'ascii' || n === 'us-ascii' || n === '646') return 'ascii';
  if (n === 'latin-1' || n === 'latin1' || n === 'iso-8859-1' || n === 'iso8859-1' || n === 'l1' || n === 'latin') return 'latin-1';
  throw raise(LookupError, `unknown encoding: ${name}`);
}

function checkErrors(errors: string): void {
  if (errors !== 'strict' && errors !== 'ignore' && errors !== 'replace') {
    throw raise(LookupError, `unknown error handler name '${errors}'`);
  }
}

/** str.encode: a new reference to a bytes object. */
export function encodeStr(s: string, encoding: string, errors: string): PyBytes {
  const codec = codecOf(encoding);
  checkErrors(errors);
  if (codec === 'utf-8') return newBytes(new TextEncoder().encode(s));
  const limit = codec === 'ascii' ? 128 : 256;
  const out: number[] = [];
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0)!;
    if (cp < limit) out.push(cp);
    else if (errors === 'replace') out.push(0x3f);
    else if (errors === 'strict') {
      let j = i + 1;
      while (j < cps.length && cps[j].codePointAt(0)! >= limit) j++;
      const where = j - i === 1 ? `character '${escapeChar(cp)}' in position ${i}` : `characters in position ${i}-${j - 1}`;
      throw raise(UnicodeEncodeError, `'${codec === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode ${where}: ordinal not in range(${limit})`);
    }
  }
  return newBytes(Uint8Array.from(out));
}

/** How repr() shows a non-printable character in a codec error message. */
function escapeChar(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/**
 * One step of strict UTF-8 decoding at `i`: the code point and its length, or the error
 * CPython reports there (reason and how many bytes the error covers).
 */
function utf8Step(b: Uint8Array, i: number): { cp: number; n: number } | { reason: string; n: number } {
  const c = b[i];
  if (c < 0x80) return { cp: c, n: 1 };
  let need: number, min: number, cp: number;
  if (c >= 0xc2 && c <= 0xdf) [need, min, cp] = [1, 0x80, c & 0x1f];
  else if (c >= 0xe0 && c <= 0xef) [need, min, cp] = [2, 0x800, c & 0x0f];
  else if (c >= 0xf0 && c <= 0xf4) [need, min, cp] = [3, 0x10000, c & 0x07];
  else return { reason: 'invalid start byte', n: 1 };
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return { reason: 'unexpected end of data', n: k };
    const d = b[i + k];
    // The second byte's range depends on the first (no overlongs, surrogates, > U+10FFFF).
    let lo = 0x80, hi = 0xbf;
    if (k === 1) {
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
      else if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    }
    if (d < lo || d > hi) return { reason: 'invalid continuation byte', n: k };
    cp = (cp << 6) | (d & 0x3f);
  }
  if (cp < min) return { reason: 'invalid start byte', n: 1 };
  return { cp, n: need + 1 };
}

/** bytes.decode: a new reference to a str. */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): PyStr {
  const codec = codecOf(encoding);
  checkErrors(errors);
  let out = '';
  if (codec === 'utf-8') {
    for (let i = 0; i < b.length;) {
      const r = utf8Step(b, i);
      if ('cp' in r) {
        out += String.fromCodePoint(r.cp);
        i += r.n;
        continue;
      }
      if (errors === 'strict') {
        const where = r.n === 1
          ? `byte 0x${b[i].toString(16).padStart(2, '0')} in position ${i}`
          : `bytes in position ${i}-${i + r.n - 1}`;
        throw raise(UnicodeDecodeError, `'utf-8' codec can't decode ${where}: ${r.reason}`);
      }
      if (errors === 'replace') out += '\ufffd';
      i += r.n;
    }
  } else {
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (codec === 'latin-1' || c < 0x80) out += String.fromCharCode(c);
      else if (errors === 'strict') {
        throw raise(UnicodeDecodeError, `'ascii' codec can't decode byte 0x${c.toString(16)} in position ${i}: ordinal not in range(128)`);
      } else if (errors === 'replace') out += '\ufffd';
    }
  }
  return newStr(out);
}

/** A str argument's value, or TypeError `NAME() argument N must be str, not T`. */
function strArg(o: PyObject | undefined, dflt: string, fname: string, argn: string): string {
  if (o === undefined) return dflt;
  if (!(o instanceof PyStr)) throw raise(TypeError, `${fname}() argument '${argn}' must be str, not ${o.type.name}`);
  return o.v;
}

/** bytes(x) for an iterable of ints: each must be an integer in range(0, 256). */
function bytesFromIterable(o: PyObject): Uint8Array {
  const items = iterToArray(o);
  try {
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = asByte(items[i]);
      out[i] = v;
    }
    return out;
  } finally {
    for (const x of items) H.decref(x);
  }
}

function asByte(o: PyObject): number {
  if (!isIndexable(o)) throw raise(TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  const v = pyIndex(o);
  if (v < 0 || v > 255) throw raise(ValueError, 'bytes must be in range(0, 256)');
  return Number(v);
}

/** The bytes a bytes-like argument holds (bytes only in memsnake), or null. */
function bytesOf(o: PyObject): Uint8Array | null {
  return o instanceof PyBytes ? o.v : null;
}

function bytes_new(cls: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const [src, enc, err] = bindArgs('bytes', args, kwnames, ['source', 'encoding', 'errors'], 0);
  let v: Uint8Array;
  if (src === undefined) {
    if (enc !== undefined || err !== undefined) throw raise(TypeError, enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    v = new Uint8Array(0);
  } else if (enc !== undefined || err !== undefined) {
    if (!(src instanceof PyStr)) throw raise(TypeError, enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    const r = encodeStr(src.v, strArg(enc, 'utf-8', 'bytes', 'encoding'), strArg(err, 'strict', 'bytes', 'errors'));
    v = r.v;
    H.decref(r);
  } else if (src instanceof PyStr) {
    throw raise(TypeError, 'string argument without an encoding');
  } else if (src instanceof PyBytes) {
    if (cls === bytesType) {
      src.rc++;
      return src;
    }
    v = src.v;
  } else if (isIndexable(src)) {
    const n = asSsize(src, 'overflow');
    if (n < 0) throw raise(ValueError, 'negative count');
    v = new Uint8Array(n);
  } else {
    v = bytesFromIterable(src);
  }
  if (cls === bytesType) return newBytes(v);
  // A subclass instance: same layout plus the subclass's header and attributes.
  const o = new PyBytes(v);
  o.type = cls;
  H.allocate(o, 33 + v.length + cls.presize, cls.presize);
  cls.rc++;
  return o;
}

function bytes_subscript(self: PyBytes, key: PyObject): PyObject {
  const b = self.v;
  if (isIndexable(key)) {
    let i = asSsize(key, 'index');
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) throw raise(IndexError, 'index out of range');
    return newInt(b[i]);
  }
  if (key instanceof PySlice) {
    const s = sliceForLength(key, b.length);
    if (s.len <= 0) {
      emptyBytes.rc++;
      return emptyBytes;
    }
    if (s.step === 1 && s.len === b.length && self.type === bytesType) {
      self.rc++;
      return self;
    }
    const out = new Uint8Array(s.len);
    for (let i = 0, cur = s.start; i < s.len; i++, cur += s.step) out[i] = b[cur];
    return newBytes(out);
  }
  throw raise(TypeError, `byte indices must be integers or slices, not ${key.type.name}`);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** The `sub` argument of find/count/__contains__: bytes or an int in range(256). */
function needleOf(o: PyObject): Uint8Array {
  const b = bytesOf(o);
  if (b !== null) return b;
  if (isIndexable(o)) return Uint8Array.of(asByte(o));
  throw raise(TypeError, `argument should be integer or bytes-like object, not '${o.type.name}'`);
}

/** bytes_iterator: yields ints. */
class PyBytesIter extends PyIterBase {
  pos = 0;
  constructor(t: PyType, public seq: PyBytes | null) {
    super(t);
  }
  iternext(): PyObject | null {
    const s = this.seq;
    if (s === null) return null;
    if (this.pos < s.v.length) return newInt(s.v[this.pos++]);
    this.seq = null;
    H.decref(s);
    return null;
  }
  override lengthHint(): number {
    return this.seq === null ? 0 : this.seq.v.length - this.pos;
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.seq) visit(this.seq);
  }
  override clearContents(heap: Heap): void {
    const s = this.seq;
    this.seq = null;
    if (s) heap.decref(s);
  }
}

function initBytes(): void {
  const t = bytesType;
  const B = (o: PyObject) => (o as PyBytes).v;
  defNew(t, bytes_new);
  defMethod(t, '__repr__', (self) => newStrFresh(bytesRepr(B(self))));
  defMethod(t, '__str__', (self) => newStrFresh(bytesRepr(B(self))));
  defMethod(t, '__hash__', (self) => {
    const b = self as PyBytes;
    if (b.hash === null) b.hash = hashBytes(b.v);
    return newInt(b.hash);
  });
  defMethod(t, '__len__', (self) => newInt(B(self).length));
  defMethod(t, '__getitem__', (self, args) => bytes_subscript(self as PyBytes, args[0]));
  const iterType = mkStaticType('bytes_iterator', 32, true, objectType);
  defIterMethods(iterType);
  defMethod(t, '__iter__', (self) => {
    self.rc++;
    const it = new PyBytesIter(iterType, self as PyBytes);
    H.allocate(it, 48, 16);
    return it;
  });
  defMethod(t, '__contains__', (self, args) => newBool(indexOf(B(self), needleOf(args[0]), 0) >= 0));
  defMethod(t, '__add__', (self, args) => {
    const o = bytesOf(args[0]);
    if (o === null) throw raise(TypeError, `can't concat ${args[0].type.name} to ${self.type.name}`);
    const a = B(self);
    if (o.length === 0 && self.type === bytesType) {
      self.rc++;
      return self;
    }
    const out = new Uint8Array(a.length + o.length);
    out.set(a);
    out.set(o, a.length);
    return newBytes(out);
  });
  const mul = (self: PyObject, args: PyObject[]): PyObject => {
    const n = repeatCount(args[0]);
    if (n === null) return notImpl();
    const a = B(self);
    if (n === 1 && self.type === bytesType) {
      self.rc++;
      return self;
    }
    const out = new Uint8Array(Math.max(0, n) * a.length);
    for (let k = 0; k < n; k++) out.set(a, k * a.length);
    return newBytes(out);
  };
  defMethod(t, '__mul__', mul);
  defMethod(t, '__rmul__', mul);
  for (const [name, test] of [
    ['__eq__', (c: number) => c === 0], ['__ne__', (c: number) => c !== 0], ['__lt__', (c: number) => c < 0],
    ['__le__', (c: number) => c <= 0], ['__gt__', (c: number) => c > 0], ['__ge__', (c: number) => c >= 0],
  ] as const) {
    defMethod(t, name, (self, args) => {
      const o = bytesOf(args[0]);
      if (o === null) return notImpl();
      return newBool(test(compareBytes(B(self), o)));
    });
  }
  defMethod(t, 'decode', (self, args, kw) => {
    const [enc, err] = bindArgs('decode', args, kw, ['encoding', 'errors'], 0);
    return decodeBytes(B(self), strArg(enc, 'utf-8', 'decode', 'encoding'), strArg(err, 'strict', 'decode', 'errors'));
  });
  defMethod(t, 'hex', (self, args, kw) => {
    argRange('hex', args, kw, 0, 0);
    return newStr(Array.from(B(self), (c) => c.toString(16).padStart(2, '0')).join(''));
  });
  defClassMethod(t, 'fromhex', (cls, args, kw) => {
    argRange('fromhex', args, kw, 1, 1);
    const s = args[0];
    if (!(s instanceof PyStr)) throw raise(TypeError, `fromhex() argument must be str, not ${s.type.name}`);
    const out: number[] = [];
    const v = s.v;
    for (let i = 0; i < v.length;) {
      if (v[i] === ' ') {
        i++;
        continue;
      }
      const hi = parseInt(v[i], 16), lo = i + 1 < v.length ? parseInt(v[i + 1], 16) : NaN;
      if (Number.isNaN(hi) || Number.isNaN(lo)) {
        throw raise(ValueError, `non-hexadecimal number found in fromhex() arg at position ${Number.isNaN(hi) ? i : i + 1}`);
      }
      out.push(hi * 16 + lo);
      i += 2;
    }
    const r = newBytes(Uint8Array.from(out));
    if (cls === bytesType) return r;
    try {
      return call(cls, [r]);
    } finally {
      H.decref(r);
    }
  });
  for (const [name, atEnd] of [['startswith', false], ['endswith', true]] as const) {
    defMethod(t, name, (self, args, kw) => {
      argRange(name, args, kw, 1, 1);
      const a = B(self);
      const p = bytesOf(args[0]);
      if (p === null) throw raise(TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${args[0].type.name}`);
      const off = atEnd ? a.length - p.length : 0;
      return newBool(off >= 0 && indexOf(a, p, off) === off);
    });
  }
  defMethod(t, 'find', (self, args, kw) => {
    argRange('find', args, kw, 1, 1);
    return newInt(indexOf(B(self), needleOf(args[0]), 0));
  });
  defMethod(t, 'count', (self, args, kw) => {
    argRange('count', args, kw, 1, 1);
    const a = B(self), n = needleOf(args[0]);
    if (n.length === 0) return newInt(a.length + 1);
    let c = 0;
    for (let i = indexOf(a, n, 0); i >= 0; i = indexOf(a, n, i + n.length)) c++;
    return newInt(c);
  });
  defMethod(t, 'join', (self, args, kw) => {
    argRange('join', args, kw, 1, 1);
    const items = iterToArray(args[0]);
    try {
      const parts: Uint8Array[] = [];
      for (let i = 0; i < items.length; i++) {
        const p = bytesOf(items[i]);
        if (p === null) throw raise(TypeError, `sequence item ${i}: expected a bytes-like object, ${items[i].type.name} found`);
        parts.push(p);
      }
      const sep = B(self);
      const out: number[] = [];
      parts.forEach((p, i) => {
        if (i > 0) out.push(...sep);
        out.push(...p);
      });
      return newBytes(Uint8Array.from(out));
    } finally {
      for (const x of items) H.decref(x);
    }
  });
  for (const [name, f] of [
    ['upper', (c: number) => (c >= 0x61 && c <= 0x7a ? c - 32 : c)],
    ['lower', (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c)],
  ] as const) {
    defMethod(t, name, (self, args, kw) => {
      argRange(name, args, kw, 0, 0);
      return newBytes(B(self).map(f));
    });
  }
  defMethod(t, '__getnewargs__', (self) => newTuple([newBytes(B(self).slice())]));
  initIntBytes();
}

/** int.to_bytes and int.from_bytes (3.11: length and byteorder default to 1 and 'big'). */
function initIntBytes(): void {
  const order = (o: PyObject | undefined): boolean => {
    if (o === undefined) return false;
    if (!(o instanceof PyStr)) throw raise(TypeError, `to_bytes() argument 'byteorder' must be str, not ${o.type.name}`);
    if (o.v === 'little') return true;
    if (o.v === 'big') return false;
    throw raise(ValueError, "byteorder must be either 'little' or 'big'");
  };
  defMethod(intType, 'to_bytes', (self, args, kw) => {
    const [len, bo, signed] = bindArgs('to_bytes', args, kw, ['length', 'byteorder', 'signed'], 0, 0, 2);
    const n = len === undefined ? 1 : asSsize(len, 'overflow');
    if (n < 0) throw raise(ValueError, 'length argument must be non-negative');
    const little = order(bo);
    const isSigned = signed !== undefined && isTrue(signed);
    let v = BigInt((self as PyInt).v);
    if (v < 0n && !isSigned) throw raise(OverflowError, "can't convert negative int to unsigned");
    const bits = BigInt(8 * n);
    const fits = n === 0 ? v === 0n : isSigned ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
    if (!fits) throw raise(OverflowError, 'int too big to convert');
    if (v < 0n) v += 1n << bits;
    const out = new Uint8Array(n);
    for (let i = n - 1; i >= 0; i--) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    if (little) out.reverse();
    return newBytes(out);
  });
  defClassMethod(intType, 'from_bytes', (cls, args, kw) => {
    const [src, bo, signed] = bindArgs('from_bytes', args, kw, ['bytes', 'byteorder', 'signed'], 1, 0, 2);
    const little = order(bo);
    const b = bytesOf(src!) ?? bytesFromIterable(src!);
    const bytes = little ? b.slice().reverse() : b;
    let v = 0n;
    for (const c of bytes) v = (v << 8n) | BigInt(c);
    const isSigned = signed !== undefined && isTrue(signed);
    if (isSigned && bytes.length > 0 && bytes[0] >= 0x80) v -= 1n << BigInt(8 * bytes.length);
    const r = newInt(v);
    if (cls === intType) return r;
    try {
      return call(cls, [r]);
    } finally {
      H.decref(r);
    }
  });
}

onInit(initBytes);
