/**
 * int and bool methods. Mirrors Objects/longobject.c and Objects/boolobject.c, 3.11.
 *
 * number.ts has fast paths for exact ints; these dunders serve everything else (bool,
 * subclasses of int, explicit `x.__add__(y)` calls, the reflected forms). Each returns
 * NotImplemented for operands it does not handle, so dispatch can try the other side.
 * Comparisons with floats are exact (float_richcompare's job, reached through the
 * reflected float dunders). bool's `& | ^` of two bools give bools.
 */

import { H, PyObject, PyType } from '../object.js';
import { PyInt, newInt, newIntOfType, intSizeof } from '../int.js';
import { PyFloat, newFloat } from '../float.js';
import { PyStr, newStrFresh } from '../str.js';
import { newTuple } from '../tuple.js';
import { None, NotImplemented, True, newBool } from '../singletons.js';
import { boolType, floatType, intType, strType } from '../typeobjects.js';
import {
  DeprecationWarning, TypeError, ValueError, ZeroDivisionError, raise,
} from '../exceptions.js';
import { argRange, defGetSet, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { solidAllocators } from '../classes.js';
import { initHeapInstance } from '../instance.js';
import { callMethodWith, index as pyIndex, isTrue, type CompareOp } from '../abstract.js';
import { typeLookup } from '../typeobject.js';
import { intBinop, numErr } from '../number.js';
import type { Operator } from '../../parse/ast.js';
import {
  bitLength, intAbs, intDivmod, intNeg, intPowMod, intHash, roundInt, intInvert,
} from '../num/int.js';
import { intToFloat } from '../num/intfloat.js';
import { intFromString, intToString } from '../num/intstr.js';
import { formatInt } from '../num/format.js';
import { defNew, notImpl } from './common.js';

type IntV = number | bigint;

const isInt = (o: PyObject): o is PyInt => o instanceof PyInt && o.type !== floatType;

/** The value of an int operand, or null (NotImplemented). */
function iv(o: PyObject): IntV | null {
  return isInt(o) ? o.v : null;
}

function cmp(x: IntV, y: IntV, op: CompareOp): boolean {
  switch (op) {
    case 'Lt': return x < y;
    case 'LtE': return x <= y;
    case 'Eq': return x == y;
    case 'NotEq': return x != y;
    case 'Gt': return x > y;
    default: return x >= y;
  }
}

/** int(v) as an exact int (what __int__, __index__, __trunc__... return). */
function exactInt(o: PyObject): PyObject {
  if (o.type === intType) {
    o.rc++;
    return o;
  }
  return newInt((o as PyInt).v);
}

/** A float from an int value, raising OverflowError like PyLong_AsDouble. */
export function intToFloatChecked(v: IntV): number {
  if (typeof v === 'number') return v;
  try {
    return intToFloat(v);
  } catch (e) {
    throw numErr(e);
  }
}

/** PyNumber_Long for int(x) without a base. */
export function numberLong(o: PyObject): IntV {
  if (isInt(o)) return o.v;
  const nbInt = typeLookup(o.type, '__int__');
  if (nbInt !== null) {
    const r = callMethodWith(nbInt, o, [], null);
    try {
      if (!isInt(r)) throw raise(TypeError, `__int__ returned non-int (type ${r.type.name})`);
      return r.v;
    } finally {
      H.decref(r);
    }
  }
  if (typeLookup(o.type, '__index__') !== null) return pyIndex(o);
  const trunc = typeLookup(o.type, '__trunc__');
  if (trunc !== null) {
    const r = callMethodWith(trunc, o, [], null);
    try {
      if (isInt(r)) return r.v;
      if (typeLookup(r.type, '__index__') === null) throw raise(TypeError, `__trunc__ returned non-Integral (type ${r.type.name})`);
      return pyIndex(r);
    } finally {
      H.decref(r);
    }
  }
  if (o instanceof PyStr) return parseInt10(o.v, 10);
  throw raise(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${o.type.name}'`);
}

function parseInt10(s: string, base: number): IntV {
  try {
    return intFromString(s, base);
  } catch (e) {
    throw numErr(e);
  }
}

function int_new(cls: PyType, args: PyObject[], kw: string[] | null): PyObject {
  const nk = kw === null ? 0 : kw.length;
  let x: PyObject | undefined, base: PyObject | undefined;
  const npos = args.length - nk;
  if (npos > 2) throw raise(TypeError, `int() takes at most 2 arguments (${npos} given)`);
  if (npos >= 1) x = args[0];
  if (npos >= 2) base = args[1];
  for (let j = 0; j < nk; j++) {
    if (kw![j] !== 'base' || base !== undefined) throw raise(TypeError, `'${kw![j]}' is an invalid keyword argument for int()`);
    base = args[npos + j];
  }
  let v: IntV;
  if (base === undefined) v = x === undefined ? 0 : numberLong(x);
  else {
    if (x === undefined) throw raise(TypeError, 'int() missing string argument');
    const b = pyIndex(base);
    if (!(x instanceof PyStr)) throw raise(TypeError, "int() can't convert non-string with explicit base");
    if (b !== 0 && (b < 2 || b > 36)) throw raise(ValueError, 'int() base must be >= 2 and <= 36, or 0');
    v = parseInt10(x.v, Number(b));
  }
  if (cls === intType) return newInt(v);
  const o = newIntOfType(cls, v);
  initHeapInstance(o, cls);
  return o;
}

const opNames: [string, Operator][] = [
  ['add', 'Add'], ['sub', 'Sub'], ['mul', 'Mult'], ['floordiv', 'FloorDiv'], ['truediv', 'Div'],
  ['mod', 'Mod'], ['lshift', 'LShift'], ['rshift', 'RShift'], ['and', 'BitAnd'], ['or', 'BitOr'],
  ['xor', 'BitXor'],
];

function int_divmod(x: IntV, y: IntV): PyObject {
  if (y == 0) throw raise(ZeroDivisionError, 'integer division or modulo by zero');
  try {
    const [q, r] = intDivmod(x, y);
    return newTuple([newInt(q), newInt(r)]);
  } catch (e) {
    throw numErr(e);
  }
}

function int_pow(x: IntV, y: IntV, m: PyObject | undefined): PyObject {
  if (m === undefined || m === None) return intBinop(x, y, 'Pow');
  const mv = iv(m);
  if (mv === null) return notImpl();
  try {
    return newInt(intPowMod(x, y, mv));
  } catch (e) {
    throw numErr(e);
  }
}

function int_round(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('__round__', args, kw, 0, 1);
  const v = (self as PyInt).v;
  if (args.length === 0 || args[0] === None) return exactInt(self);
  const nd = pyIndex(args[0]);
  try {
    return newInt(roundInt(v, nd));
  } catch (e) {
    throw numErr(e);
  }
}

function initInt(): void {
  const t = intType;
  defNew(t, int_new);
  solidAllocators.set(intType, (cls) => {
    const o = newIntOfType(cls, 0);
    initHeapInstance(o, cls);
    return o;
  });
  for (const [name, op] of opNames) {
    defMethod(t, `__${name}__`, (self, args) => {
      const y = iv(args[0]);
      return y === null ? notImpl() : intBinop((self as PyInt).v, y, op);
    });
    defMethod(t, `__r${name}__`, (self, args) => {
      const y = iv(args[0]);
      return y === null ? notImpl() : intBinop(y, (self as PyInt).v, op);
    });
  }
  defMethod(t, '__divmod__', (self, args) => {
    const y = iv(args[0]);
    return y === null ? notImpl() : int_divmod((self as PyInt).v, y);
  });
  defMethod(t, '__rdivmod__', (self, args) => {
    const y = iv(args[0]);
    return y === null ? notImpl() : int_divmod(y, (self as PyInt).v);
  });
  defMethod(t, '__pow__', (self, args) => {
    const y = iv(args[0]);
    return y === null ? notImpl() : int_pow((self as PyInt).v, y, args[1]);
  });
  defMethod(t, '__rpow__', (self, args) => {
    const y = iv(args[0]);
    return y === null ? notImpl() : int_pow(y, (self as PyInt).v, args[1]);
  });
  for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
    defMethod(t, name, (self, args) => {
      const y = iv(args[0]);
      return y === null ? notImpl() : newBool(cmp((self as PyInt).v, y, op));
    });
  }
  defMethod(t, '__neg__', (self) => newInt(intNeg((self as PyInt).v)));
  defMethod(t, '__pos__', (self) => exactInt(self));
  defMethod(t, '__abs__', (self) => newInt(intAbs((self as PyInt).v)));
  defMethod(t, '__invert__', (self) => newInt(intInvert((self as PyInt).v)));
  defMethod(t, '__bool__', (self) => newBool((self as PyInt).v != 0));
  for (const n of ['__int__', '__index__', '__trunc__', '__floor__', '__ceil__', 'conjugate']) defMethod(t, n, (self) => exactInt(self));
  defMethod(t, '__float__', (self) => newFloat(intToFloatChecked((self as PyInt).v)));
  defMethod(t, '__round__', int_round);
  defMethod(t, '__hash__', (self) => newInt(intHash((self as PyInt).v)));
  defMethod(t, '__repr__', (self) => newStrFresh(intToString((self as PyInt).v)));
  defMethod(t, '__format__', (self, args) => {
    argRange('__format__', args, null, 1, 1);
    const spec = args[0];
    if (!(spec instanceof PyStr)) throw raise(TypeError, `__format__() argument must be str, not ${spec.type.name}`);
    const v = (self as PyInt).v;
    try {
      if (self.type === boolType && spec.v === '') return newStrFresh(v ? 'True' : 'False');
      return newStrFresh(formatInt(v, spec.v, self.type === boolType ? 'bool' : 'int'));
    } catch (e) {
      throw numErr(e);
    }
  });
  // int___sizeof__ counts the header and the digits (at least one, so 0 is 28) and never
  // tp_basicsize: a subclass's dict pointer is not counted (class I(int): getsizeof(I(0)) 44).
  defMethod(t, '__sizeof__', (self) => newInt(Math.max(intSizeof((self as PyInt).v), 28)));
  defMethod(t, '__getnewargs__', (self) => newTuple([exactInt(self)]));
  defMethod(t, 'bit_length', (self) => newInt(bitLength((self as PyInt).v)));
  defMethod(t, 'bit_count', (self) => {
    let v = BigInt((self as PyInt).v);
    if (v < 0n) v = -v;
    let c = 0;
    for (const ch of v.toString(2)) if (ch === '1') c++;
    return newInt(c);
  });
  defMethod(t, 'as_integer_ratio', (self) => newTuple([exactInt(self), newInt(1)]));
  // to_bytes / from_bytes: types/bytes.ts.
  defGetSet(t, 'real', (o) => exactInt(o));
  defGetSet(t, 'numerator', (o) => exactInt(o));
  defGetSet(t, 'imag', () => newInt(0));
  defGetSet(t, 'denominator', () => newInt(1));
  initBool();
}

function initBool(): void {
  const t = boolType;
  defNew(t, (_cls, args, kw) => {
    if (kw !== null && kw.length > 0) throw raise(TypeError, 'bool() takes no keyword arguments');
    argRange('bool', args, null, 0, 1);
    return newBool(args.length > 0 && isTrue(args[0]));
  });
  defMethod(t, '__repr__', (self) => newStrFresh(self === True ? 'True' : 'False'));
  for (const [name, op] of [['and', 'BitAnd'], ['or', 'BitOr'], ['xor', 'BitXor']] as const) {
    const f = (a: PyObject, b: PyObject): PyObject => {
      if (a.type === boolType && b.type === boolType) {
        const x = (a as PyInt).v as number, y = (b as PyInt).v as number;
        return newBool((op === 'BitAnd' ? x & y : op === 'BitOr' ? x | y : x ^ y) !== 0);
      }
      const x = iv(a), y = iv(b);
      return x === null || y === null ? notImpl() : intBinop(x, y, op);
    };
    defMethod(t, `__${name}__`, (self, args) => f(self, args[0]));
    defMethod(t, `__r${name}__`, (self, args) => f(args[0], self));
  }
  void NotImplemented;
  void DeprecationWarning;
  void strType;
  void PyFloat;
}

onInit(initInt);
