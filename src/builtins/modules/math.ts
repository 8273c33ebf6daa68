/**
 * The `math` module. Mirrors Modules/mathmodule.c, 3.11: the same argument conversions
 * (`must be real number, not str`, `__floor__`/`__ceil__`/`__trunc__` dispatch, integer
 * arguments through `__index__`), the same errors (`math domain error` as ValueError,
 * `math range error` as OverflowError, decided from the result as math_1/math_2 do), and
 * exact integer algorithms for factorial, gcd, lcm, isqrt, comb and perm. `fsum` is
 * exact: every double is an integer times a power of two, so the sum is computed as one
 * big integer and rounded once.
 */

import { H, PyObject } from '../../objects/object.js';
import { PyFloat, newFloat } from '../../objects/float.js';
import { PyInt, newInt } from '../../objects/int.js';
import { newTuple } from '../../objects/tuple.js';
import { None, newBool } from '../../objects/singletons.js';
import { OverflowError, TypeError, ValueError, ZeroDivisionError, raise } from '../../objects/exceptions.js';
import { argRange, bindArgs } from '../../objects/methods.js';
import { staticBuiltin } from '../../objects/descr.js';
import { boolType, floatType, intType } from '../../objects/typeobjects.js';
import { typeLookup } from '../../objects/typeobject.js';
import { callMethodWith, getIter, index, iterNext, iterToArray } from '../../objects/abstract.js';
import { binaryOp, numErr } from '../../objects/number.js';
import { intToFloat, floatToInt, ratioToDouble, ldexp as numLdexp } from '../../objects/num/intfloat.js';
import { bitLength, toBig, normInt } from '../../objects/num/int.js';
import { decompose } from '../../objects/num/decimal.js';
import { PyModule, moduleSet, moduleSetOwned, newModule } from '../../objects/module.js';

type Fn = (args: PyObject[], kw: string[] | null) => PyObject;
type V = number | bigint;

function num<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw numErr(e);
  }
}

const domain = () => raise(ValueError, 'math domain error');
const range = () => raise(OverflowError, 'math range error');

/** PyFloat_AsDouble: float, int, or an object with `__float__` / `__index__`. */
export function asDouble(o: PyObject): number {
  if (o.type === floatType || o instanceof PyFloat) return (o as PyFloat).v;
  if (o instanceof PyInt) return num(() => intToFloat((o as PyInt).v));
  const f = typeLookup(o.type, '__float__');
  if (f !== null) {
    const r = callMethodWith(f, o, [], null);
    try {
      if (!(r instanceof PyFloat)) throw raise(TypeError, `${o.type.name}.__float__ returned non-float (type ${r.type.name})`);
      return r.v;
    } finally {
      H.decref(r);
    }
  }
  if (typeLookup(o.type, '__index__') !== null) return num(() => intToFloat(index(o)));
  throw raise(TypeError, `must be real number, not ${o.type.name}`);
}

/** math_1: f(x) with CPython's error classification from the result. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean): Fn {
  return (args, kw) => {
    argRange(name, args, kw, 1, 1);
    const x = asDouble(args[0]);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
    if (!Number.isFinite(r) && Number.isFinite(x)) {
      if (canOverflow) throw range();
      throw domain();
    }
    return newFloat(r);
  };
}

/** log of an int of any size (loghelper): exact for huge ints via their bit length. */
function logOf(o: PyObject, f: (x: number) => number): number {
  if (o instanceof PyInt && o.type !== floatType) {
    const v = o.v;
    if (v <= 0) throw domain();
    if (typeof v === 'bigint' && bitLength(v) > 1000) {
      const e = bitLength(v) - 60;
      const m = Number(v >> BigInt(e));
      return f(m) + e * f(2);
    }
    return f(num(() => intToFloat(v)));
  }
  const x = asDouble(o);
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw domain();
  return f(x);
}

function logFn(name: string, f: (x: number) => number): Fn {
  return (args, kw) => {
    argRange(name, args, kw, 1, 1);
    return newFloat(logOf(args[0], f));
  };
}

const log: Fn = (args, kw) => {
  argRange('log', args, kw, 1, 2);
  const n = logOf(args[0], Math.log);
  if (args.length === 1) return newFloat(n);
  const d = logOf(args[1], Math.log);
  if (d === 0) throw raise(ZeroDivisionError, 'float division by zero');
  return newFloat(n / d);
};


/** Rounding to an int: int stays, `__floor__`/`__ceil__` on other types, else the float. */
function rounder(name: string, dunder: string, f: (x: number) => number): Fn {
  return (args, kw) => {
    argRange(name, args, kw, 1, 1);
    const o = args[0];
    if (o.type === intType) {
      o.rc++;
      return o;
    }
    if (o.type === boolType) return newInt((o as PyInt).v);
    if (o.type !== floatType) {
      const m = typeLookup(o.type, dunder);
      if (m !== null) return callMethodWith(m, o, [], null);
    }
    const x = asDouble(o);
    return newInt(num(() => floatToInt(f(x))));
  };
}

const trunc: Fn = (args, kw) => {
  argRange('trunc', args, kw, 1, 1);
  const o = args[0];
  if (o.type === floatType) return newInt(num(() => floatToInt((o as PyFloat).v)));
  if (o.type === intType) {
    o.rc++;
    return o;
  }
  if (o.type === boolType) return newInt((o as PyInt).v);
  const m = typeLookup(o.type, '__trunc__');
  if (m === null) throw raise(TypeError, `type ${o.type.name} doesn't define __trunc__ method`);
  return callMethodWith(m, o, [], null);
};

function two(name: string, f: (x: number, y: number) => number, check: (x: number, y: number, r: number) => void): Fn {
  return (args, kw) => {
    argRange(name, args, kw, 2, 2);
    const x = asDouble(args[0]), y = asDouble(args[1]);
    const r = f(x, y);
    check(x, y, r);
    return newFloat(r);
  };
}

/** math_2's rule: NaN from non-NaN inputs is a domain error, inf from finite a range error. */
function rule2(x: number, y: number, r: number): void {
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domain();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) throw range();
}

/** math.pow (C pow's special cases, then errors as math_2 plus 0**negative). */
function mathPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && y < 0 && Number.isFinite(y)) throw domain();
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) throw domain();
  if (x === -1 && !Number.isFinite(y)) return 1;
  return Math.pow(x, y);
}

function fmod(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(x) || y === 0) throw domain();
  if (!Number.isFinite(y)) return x;
  return x % y;
}

/** An int argument through `__index__`. */
const intArg = (o: PyObject): V => index(o);
const big = (v: V): bigint => toBig(v);

function factorial(args: PyObject[], kw: string[] | null): PyObject {
  argRange('factorial', args, kw, 1, 1);
  const n = big(intArg(args[0]));
  if (n < 0n) throw raise(ValueError, 'factorial() not defined for negative values');
  if (n > 9223372036854775807n) throw raise(OverflowError, 'factorial() argument should not exceed 9223372036854775807');
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return newInt(normInt(r));
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

const gcd: Fn = (args, kw) => {
  argRange('gcd', args, kw, 0, Infinity);
  let g = 0n;
  for (const a of args) g = gcdBig(g, big(intArg(a)));
  return newInt(normInt(g));
};

const lcm: Fn = (args, kw) => {
  argRange('lcm', args, kw, 0, Infinity);
  let l = 1n;
  for (const a of args) {
    const v = big(intArg(a));
    if (l === 0n || v === 0n) {
      l = 0n;
      continue;
    }
    const p = (l * v) / gcdBig(l, v);
    l = p < 0n ? -p : p;
  }
  return newInt(normInt(l));
};

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton's iteration from a close start, then fix up to floor(sqrt(n)).
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

const isqrt: Fn = (args, kw) => {
  argRange('isqrt', args, kw, 1, 1);
  const n = big(intArg(args[0]));
  if (n < 0n) throw raise(ValueError, 'isqrt() argument must be nonnegative');
  return newInt(normInt(isqrtBig(n)));
};

function permBig(n: bigint, k: bigint): bigint {
  let r = 1n;
  for (let i = 0n; i < k; i++) r *= n - i;
  return r;
}

const comb: Fn = (args, kw) => {
  argRange('comb', args, kw, 2, 2);
  const n = big(intArg(args[0])), k0 = big(intArg(args[1]));
  if (n < 0n) throw raise(ValueError, 'n must be a non-negative integer');
  if (k0 < 0n) throw raise(ValueError, 'k must be a non-negative integer');
  if (k0 > n) return newInt(0);
  const k = k0 > n - k0 ? n - k0 : k0;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return newInt(normInt(r));
};

const perm: Fn = (args, kw) => {
  argRange('perm', args, kw, 1, 2);
  const n = big(intArg(args[0]));
  const k = args.length < 2 || args[1] === None ? null : big(intArg(args[1]));
  if (n < 0n) throw raise(ValueError, 'n must be a non-negative integer');
  if (k === null) return factorial([args[0]], null);
  if (k < 0n) throw raise(ValueError, 'k must be a non-negative integer');
  if (k > n) return newInt(0);
  return newInt(normInt(permBig(n, k)));
};

const isclose: Fn = (args, kw) => {
  const [a0, b0, rt, at] = bindArgs('isclose', args, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 0, 2);
  const a = asDouble(a0!), b = asDouble(b0!);
  const relTol = rt === undefined ? 1e-9 : asDouble(rt);
  const absTol = at === undefined ? 0 : asDouble(at);
  if (relTol < 0 || absTol < 0) throw raise(ValueError, 'tolerances must be non-negative');
  if (a === b) return newBool(true);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return newBool(false);
  const diff = Math.abs(b - a);
  return newBool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
};

function pred(name: string, f: (x: number) => boolean): Fn {
  return (args, kw) => {
    argRange(name, args, kw, 1, 1);
    return newBool(f(asDouble(args[0])));
  };
}

const modf: Fn = (args, kw) => {
  argRange('modf', args, kw, 1, 1);
  const x = asDouble(args[0]);
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return newTuple([newFloat(x), newFloat(x)]);
    return newTuple([newFloat(x > 0 ? 0 : -0), newFloat(x)]);
  }
  const ip = Math.trunc(x);
  const fp = x - ip;
  return newTuple([newFloat(fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp), newFloat(ip)]);
};

const frexp: Fn = (args, kw) => {
  argRange('frexp', args, kw, 1, 1);
  const x = asDouble(args[0]);
  if (x === 0 || !Number.isFinite(x)) return newTuple([newFloat(x), newInt(0)]);
  const { mant, exp } = decompose(x);
  // x = mant * 2**exp exactly; normalise the mantissa into [0.5, 1).
  const bits = bitLength(mant < 0n ? -mant : mant);
  const e = exp + bits;
  return newTuple([newFloat(num(() => numLdexp(x, -e))), newInt(e)]);
};

const ldexp: Fn = (args, kw) => {
  argRange('ldexp', args, kw, 2, 2);
  const x = asDouble(args[0]);
  if (args[1].type === floatType) throw raise(TypeError, 'Expected an int as second argument to ldexp.');
  const e = index(args[1]);
  if (x === 0 || !Number.isFinite(x)) return newFloat(x);
  const ee = e > 100000 ? 100000 : e < -100000 ? -100000 : Number(e);
  const r = num(() => numLdexp(x, ee));
  if (!Number.isFinite(r)) throw range();
  return newFloat(r);
};

/** fsum: exact sum of the doubles, rounded once (special values as msum does). */
const fsum: Fn = (args, kw) => {
  argRange('fsum', args, kw, 1, 1);
  const it = getIter(args[0]);
  let acc = 0n;
  const MINEXP = -1074;
  let specialSum = 0;
  let sawNaN = false, sawInf = false;
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      let v: number;
      try {
        v = asDouble(x);
      } finally {
        H.decref(x);
      }
      if (!Number.isFinite(v)) {
        if (Number.isNaN(v)) sawNaN = true;
        else sawInf = true;
        specialSum += v;
        continue;
      }
      if (v === 0) continue;
      const { mant, exp } = decompose(v);
      const scaled = mant << BigInt(exp - MINEXP);
      acc += v < 0 ? -scaled : scaled;
    }
  } finally {
    H.decref(it);
  }
  if (sawNaN || sawInf) {
    if (Number.isNaN(specialSum) && !sawNaN) throw raise(ValueError, '-inf + inf in fsum');
    return newFloat(specialSum);
  }
  if (acc === 0n) return newFloat(0);
  const mag = ratioToDouble(acc < 0n ? -acc : acc, 1n << BigInt(-MINEXP));
  const r = acc < 0n ? -mag : mag;
  if (!Number.isFinite(r)) throw raise(OverflowError, 'intermediate overflow in fsum');
  return newFloat(r);
};

const prod: Fn = (args, kw) => {
  const [it0, start] = bindArgs('prod', args, kw, ['iterable', 'start'], 1, 1, 1);
  let result: PyObject;
  if (start === undefined) result = newInt(1);
  else {
    start.rc++;
    result = start;
  }
  const it = getIter(it0!);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return result;
      let r: PyObject;
      try {
        r = binaryOp(result, x, 'Mult');
      } finally {
        H.decref(x);
      }
      H.decref(result);
      result = r;
    }
  } catch (e) {
    H.decref(result);
    throw e;
  } finally {
    H.decref(it);
  }
};

const hypot: Fn = (args, kw) => {
  argRange('hypot', args, kw, 0, Infinity);
  return newFloat(Math.hypot(...args.map(asDouble)));
};

const dist: Fn = (args, kw) => {
  argRange('dist', args, kw, 2, 2);
  const p = iterToArray(args[0]), q = iterToArray(args[1]);
  try {
    if (p.length !== q.length) throw raise(ValueError, 'both points must have the same number of dimensions');
    const d = p.map((x, i) => asDouble(x) - asDouble(q[i]));
    return newFloat(Math.hypot(...d));
  } finally {
    for (const x of p) H.decref(x);
    for (const x of q) H.decref(x);
  }
};

const sqrt = (x: number): number => (x < 0 ? NaN : Math.sqrt(x));

const functions: [string, Fn][] = [
  ['acos', math1('acos', Math.acos, false)], ['acosh', math1('acosh', Math.acosh, false)],
  ['asin', math1('asin', Math.asin, false)], ['asinh', math1('asinh', Math.asinh, false)],
  ['atan', math1('atan', Math.atan, false)], ['atan2', two('atan2', Math.atan2, () => {})],
  ['atanh', math1('atanh', (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)), false)],
  ['cbrt', math1('cbrt', Math.cbrt, false)],
  ['ceil', rounder('ceil', '__ceil__', Math.ceil)], ['comb', comb],
  ['copysign', two('copysign', (x, y) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x)), () => {})],
  ['cos', math1('cos', Math.cos, false)], ['cosh', math1('cosh', Math.cosh, true)],
  ['degrees', math1('degrees', (x) => (x * 180) / Math.PI, true)], ['dist', dist],
  ['exp', math1('exp', Math.exp, true)], ['exp2', math1('exp2', (x) => Math.pow(2, x), true)],
  ['expm1', math1('expm1', Math.expm1, true)],
  ['fabs', math1('fabs', Math.abs, false)], ['factorial', factorial],
  ['floor', rounder('floor', '__floor__', Math.floor)], ['fmod', two('fmod', fmod, () => {})],
  ['frexp', frexp], ['fsum', fsum], ['gcd', gcd], ['hypot', hypot], ['isclose', isclose],
  ['isfinite', pred('isfinite', Number.isFinite)],
  ['isinf', pred('isinf', (x) => x === Infinity || x === -Infinity)],
  ['isnan', pred('isnan', Number.isNaN)], ['isqrt', isqrt], ['lcm', lcm], ['ldexp', ldexp],
  ['log', log], ['log10', logFn('log10', Math.log10)],
  ['log1p', math1('log1p', (x) => (x <= -1 ? NaN : Math.log1p(x)), false)],
  ['log2', logFn('log2', Math.log2)], ['modf', modf], ['perm', perm],
  ['pow', two('pow', mathPow, rule2)], ['prod', prod],
  ['radians', math1('radians', (x) => (x * Math.PI) / 180, true)],
  ['sin', math1('sin', Math.sin, false)], ['sinh', math1('sinh', Math.sinh, true)],
  ['sqrt', math1('sqrt', sqrt, false)], ['tan', math1('tan', Math.tan, false)],
  ['tanh', math1('tanh', Math.tanh, false)], ['trunc', trunc],
];
const functionObjects = new Map<string, PyObject>();

/** A new `math` module. */
export function createMathModule(): PyModule {
  const m = newModule('math', undefined, 'This module provides access to the mathematical functions\ndefined by the C standard.');
  m.builtin = true;
  for (const [n, f] of functions) {
    let o = functionObjects.get(n);
    if (o === undefined) {
      o = staticBuiltin(n, f, 'math');
      functionObjects.set(n, o);
    }
    moduleSet(m, n, o);
  }
  moduleSetOwned(m, 'pi', newFloat(Math.PI));
  moduleSetOwned(m, 'e', newFloat(Math.E));
  moduleSetOwned(m, 'tau', newFloat(2 * Math.PI));
  moduleSetOwned(m, 'inf', newFloat(Infinity));
  moduleSetOwned(m, 'nan', newFloat(NaN));
  return m;
}
