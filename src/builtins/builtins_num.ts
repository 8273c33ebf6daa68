/**
 * The numeric builtins: abs, round, divmod, pow, chr, ord, hex, oct, bin, format.
 * Mirrors Python/bltinmodule.c, 3.11 (builtin_abs, builtin_round_impl, builtin_divmod,
 * builtin_pow_impl, builtin_chr_impl, builtin_ord, builtin_format_impl...) and the parts
 * of Objects/abstract.c they call (PyNumber_Absolute, PyNumber_Divmod, PyNumber_Power).
 *
 * Exact int, bool and float operands take fast paths over the num library, so these work
 * before (and without) the numeric types' dunder methods; everything else dispatches to
 * the dunder found on the type.
 *
 * Ownership: arguments borrowed, results new references.
 */

import { H, PyObject } from '../objects/object.js';
import { PyInt, newInt } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyStr, newStr, newStrFresh } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { OverflowError, TypeError, ValueError, raise } from '../objects/exceptions.js';
import { argRange, bindArgs } from '../objects/methods.js';
import { boolType, floatType, intType, strType } from '../objects/typeobjects.js';
import { typeLookup } from '../objects/typeobject.js';
import { callMethodWith, index, str as pyStr } from '../objects/abstract.js';
import { binaryOp, intToDouble, numErr } from '../objects/number.js';
import { intAbs, intDivmod, intPowMod, roundInt } from '../objects/num/int.js';
import { floatDivmod, roundFloat, roundFloatToInt } from '../objects/num/float.js';
import { intToString } from '../objects/num/intstr.js';
import { formatFloat, formatInt, formatStr } from '../objects/num/format.js';

const isIntLike = (o: PyObject): boolean => o.type === intType || o.type === boolType;

/** Runs a num-library computation, turning its errors into Python exceptions. */
function num<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw numErr(e);
  }
}

export function builtinAbs(args: PyObject[], kw: string[] | null): PyObject {
  argRange('abs', args, kw, 1, 1);
  const o = args[0];
  if (isIntLike(o)) return newInt(intAbs((o as PyInt).v));
  if (o.type === floatType) return newFloat(Math.abs((o as PyFloat).v));
  const m = typeLookup(o.type, '__abs__');
  if (m === null) throw raise(TypeError, `bad operand type for abs(): '${o.type.name}'`);
  return callMethodWith(m, o, [], null);
}

/** round(number, ndigits=None). */
export function builtinRound(args: PyObject[], kw: string[] | null): PyObject {
  const [x, nd] = bindArgs('round', args, kw, ['number', 'ndigits'], 1);
  const o = x!;
  const ndigits = nd === undefined || nd === None ? null : nd;
  if (o.type === floatType) {
    const v = (o as PyFloat).v;
    if (ndigits === null) return newInt(num(() => roundFloatToInt(v)));
    const n = index(ndigits);
    return newFloat(num(() => roundFloat(v, n)));
  }
  if (isIntLike(o)) {
    const v = (o as PyInt).v;
    if (ndigits === null) {
      if (o.type === intType) {
        o.rc++;
        return o;
      }
      return newInt(v);
    }
    const n = index(ndigits);
    return newInt(num(() => roundInt(v, n)));
  }
  const m = typeLookup(o.type, '__round__');
  if (m === null) throw raise(TypeError, `type ${o.type.name} doesn't define __round__ method`);
  return callMethodWith(m, o, ndigits === null ? [] : [ndigits], null);
}


/** divmod(a, b): PyNumber_Divmod. */
export function builtinDivmod(args: PyObject[], kw: string[] | null): PyObject {
  argRange('divmod', args, kw, 2, 2);
  const [a, b] = args;
  if (isIntLike(a) && isIntLike(b)) {
    const [q, r] = num(() => intDivmod((a as PyInt).v, (b as PyInt).v));
    return newTuple([newInt(q), newInt(r)]);
  }
  if ((a.type === floatType || isIntLike(a)) && (b.type === floatType || isIntLike(b))) {
    const x = a.type === floatType ? (a as PyFloat).v : intToDouble((a as PyInt).v);
    const y = b.type === floatType ? (b as PyFloat).v : intToDouble((b as PyInt).v);
    const [q, r] = num(() => floatDivmod(x, y));
    return newTuple([newFloat(q), newFloat(r)]);
  }
  const r = binaryDunder(a, b, '__divmod__', '__rdivmod__', []);
  if (r !== null) return r;
  throw raise(TypeError, `unsupported operand type(s) for divmod(): '${a.type.name}' and '${b.type.name}'`);
}

/**
 * binary_op1 for an operator the evaluator does not know by name (divmod, 3-arg pow):
 * a.__op__(b), b.__rop__(a) — the reflected one first when b's type is a subclass that
 * overrides it. Returns null when both give NotImplemented.
 */
function binaryDunder(a: PyObject, b: PyObject, op: string, rop: string, extra: PyObject[]): PyObject | null {
  const fa = typeLookup(a.type, op);
  let fb = a.type !== b.type ? typeLookup(b.type, rop) : null;
  if (fb !== null && fb === typeLookup(a.type, rop)) fb = null;
  if (fb !== null && b.type.isSubtype(a.type)) {
    const r = callMethodWith(fb, b, [a, ...extra], null);
    if (r !== NotImplemented) return r;
    H.decref(r);
    fb = null;
  }
  if (fa !== null) {
    const r = callMethodWith(fa, a, [b, ...extra], null);
    if (r !== NotImplemented) return r;
    H.decref(r);
  }
  if (fb !== null) {
    const r = callMethodWith(fb, b, [a, ...extra], null);
    if (r !== NotImplemented) return r;
    H.decref(r);
  }
  return null;
}

/** pow(base, exp, mod=None). */
export function builtinPow(args: PyObject[], kw: string[] | null): PyObject {
  const [a, b, m] = bindArgs('pow', args, kw, ['base', 'exp', 'mod'], 2);
  const base = a!, exp = b!;
  if (m === undefined || m === None) return binaryOp(base, exp, 'Pow');
  if (isIntLike(base) && isIntLike(exp) && isIntLike(m)) {
    return newInt(num(() => intPowMod((base as PyInt).v, (exp as PyInt).v, (m as PyInt).v)));
  }
  const numeric = (o: PyObject): boolean => isIntLike(o) || o.type === floatType;
  if (numeric(base) && numeric(exp)) {
    throw raise(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  // ternary_op only consults the third operand's slot when it is of a third type; user
  // classes define __pow__(self, other, mod).
  const r = binaryDunder(base, exp, '__pow__', '__rpow__', [m]);
  if (r !== null) return r;
  throw raise(TypeError, `unsupported operand type(s) for ** or pow(): '${base.type.name}', '${exp.type.name}', '${m.type.name}'`);
}

export function builtinChr(args: PyObject[], kw: string[] | null): PyObject {
  argRange('chr', args, kw, 1, 1);
  const v = index(args[0]);
  if (v > 2147483647 || v < -2147483648) throw raise(OverflowError, 'Python int too large to convert to C int');
  const n = Number(v);
  if (n < 0 || n > 0x10ffff) throw raise(ValueError, 'chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(n));
}

export function builtinOrd(args: PyObject[], kw: string[] | null): PyObject {
  argRange('ord', args, kw, 1, 1);
  const o = args[0];
  if (!(o instanceof PyStr)) throw raise(TypeError, `ord() expected string of length 1, but ${o.type.name} found`);
  const n = o.length;
  if (n !== 1) throw raise(TypeError, `ord() expected a character, but string of length ${n} found`);
  return newInt(o.v.codePointAt(0)!);
}

function radix(fname: string, base: 2 | 8 | 16) {
  return (args: PyObject[], kw: string[] | null): PyObject => {
    argRange(fname, args, kw, 1, 1);
    const v = index(args[0]);
    return newStrFresh(intToString(v, base));
  };
}
export const builtinHex = radix('hex', 16);
export const builtinOct = radix('oct', 8);
export const builtinBin = radix('bin', 2);

/** format(value, format_spec='', /): type(value).__format__(value, spec). */
export function builtinFormat(args: PyObject[], kw: string[] | null): PyObject {
  argRange('format', args, kw, 1, 2);
  const o = args[0];
  const specObj = args.length > 1 ? args[1] : null;
  if (specObj !== null && !(specObj instanceof PyStr)) {
    throw raise(TypeError, `format() argument 2 must be str, not ${specObj.type.name}`);
  }
  const spec = specObj === null ? '' : specObj.v;
  // Exact built-in types: what their __format__ does, without a method call.
  if (o.type === intType || o.type === floatType || o.type === strType || o.type === boolType) {
    if (spec === '') return pyStr(o);
    if (o.type === strType) return newStrFresh(num(() => formatStr((o as PyStr).v, spec)));
    if (o.type === floatType) return newStrFresh(num(() => formatFloat((o as PyFloat).v, spec)));
    return newStrFresh(num(() => formatInt((o as PyInt).v, spec, o.type.name)));
  }
  const m = typeLookup(o.type, '__format__');
  if (m === null) throw raise(TypeError, `Type ${o.type.name} doesn't define __format__`);
  const s = specObj ?? newStr('');
  let r: PyObject;
  try {
    r = callMethodWith(m, o, [s], null);
  } finally {
    if (specObj === null) H.decref(s);
  }
  if (!(r instanceof PyStr)) {
    const tn = r.type.name;
    H.decref(r);
    throw raise(TypeError, `__format__ must return a str, not ${tn}`);
  }
  return r;
}
