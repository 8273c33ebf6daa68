/**
 * float methods. Mirrors Objects/floatobject.c, 3.11: arithmetic with float and int
 * operands (ints converted exactly or OverflowError), exact comparisons with ints,
 * float(x) through __float__ / __index__ / str parsing, round() with and without
 * ndigits, and the repr/format machinery of num/.
 */

import { H, PyObject, PyType } from '../object.js';
import { PyInt, newInt } from '../int.js';
import { PyFloat, newFloat, newFloatOfType } from '../float.js';
import { PyStr, newStrFresh } from '../str.js';
import { newTuple } from '../tuple.js';
import { None, newBool } from '../singletons.js';
import { floatType } from '../typeobjects.js';
import { TypeError, ZeroDivisionError, raise } from '../exceptions.js';
import { argRange, defClassMethod, defGetSet, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { solidAllocators } from '../classes.js';
import { initHeapInstance, } from '../instance.js';
import { call, callMethodWith, index as pyIndex, type CompareOp } from '../abstract.js';
import { typeLookup } from '../typeobject.js';
import { floatBinop, numErr } from '../number.js';
import type { Operator } from '../../parse/ast.js';
import {
  floatAsIntegerRatio, floatDivmod, floatFromString, floatHash, floatHex, floatIsInteger, floatRepr,
  roundFloat, roundFloatToInt,
} from '../num/float.js';
import { compareIntFloat, floatToInt } from '../num/intfloat.js';
import { formatFloat } from '../num/format.js';
import { defNew, notImpl } from './common.js';
import { intToFloatChecked } from './int.js';
import { pointerHash } from '../init.js';

/** The float value of a float or int operand, or null (NotImplemented). */
function fv(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return intToFloatChecked(o.v);
  return null;
}

function wrap<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw numErr(e);
  }
}

/** PyNumber_Float's value for float(x). */
export function numberFloat(o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  const m = typeLookup(o.type, '__float__');
  if (m !== null) {
    const r = callMethodWith(m, o, [], null);
    try {
      if (!(r instanceof PyFloat)) throw raise(TypeError, `${o.type.name}.__float__ returned non-float (type ${r.type.name})`);
      return r.v;
    } finally {
      H.decref(r);
    }
  }
  if (typeLookup(o.type, '__index__') !== null) return intToFloatChecked(pyIndex(o));
  if (o instanceof PyStr) return wrap(() => floatFromString(o.v));
  throw raise(TypeError, `float() argument must be a string or a real number, not '${o.type.name}'`);
}

function float_new(cls: PyType, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) throw raise(TypeError, 'float() takes no keyword arguments');
  argRange('float', args, null, 0, 1);
  if (cls === floatType) {
    if (args.length === 0) return newFloat(0);
    if (args[0].type === floatType) {
      args[0].rc++;
      return args[0];
    }
    return newFloat(numberFloat(args[0]));
  }
  const o = newFloatOfType(cls, args.length === 0 ? 0 : numberFloat(args[0]));
  initHeapInstance(o, cls);
  return o;
}

function cmpFloat(x: number, o: PyObject, op: CompareOp): PyObject {
  let c: number;
  if (o instanceof PyFloat) c = x < o.v ? -1 : x > o.v ? 1 : x === o.v ? 0 : NaN;
  else if (o instanceof PyInt) c = -compareIntFloat(o.v, x);
  else return notImpl();
  if (Number.isNaN(c)) return newBool(op === 'NotEq');
  switch (op) {
    case 'Lt': return newBool(c < 0);
    case 'LtE': return newBool(c <= 0);
    case 'Eq': return newBool(c === 0);
    case 'NotEq': return newBool(c !== 0);
    case 'Gt': return newBool(c > 0);
    default: return newBool(c >= 0);
  }
}

const opNames: [string, Operator][] = [
  ['add', 'Add'], ['sub', 'Sub'], ['mul', 'Mult'], ['floordiv', 'FloorDiv'], ['truediv', 'Div'],
  ['mod', 'Mod'],
];

function float_divmod(x: number, y: number): PyObject {
  if (y === 0) throw raise(ZeroDivisionError, 'float divmod()');
  const [q, r] = wrap(() => floatDivmod(x, y));
  return newTuple([newFloat(q), newFloat(r)]);
}

function float_pow(x: number, y: number, m: PyObject | undefined): PyObject {
  if (m !== undefined && m !== None) throw raise(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  return floatBinop(x, y, 'Pow');
}

function exactFloat(o: PyObject): PyObject {
  if (o.type === floatType) {
    o.rc++;
    return o;
  }
  return newFloat((o as PyFloat).v);
}

function initFloat(): void {
  const t = floatType;
  defNew(t, float_new);
  solidAllocators.set(floatType, (cls) => {
    const o = newFloatOfType(cls, 0);
    initHeapInstance(o, cls);
    return o;
  });
  for (const [name, op] of opNames) {
    defMethod(t, `__${name}__`, (self, args) => {
      const y = fv(args[0]);
      return y === null ? notImpl() : floatBinop((self as PyFloat).v, y, op);
    });
    defMethod(t, `__r${name}__`, (self, args) => {
      const y = fv(args[0]);
      return y === null ? notImpl() : floatBinop(y, (self as PyFloat).v, op);
    });
  }
  defMethod(t, '__divmod__', (self, args) => {
    const y = fv(args[0]);
    return y === null ? notImpl() : float_divmod((self as PyFloat).v, y);
  });
  defMethod(t, '__rdivmod__', (self, args) => {
    const y = fv(args[0]);
    return y === null ? notImpl() : float_divmod(y, (self as PyFloat).v);
  });
  defMethod(t, '__pow__', (self, args) => {
    const y = fv(args[0]);
    return y === null ? notImpl() : float_pow((self as PyFloat).v, y, args[1]);
  });
  defMethod(t, '__rpow__', (self, args) => {
    const y = fv(args[0]);
    return y === null ? notImpl() : float_pow(y, (self as PyFloat).v, args[1]);
  });
  for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
    defMethod(t, name, (self, args) => cmpFloat((self as PyFloat).v, args[0], op));
  }
  defMethod(t, '__neg__', (self) => newFloat(-(self as PyFloat).v));
  defMethod(t, '__pos__', (self) => exactFloat(self));
  defMethod(t, '__abs__', (self) => newFloat(Math.abs((self as PyFloat).v)));
  defMethod(t, '__bool__', (self) => newBool((self as PyFloat).v !== 0));
  defMethod(t, '__float__', (self) => exactFloat(self));
  defMethod(t, 'conjugate', (self) => exactFloat(self));
  for (const n of ['__int__', '__trunc__']) defMethod(t, n, (self) => newInt(wrap(() => floatToInt((self as PyFloat).v))));
  defMethod(t, '__floor__', (self) => newInt(wrap(() => floatToInt(Math.floor((self as PyFloat).v)))));
  defMethod(t, '__ceil__', (self) => newInt(wrap(() => floatToInt(Math.ceil((self as PyFloat).v)))));
  defMethod(t, '__round__', (self, args, kw) => {
    argRange('__round__', args, kw, 0, 1);
    const x = (self as PyFloat).v;
    if (args.length === 0 || args[0] === None) return newInt(wrap(() => roundFloatToInt(x)));
    const nd = pyIndex(args[0]);
    return newFloat(wrap(() => roundFloat(x, nd)));
  });
  defMethod(t, '__hash__', (self) => {
    const x = (self as PyFloat).v;
    if (Number.isNaN(x)) return pointerHash(self);
    return newInt(floatHash(x));
  });
  defMethod(t, '__repr__', (self) => newStrFresh(floatRepr((self as PyFloat).v)));
  defMethod(t, '__format__', (self, args) => {
    argRange('__format__', args, null, 1, 1);
    const spec = args[0];
    if (!(spec instanceof PyStr)) throw raise(TypeError, `__format__() argument must be str, not ${spec.type.name}`);
    if (spec.v === '') return newStrFresh(floatRepr((self as PyFloat).v));
    return newStrFresh(wrap(() => formatFloat((self as PyFloat).v, spec.v)));
  });
  defMethod(t, '__getnewargs__', (self) => newTuple([exactFloat(self)]));
  defMethod(t, 'is_integer', (self) => newBool(floatIsInteger((self as PyFloat).v)));
  defMethod(t, 'as_integer_ratio', (self) => {
    const [n, d] = wrap(() => floatAsIntegerRatio((self as PyFloat).v));
    return newTuple([newInt(n), newInt(d)]);
  });
  defMethod(t, 'hex', (self) => newStrFresh(floatHex((self as PyFloat).v)));
  defClassMethod(t, 'fromhex', (cls, args, kw) => {
    argRange('fromhex', args, kw, 1, 1);
    const s = args[0];
    if (!(s instanceof PyStr)) throw raise(TypeError, `bad argument type for built-in operation`);
    const x = newFloat(floatFromHex(s.v));
    const c = cls instanceof PyType ? cls : cls.type;
    if (c === floatType) return x;
    try {
      return call(c, [x]);
    } finally {
      H.decref(x);
    }
  });
  defGetSet(t, 'real', (o) => exactFloat(o));
  defGetSet(t, 'imag', () => newFloat(0));
}

/** float.fromhex (float_fromhex): [sign] ['0x'] hex digits ['.' hex digits] ['p' exponent], or inf/nan. */
export function floatFromHex(s: string): number {
  const t = s.trim();
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(t);
  const low = t.toLowerCase().replace(/^[+-]/, '');
  if (low === 'inf' || low === 'infinity') return t.startsWith('-') ? -Infinity : Infinity;
  if (low === 'nan') return NaN;
  if (m === null || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    throw raise(ValueErrorT(), 'invalid hexadecimal floating-point string');
  }
  const digits = m[2] + (m[3] ?? '');
  const exp = (m[4] ? parseInt(m[4], 10) : 0) - 4 * (m[3] ?? '').length;
  let mant = BigInt('0x' + (digits === '' ? '0' : digits));
  if (mant === 0n) return m[1] === '-' ? -0 : 0;
  // Round to 53 bits (half to even) before scaling.
  const bits = mant.toString(2).length;
  let e = exp;
  if (bits > 53) {
    const shift = BigInt(bits - 53);
    const rem = mant & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    mant >>= shift;
    if (rem > half || (rem === half && (mant & 1n) === 1n)) mant += 1n;
    e += Number(shift);
  }
  const h = Math.trunc(e / 2);
  const r = Number(mant) * 2 ** h * 2 ** (e - h);
  if (!Number.isFinite(r)) throw raise(OverflowErrorT(), 'hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -r : r;
}

import { OverflowError, ValueError } from '../exceptions.js';
const ValueErrorT = (): PyType => ValueError;
const OverflowErrorT = (): PyType => OverflowError;

onInit(initFloat);
