/**
 * str: construction, the sequence protocol, operators and comparisons. Mirrors
 * Objects/unicodeobject.c, 3.11 (unicode_new, unicode_subscript, PyUnicode_Concat,
 * unicode_repeat, PyUnicode_Contains, unicode_mod, unicode_hash...). The named methods
 * are in str_methods.ts, str.format in str_format.ts.
 *
 * Results that CPython hands back unchanged (`s[:]`, `s * 1`, `s + ''`) are the same
 * object; one-character Latin-1 results come from the static cache (newStr).
 */

import { H, PyObject, PyType } from '../object.js';
import { PyInt, newInt } from '../int.js';
import { PyFloat } from '../float.js';
import { PyStr, newStr, newStrFresh, newStrOfType, strSizeof, strKind, cpLength, emptyStr } from '../str.js';
import { PyTuple } from '../tuple.js';
import { newBool } from '../singletons.js';
import { strType, floatType } from '../typeobjects.js';
import { IndexError, MemoryError, TypeError, raise } from '../exceptions.js';
import { argRange, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { solidAllocators } from '../classes.js';
import { initHeapInstance } from '../instance.js';
import {
  callMethodWith, getItem, hash, index as pyIndex, reprStr, str as pyStr,
  strStr, type CompareOp,
} from '../abstract.js';
import { typeLookup } from '../typeobject.js';
import { numErr } from '../number.js';
import { strRepr } from '../num/strrepr.js';
import { hashStr } from '../num/hash.js';
import { formatStr } from '../num/format.js';
import { percentFormat, type PercentArgs, type PercentHooks } from '../num/percent.js';
import { PySlice, sliceForLength } from '../slice.js';
import { asSsize, defNew, isIndexable, notImpl } from './common.js';
import { newStrIter } from './iterators.js';
import { asciiEscape, chars } from './str_util.js';
import { repeatCount } from './list_methods.js';

function str_new(cls: PyType, args: PyObject[], kw: string[] | null): PyObject {
  const nk = kw === null ? 0 : kw.length;
  const npos = args.length - nk;
  if (args.length > 3) throw raise(TypeError, `str() takes at most 3 arguments (${args.length} given)`);
  let obj: PyObject | undefined = npos > 0 ? args[0] : undefined;
  let hasEncoding = npos > 1;
  for (let j = 0; j < nk; j++) {
    const k = kw![j];
    if (k === 'object') obj = args[npos + j];
    else if (k === 'encoding' || k === 'errors') hasEncoding = true;
    else throw raise(TypeError, `'${k}' is an invalid keyword argument for str()`);
  }
  if (hasEncoding && obj !== undefined) {
    if (obj instanceof PyStr) throw raise(TypeError, 'decoding str is not supported');
    throw raise(TypeError, `decoding to str: need a bytes-like object, ${obj.type.name} found`);
  }
  let v: PyObject;
  if (obj === undefined) {
    emptyStr.rc++;
    v = emptyStr;
  } else v = pyStr(obj);
  if (cls === strType) return v;
  const s = (v as PyStr).v;
  H.decref(v);
  const o = newStrOfType(cls, s);
  initHeapInstance(o, cls);
  return o;
}

/** s[i] / s[a:b:c] (unicode_subscript). */
function str_subscript(self: PyObject, key: PyObject): PyObject {
  const s = self as PyStr;
  const wide = s.kind === 4;
  const cs = wide ? chars(s.v) : null;
  const n = cs ? cs.length : s.v.length;
  if (isIndexable(key)) {
    let i = asSsize(key, 'index');
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(IndexError, 'string index out of range');
    return newStr(cs ? cs[i] : s.v[i]);
  }
  if (key instanceof PySlice) {
    const b = sliceForLength(key, n);
    if (b.len <= 0) return newStr('');
    if (b.start === 0 && b.step === 1 && b.len === n && s.type === strType) {
      s.rc++;
      return s;
    }
    if (b.step === 1) return newStr(cs ? cs.slice(b.start, b.start + b.len).join('') : s.v.substr(b.start, b.len));
    let out = '';
    for (let i = 0, cur = b.start; i < b.len; i++, cur += b.step) out += cs ? cs[cur] : s.v[cur];
    return newStr(out);
  }
  throw raise(TypeError, `string indices must be integers, not '${key.type.name}'`);
}

/**
 * Code point order of two JS strings: UTF-16 units order surrogates (astral characters)
 * below U+E000..U+FFFF, so both ranges are shifted before comparing.
 */
export function compareCp(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800) x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      if (y >= 0xd800) y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      return x - y;
    }
  }
  return a.length - b.length;
}

function cmpStr(a: string, b: string, op: CompareOp): boolean {
  if (op === 'Eq') return a === b;
  if (op === 'NotEq') return a !== b;
  const c = compareCp(a, b);
  return op === 'Lt' ? c < 0 : op === 'LtE' ? c <= 0 : op === 'Gt' ? c > 0 : c >= 0;
}

/** The hooks num/percent.ts needs to see Python objects. */
const percentHooks: PercentHooks<PyObject> = {
  str: (v) => strStr(v),
  repr: (v) => reprStr(v),
  ascii: (v) => asciiEscape(reprStr(v)),
  asIndex: (v) => {
    if (v instanceof PyInt && v.type !== floatType) return v.v;
    if (typeLookup(v.type, '__index__') !== null) return pyIndex(v);
    return null;
  },
  asFloat: (v) => {
    if (v instanceof PyFloat) return v.v;
    if (v instanceof PyInt) return Number(v.v);
    const m = typeLookup(v.type, '__float__');
    if (m === null) return null;
    const r = callMethodWith(m, v, [], null);
    try {
      return r instanceof PyFloat ? r.v : null;
    } finally {
      H.decref(r);
    }
  },
  asStr: (v) => (v instanceof PyStr ? v.v : null),
  typeName: (v) => v.type.name,
};

/** str % args (PyUnicode_Format). */
export function str_mod(fmt: string, args: PyObject): PyObject {
  const temps: PyObject[] = [];
  let pa: PercentArgs<PyObject>;
  if (args instanceof PyTuple) pa = { kind: 'tuple', items: args.items };
  else if (typeLookup(args.type, '__getitem__') !== null && !(args instanceof PyStr)) {
    pa = {
      kind: 'single', value: args, getItem: (key) => {
        const k = newStr(key);
        try {
          const v = getItem(args, k);
          temps.push(v);
          return v;
        } finally {
          H.decref(k);
        }
      },
    };
  } else pa = { kind: 'single', value: args };
  try {
    return newStrFresh(percentFormat(fmt, pa, percentHooks));
  } catch (e) {
    throw numErr(e);
  } finally {
    for (const t of temps) H.decref(t);
  }
}

function initStr(): void {
  const t = strType;
  defNew(t, str_new);
  solidAllocators.set(strType, (cls) => {
    const o = newStrOfType(cls, '');
    initHeapInstance(o, cls);
    return o;
  });
  defMethod(t, '__getitem__', (self, args) => str_subscript(self, args[0]));
  defMethod(t, '__len__', (self) => newInt((self as PyStr).length));
  defMethod(t, '__iter__', (self) => newStrIter(self as PyStr));
  defMethod(t, '__contains__', (self, args) => {
    const x = args[0];
    if (!(x instanceof PyStr)) throw raise(TypeError, `'in <string>' requires string as left operand, not ${x.type.name}`);
    return newBool((self as PyStr).v.includes(x.v));
  });
  defMethod(t, '__add__', (self, args) => {
    const o = args[0];
    if (!(o instanceof PyStr)) return notImpl();
    const a = self as PyStr;
    if (o.v === '' && a.type === strType) {
      a.rc++;
      return a;
    }
    if (a.v === '' && o.type === strType) {
      o.rc++;
      return o;
    }
    return newStr(a.v + o.v);
  });
  const mul = (self: PyObject, args: PyObject[]): PyObject => {
    const n = repeatCount(args[0]);
    if (n === null) return notImpl();
    const s = self as PyStr;
    if (n === 1 && s.type === strType) {
      s.rc++;
      return s;
    }
    if (n <= 0 || s.v === '') return newStr('');
    if (s.v.length * n > 2 ** 29) throw raise(MemoryError);
    return newStr(s.v.repeat(n));
  };
  defMethod(t, '__mul__', mul);
  defMethod(t, '__rmul__', mul);
  defMethod(t, '__mod__', (self, args) => str_mod((self as PyStr).v, args[0]));
  defMethod(t, '__rmod__', () => notImpl());
  for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
    defMethod(t, name, (self, args) => {
      const o = args[0];
      if (!(o instanceof PyStr)) return notImpl();
      return newBool(cmpStr((self as PyStr).v, o.v, op));
    });
  }
  defMethod(t, '__hash__', (self) => newInt(self.type === strType ? hash(self) : hashStr((self as PyStr).v)));
  defMethod(t, '__repr__', (self) => newStrFresh(strRepr((self as PyStr).v)));
  defMethod(t, '__str__', (self) => {
    if (self.type === strType) {
      self.rc++;
      return self;
    }
    return newStr((self as PyStr).v);
  });
  defMethod(t, '__format__', (self, args) => {
    argRange('__format__', args, null, 1, 1);
    const spec = args[0];
    if (!(spec instanceof PyStr)) throw raise(TypeError, `__format__() argument must be str, not ${spec.type.name}`);
    if (spec.v === '') return defMethodStr(self);
    try {
      return newStr(formatStr((self as PyStr).v, spec.v));
    } catch (e) {
      throw numErr(e);
    }
  });
  // An instance of a str subclass is not compact: a PyUnicodeObject (80 bytes) with its
  // characters in a separate block, ASCII counted at one byte per character too.
  defMethod(t, '__sizeof__', (self) => {
    const v = (self as PyStr).v;
    if (!self.type.heaptype) return newInt(strSizeof(v));
    const kind = strKind(v);
    return newInt(80 + (cpLength(v) + 1) * (kind === 0 ? 1 : kind));
  });
  defMethod(t, '__getnewargs__', (self) => {
    const v = newStr((self as PyStr).v);
    return newTupleOf(v);
  });
}

function defMethodStr(self: PyObject): PyObject {
  if (self.type === strType) {
    self.rc++;
    return self;
  }
  return newStr((self as PyStr).v);
}


import { newTuple } from '../tuple.js';
function newTupleOf(v: PyObject): PyObject {
  return newTuple([v]);
}

onInit(initStr);
