/**
 * The named str methods: searching, splitting, stripping, case, predicates, padding,
 * join, replace, partition, splitlines, expandtabs, translate. Mirrors
 * Objects/unicodeobject.c and Objects/stringlib/*.h, 3.11. Case mappings and character
 * classes come from num/unicode.ts (Unicode 14 tables of python3 3.11).
 */

import { H, PyObject } from '../object.js';
import { PyStr, newStr } from '../str.js';
import { newInt } from '../int.js';
import { PyList, newList, listAppend, setAllocated } from '../list.js';
import { PyTuple, newTuple } from '../tuple.js';
import { PyDict, newDict } from '../dict.js';
import { None, newBool } from '../singletons.js';
import { strType } from '../typeobjects.js';
import { LookupError, OverflowError, TypeError, ValueError, raise } from '../exceptions.js';
import { argRange, defClassMethod, defMethod, bindArgs } from '../methods.js';
import { onInit } from '../init.js';
import { getItem, index as pyIndex, iterToArray, isInstance } from '../abstract.js';
import { PyRaise } from '../object.js';
import * as U from '../num/unicode.js';
import { isSpaceCp } from '../num/ucd.js';
import { isPrintable } from '../num/strrepr.js';
import { adjustIndices, chars, cpToU16, pyLength, same, strArg, u16ToCp } from './str_util.js';
import { asSsize } from './common.js';
import { encodeStr } from './bytes.js';

const S = (o: PyObject): string => (o as PyStr).v;
const isWs = (ch: string): boolean => isSpaceCp(ch.codePointAt(0)!);

/** The [start, end) window of s as a JS substring plus its UTF-16 offset. */
function window(s: string, args: PyObject[], from: number): { sub: string; off: number; start: number; end: number; len: number } {
  const len = pyLength(s);
  const [start, end] = adjustIndices(args, from, len);
  const wide = len !== s.length;
  const a = wide ? cpToU16(s, start) : start;
  const b = wide ? cpToU16(s, Math.max(start, end)) : Math.max(start, end);
  return { sub: start > len ? '' : s.slice(a, b), off: a, start, end, len };
}

function find(self: PyObject, args: PyObject[], kw: string[] | null, name: string, rev: boolean): number {
  argRange(name, args, kw, 1, 3);
  const sub = strArg(args[0], `must be str, not %T`);
  const s = S(self);
  const w = window(s, args, 1);
  if (w.start > w.len || w.end - w.start < 0) return sub === '' && w.start <= w.len && w.start <= w.end ? w.start : -1;
  if (w.start > w.end) return -1;
  const j = rev ? w.sub.lastIndexOf(sub) : w.sub.indexOf(sub);
  if (j < 0) return -1;
  return u16ToCp(s, w.off + j);
}

function count(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('count', args, kw, 1, 3);
  const sub = strArg(args[0], 'must be str, not %T');
  const s = S(self);
  const w = window(s, args, 1);
  if (w.start > w.len || w.start > w.end) return newInt(0);
  if (sub === '') return newInt(w.end - w.start + 1);
  let c = 0;
  for (let i = w.sub.indexOf(sub); i >= 0; i = w.sub.indexOf(sub, i + sub.length)) c++;
  return newInt(c);
}

function startsEnds(self: PyObject, args: PyObject[], kw: string[] | null, name: string): PyObject {
  argRange(name, args, kw, 1, 3);
  const s = S(self);
  const w = window(s, args, 1);
  const test = (p: string): boolean => {
    if (w.start > w.len) return false;
    if (w.end - w.start < pyLength(p)) return false;
    return name === 'startswith' ? w.sub.startsWith(p) : w.sub.endsWith(p);
  };
  const x = args[0];
  if (x instanceof PyTuple) {
    for (const p of x.items) {
      if (!(p instanceof PyStr)) throw raise(TypeError, `tuple for ${name} must only contain str, not ${p.type.name}`);
      if (test(p.v)) return newBool(true);
    }
    return newBool(false);
  }
  if (!(x instanceof PyStr)) throw raise(TypeError, `${name} first arg must be str or a tuple of str, not ${x.type.name}`);
  return newBool(test(x.v));
}

/** split/rsplit arguments: (sep=None, maxsplit=-1). */
function splitArgs(name: string, args: PyObject[], kw: string[] | null): [string | null, number] {
  const [sepO, maxO] = bindArgs(name, args, kw, ['sep', 'maxsplit'], 0);
  let sep: string | null = null;
  if (sepO !== undefined && sepO !== None) {
    sep = strArg(sepO, 'must be str or None, not %T');
    if (sep === '') throw raise(ValueError, 'empty separator');
  }
  const max = maxO === undefined ? -1 : asSsize(maxO, 'overflow');
  return [sep, max < 0 ? Infinity : max];
}

/** One part as a str: an unsplit exact str goes in as itself. */
function partStr(self: PyObject, parts: string[], p: string): PyObject {
  if (parts.length === 1 && p === S(self) && self.type === strType) {
    self.rc++;
    return self;
  }
  return newStr(p);
}

/** splitlines' list: PyList_New(0), then one append per line (append growth). */
function listOf(self: PyObject, parts: string[]): PyObject {
  const l = newList([]);
  for (const p of parts) listAppend(l as PyList, partStr(self, parts, p));
  return l;
}

/**
 * split/rsplit's list (stringlib/split.h): PyList_New(PREALLOC_SIZE(maxsplit)), i.e. room
 * for maxsplit + 1 items but at most 12, filled in place; items past the 12th are
 * appended (list_resize from 12); the length is then set to the count without shrinking.
 * So 'a b c'.split() has capacity 12 (getsizeof 152) and 'a b'.split(None, 0) capacity 1.
 */
function splitList(self: PyObject, parts: string[], maxsplit: number): PyObject {
  const l = newList([]) as PyList;
  setAllocated(l, maxsplit >= 12 ? 12 : maxsplit + 1);
  for (const p of parts) {
    const v = partStr(self, parts, p);
    if (l.items.length < 12) l.items.push(v);
    else listAppend(l, v);
  }
  return l;
}

function split(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [sep, max] = splitArgs('split', args, kw);
  const s = S(self);
  const out: string[] = [];
  if (sep === null) {
    const cs = chars(s);
    let i = 0;
    while (i < cs.length) {
      while (i < cs.length && isWs(cs[i])) i++;
      if (i >= cs.length) break;
      if (out.length >= max) {
        out.push(cs.slice(i).join(''));
        break;
      }
      let j = i;
      while (j < cs.length && !isWs(cs[j])) j++;
      out.push(cs.slice(i, j).join(''));
      i = j;
    }
  } else {
    let start = 0;
    while (out.length < max) {
      const j = s.indexOf(sep, start);
      if (j < 0) break;
      out.push(s.slice(start, j));
      start = j + sep.length;
    }
    out.push(s.slice(start));
  }
  return splitList(self, out, max);
}

function rsplit(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [sep, max] = splitArgs('rsplit', args, kw);
  const s = S(self);
  const out: string[] = [];
  if (sep === null) {
    const cs = chars(s);
    let i = cs.length;
    while (i > 0) {
      while (i > 0 && isWs(cs[i - 1])) i--;
      if (i <= 0) break;
      if (out.length >= max) {
        out.push(cs.slice(0, i).join(''));
        break;
      }
      let j = i;
      while (j > 0 && !isWs(cs[j - 1])) j--;
      out.push(cs.slice(j, i).join(''));
      i = j;
    }
  } else {
    let end = s.length;
    while (out.length < max) {
      const j = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
      if (j < 0) break;
      out.push(s.slice(j + sep.length, end));
      end = j;
    }
    out.push(s.slice(0, end));
  }
  out.reverse();
  return splitList(self, out, max);
}

function strip(self: PyObject, args: PyObject[], kw: string[] | null, name: string, left: boolean, right: boolean): PyObject {
  argRange(name, args, kw, 0, 1);
  const cs = chars(S(self));
  let pred: (c: string) => boolean = isWs;
  if (args.length > 0 && args[0] !== None) {
    const set = new Set(chars(strArg(args[0], `${name} arg must be None or str`)));
    pred = (c) => set.has(c);
  }
  let i = 0, j = cs.length;
  if (left) while (i < j && pred(cs[i])) i++;
  if (right) while (j > i && pred(cs[j - 1])) j--;
  return same(self, cs.slice(i, j).join(''));
}

function replace(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('replace', args, kw, 2, 3);
  const old = strArg(args[0], 'replace() argument 1 must be str, not %T');
  const rep = strArg(args[1], 'replace() argument 2 must be str, not %T');
  let max = args.length > 2 ? asSsize(args[2], 'overflow') : -1;
  if (max < 0) max = Infinity;
  const s = S(self);
  if (max === 0) return same(self, s);
  let out = '';
  let n = 0;
  if (old === '') {
    const cs = chars(s);
    for (let i = 0; i < cs.length; i++) {
      if (n < max) {
        out += rep;
        n++;
      }
      out += cs[i];
    }
    if (n < max) {
      out += rep;
      n++;
    }
  } else {
    let start = 0;
    for (;;) {
      const j = n < max ? s.indexOf(old, start) : -1;
      if (j < 0) break;
      out += s.slice(start, j) + rep;
      start = j + old.length;
      n++;
    }
    out += s.slice(start);
  }
  if (n === 0) return same(self, s);
  return newStr(out);
}

function join(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('str.join', args, kw, 1, 1);
  const items = iterToArray(args[0]);
  try {
    if (items.length === 1 && items[0].type === strType) {
      items[0].rc++;
      return items[0];
    }
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (!(x instanceof PyStr)) throw raise(TypeError, `sequence item ${i}: expected str instance, ${x.type.name} found`);
      parts.push(x.v);
    }
    return newStr(parts.join(S(self)));
  } finally {
    for (const x of items) H.decref(x);
  }
}

function pad(self: PyObject, args: PyObject[], kw: string[] | null, name: string): PyObject {
  argRange(name, args, kw, 1, 2);
  const width = asSsize(args[0], 'overflow');
  let fill = ' ';
  if (args.length > 1) {
    const f = args[1];
    if (!(f instanceof PyStr) || pyLength(f.v) !== 1) {
      throw raise(TypeError, `The fill character must be exactly one character long`);
    }
    fill = f.v;
  }
  const s = S(self);
  const n = pyLength(s);
  if (width <= n) return same(self, s);
  const marg = width - n;
  if (name === 'ljust') return newStr(s + fill.repeat(marg));
  if (name === 'rjust') return newStr(fill.repeat(marg) + s);
  const left = (marg >> 1) + (marg & width & 1);
  return newStr(fill.repeat(left) + s + fill.repeat(marg - left));
}

function partition(self: PyObject, args: PyObject[], kw: string[] | null, rev: boolean): PyObject {
  argRange(rev ? 'rpartition' : 'partition', args, kw, 1, 1);
  const sep = strArg(args[0], 'must be str, not %T');
  if (sep === '') throw raise(ValueError, 'empty separator');
  const s = S(self);
  const j = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
  const selfRef = (): PyObject => same(self, s);
  if (j < 0) return rev ? newTuple([newStr(''), newStr(''), selfRef()]) : newTuple([selfRef(), newStr(''), newStr('')]);
  return newTuple([newStr(s.slice(0, j)), same(args[0], sep), newStr(s.slice(j + sep.length))]);
}

const LINE_BREAKS = new Set(['\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']);

function splitlines(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [ke] = bindArgs('splitlines', args, kw, ['keepends'], 0);
  const keep = ke !== undefined && pyIndex(ke) != 0;
  const s = S(self);
  const out: string[] = [];
  let i = 0, start = 0;
  while (i < s.length) {
    const c = s[i];
    if (LINE_BREAKS.has(c)) {
      let eol = i + 1;
      if (c === '\r' && s[i + 1] === '\n') eol++;
      out.push(s.slice(start, keep ? eol : i));
      start = i = eol;
    } else i++;
  }
  if (start < s.length) out.push(s.slice(start));
  return listOf(self, out);
}

function expandtabs(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [ts] = bindArgs('expandtabs', args, kw, ['tabsize'], 0);
  const tab = ts === undefined ? 8 : asSsize(ts, 'overflow');
  const s = S(self);
  if (!s.includes('\t')) return same(self, s);
  let out = '', col = 0;
  for (const c of chars(s)) {
    if (c === '\t') {
      if (tab > 0) {
        const n = tab - (col % tab);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return newStr(out);
}

function zfill(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('zfill', args, kw, 1, 1);
  const width = asSsize(args[0], 'overflow');
  const s = S(self);
  const n = pyLength(s);
  if (width <= n) return same(self, s);
  const fill = width - n;
  let out = '0'.repeat(fill) + s;
  if (s[0] === '+' || s[0] === '-') out = s[0] + '0'.repeat(fill) + s.slice(1);
  return newStr(out);
}

function maketrans(_cls: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('maketrans', args, kw, 1, 3);
  const d = newDict();
  const put = (k: PyObject, v: PyObject): void => {
    d.set(k, v);
    H.decref(k);
    H.decref(v);
  };
  try {
    if (args.length === 1) {
      const m = args[0];
      if (!(m instanceof PyDict)) throw raise(TypeError, 'if you give only one argument to maketrans it must be a dict');
      for (let i = 0; i < m.ks.length; i++) {
        const k = m.ks[i];
        if (k === null) continue;
        const v = m.vs[i]!;
        v.rc++;
        if (k instanceof PyStr) {
          if (pyLength(k.v) !== 1) throw raise(ValueError, 'string keys in translate table must be of length 1');
          put(newInt(k.v.codePointAt(0)!), v);
        } else if (k.type.name === 'int') {
          k.rc++;
          put(k, v);
        } else throw raise(TypeError, 'keys in translate table must be strings or integers');
      }
      return d;
    }
    const x = chars(strArg(args[0], 'maketrans() argument 1 must be str, not %T'));
    const y = chars(strArg(args[1], 'maketrans() argument 2 must be str, not %T'));
    if (x.length !== y.length) throw raise(ValueError, 'the first two maketrans arguments must have equal length');
    for (let i = 0; i < x.length; i++) put(newInt(x[i].codePointAt(0)!), newInt(y[i].codePointAt(0)!));
    if (args.length > 2) {
      for (const c of chars(strArg(args[2], 'maketrans() argument 3 must be str, not %T'))) {
        None.rc++;
        put(newInt(c.codePointAt(0)!), None);
      }
    }
    return d;
  } catch (e) {
    H.decref(d);
    throw e;
  }
}

function translate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('translate', args, kw, 1, 1);
  const table = args[0];
  let out = '';
  for (const c of chars(S(self))) {
    const k = newInt(c.codePointAt(0)!);
    let v: PyObject;
    try {
      v = getItem(table, k);
    } catch (e) {
      if (e instanceof PyRaise && isInstance(e.exc, LookupError)) {
        H.decref(e.exc);
        out += c;
        continue;
      }
      throw e;
    } finally {
      H.decref(k);
    }
    try {
      if (v === None) continue;
      if (v instanceof PyStr) out += v.v;
      else if (v.type.name === 'int') {
        const n = Number(pyIndex(v));
        if (n < 0 || n > 0x10ffff) throw raise(ValueError, 'character mapping must be in range(0x110000)');
        out += String.fromCodePoint(n);
      } else throw raise(TypeError, 'character mapping must return integer, None or str');
    } finally {
      H.decref(v);
    }
  }
  return newStr(out);
}

function initStrMethods(): void {
  const t = strType;
  defMethod(t, 'find', (self, args, kw) => newInt(find(self, args, kw, 'find', false)));
  defMethod(t, 'rfind', (self, args, kw) => newInt(find(self, args, kw, 'rfind', true)));
  defMethod(t, 'index', (self, args, kw) => {
    const i = find(self, args, kw, 'index', false);
    if (i < 0) throw raise(ValueError, 'substring not found');
    return newInt(i);
  });
  defMethod(t, 'rindex', (self, args, kw) => {
    const i = find(self, args, kw, 'rindex', true);
    if (i < 0) throw raise(ValueError, 'substring not found');
    return newInt(i);
  });
  defMethod(t, 'count', count);
  defMethod(t, 'startswith', (self, args, kw) => startsEnds(self, args, kw, 'startswith'));
  defMethod(t, 'endswith', (self, args, kw) => startsEnds(self, args, kw, 'endswith'));
  defMethod(t, 'split', split);
  defMethod(t, 'rsplit', rsplit);
  defMethod(t, 'splitlines', splitlines);
  defMethod(t, 'strip', (self, args, kw) => strip(self, args, kw, 'strip', true, true));
  defMethod(t, 'lstrip', (self, args, kw) => strip(self, args, kw, 'lstrip', true, false));
  defMethod(t, 'rstrip', (self, args, kw) => strip(self, args, kw, 'rstrip', false, true));
  defMethod(t, 'replace', replace);
  defMethod(t, 'join', join);
  for (const n of ['center', 'ljust', 'rjust']) defMethod(t, n, (self, args, kw) => pad(self, args, kw, n));
  defMethod(t, 'zfill', zfill);
  defMethod(t, 'partition', (self, args, kw) => partition(self, args, kw, false));
  defMethod(t, 'rpartition', (self, args, kw) => partition(self, args, kw, true));
  defMethod(t, 'expandtabs', expandtabs);
  const conv: [string, (s: string) => string][] = [
    ['upper', U.toUpper], ['lower', U.toLower], ['casefold', U.casefold], ['swapcase', U.swapcase],
    ['title', U.title], ['capitalize', U.capitalize],
  ];
  for (const [n, f] of conv) {
    defMethod(t, n, (self, args, kw) => {
      argRange(`str.${n}`, args, kw, 0, 0);
      return newStr(f(S(self)));
    });
  }
  const preds: [string, (s: string) => boolean][] = [
    ['isalpha', U.isAlpha], ['isdigit', U.isDigit], ['isnumeric', U.isNumeric],
    ['isdecimal', U.isDecimal], ['isalnum', U.isAlnum], ['isspace', U.isSpace],
    ['isupper', U.isUpper], ['islower', U.isLower], ['istitle', U.isTitle],
    ['isidentifier', U.isIdentifier], ['isprintable', isPrintable],
    ['isascii', (s) => /^[\x00-\x7f]*$/.test(s)],
  ];
  for (const [n, f] of preds) {
    defMethod(t, n, (self, args, kw) => {
      argRange(`str.${n}`, args, kw, 0, 0);
      return newBool(f(S(self)));
    });
  }
  defMethod(t, 'removeprefix', (self, args, kw) => {
    argRange('removeprefix', args, kw, 1, 1);
    const p = strArg(args[0], 'removeprefix() argument must be str, not %T');
    const s = S(self);
    return same(self, p !== '' && s.startsWith(p) ? s.slice(p.length) : s);
  });
  defMethod(t, 'removesuffix', (self, args, kw) => {
    argRange('removesuffix', args, kw, 1, 1);
    const p = strArg(args[0], 'removesuffix() argument must be str, not %T');
    const s = S(self);
    return same(self, p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  });
  defMethod(t, 'encode', (self, args, kw) => {
    const [enc, err] = bindArgs('encode', args, kw, ['encoding', 'errors'], 0);
    const name = (o: PyObject | undefined, d: string, arg: string): string => {
      if (o === undefined) return d;
      if (!(o instanceof PyStr)) throw raise(TypeError, `encode() argument '${arg}' must be str, not ${o.type.name}`);
      return o.v;
    };
    return encodeStr(S(self), name(enc, 'utf-8', 'encoding'), name(err, 'strict', 'errors'));
  });
  defClassMethod(t, 'maketrans', maketrans);
  defMethod(t, 'translate', translate);
  void OverflowError;
}

onInit(initStrMethods);
