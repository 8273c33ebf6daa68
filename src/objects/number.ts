/**
 * The binary and unary operators (Objects/abstract.c binary_op1, binary_iop1,
 * PyNumber_*). Fast paths for exact int and float operands; everything else dispatches
 * to `__add__`/`__radd__`/`__iadd__`... found on the operand types, with CPython's rule
 * that a right operand whose type is a subclass overriding the reflected method goes
 * first, and NotImplemented passing the turn.
 *
 * Arguments borrowed, results new references.
 */

import { H, PyObject, PyType } from './object.js';
import { PyInt, newInt } from './int.js';
import { PyFloat, newFloat } from './float.js';
import { NotImplemented } from './singletons.js';
import { floatType, intType, boolType } from './typeobjects.js';
import { TypeError, ZeroDivisionError, raise } from './exceptions.js';
import { typeLookup } from './typeobject.js';
import { callMethodWith } from './abstract.js';
import type { Operator } from '../parse/ast.js';
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, intPow, intLshift, intRshift, intBitwise,
  intInvert, intNeg,
} from './num/int.js';
import { intTrueDiv, intToFloat } from './num/intfloat.js';
import { floatFloorDiv, floatMod, floatPow, floatTrueDiv } from './num/float.js';
import { NumError } from './num/errors.js';
import { excTypes } from './exceptions.js';

export const opSymbol: Record<Operator, string> = {
  Add: '+', Sub: '-', Mult: '*', MatMult: '@', Div: '/', Mod: '%', Pow: '**', LShift: '<<',
  RShift: '>>', BitOr: '|', BitXor: '^', BitAnd: '&', FloorDiv: '//',
};
export const opDunder: Record<Operator, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod',
  Pow: 'pow', LShift: 'lshift', RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and',
  FloorDiv: 'floordiv',
};

/** Converts a num-library error into a Python exception carrier. */
export function numErr(e: unknown): unknown {
  if (e instanceof NumError) return raise(excTypes.get(e.excType)!, e.message);
  return e;
}

/** int op int for exact ints (values). Returns null when the op is not an int op. */
export function intBinop(x: number | bigint, y: number | bigint, op: Operator): PyObject {
  try {
    switch (op) {
      case 'Add':
        if (typeof x === 'number' && typeof y === 'number') {
          const r = x + y;
          if (Number.isSafeInteger(r)) return newInt(r);
        }
        return newInt(intAdd(x, y));
      case 'Sub':
        if (typeof x === 'number' && typeof y === 'number') {
          const r = x - y;
          if (Number.isSafeInteger(r)) return newInt(r);
        }
        return newInt(intSub(x, y));
      case 'Mult':
        if (typeof x === 'number' && typeof y === 'number') {
          const r = x * y;
          if (Number.isSafeInteger(r)) return newInt(r === 0 ? 0 : r);
        }
        return newInt(intMul(x, y));
      case 'FloorDiv':
        if (y == 0) throw raise(ZeroDivisionError, 'integer division or modulo by zero');
        return newInt(intFloorDiv(x, y));
      case 'Mod':
        if (y == 0) throw raise(ZeroDivisionError, 'integer modulo by zero');
        return newInt(intMod(x, y));
      case 'Div':
        if (y == 0) throw raise(ZeroDivisionError, 'division by zero');
        if (typeof x === 'number' && typeof y === 'number' && Math.abs(x) < 2 ** 53 && Math.abs(y) < 2 ** 53) return newFloat(x / y);
        return newFloat(intTrueDiv(x, y));
      case 'Pow':
        if (y < 0) {
          const fx = intToFloat(x);
          if (fx === 0) throw raise(ZeroDivisionError, '0.0 cannot be raised to a negative power');
          const r = floatPow(fx, intToFloat(y));
          return newFloat(r.complex ? NaN : r.value);
        }
        return newInt(intPow(x, y));
      case 'LShift':
        return newInt(intLshift(x, y));
      case 'RShift':
        return newInt(intRshift(x, y));
      case 'BitAnd':
        return newInt(intBitwise('&', x, y));
      case 'BitOr':
        return newInt(intBitwise('|', x, y));
      case 'BitXor':
        return newInt(intBitwise('^', x, y));
      case 'MatMult':
        NotImplemented.rc++;
        return NotImplemented;
    }
  } catch (e) {
    throw numErr(e);
  }
}

/** float op float (values). NotImplemented for ops floats don't have. */
export function floatBinop(x: number, y: number, op: Operator): PyObject {
  try {
    switch (op) {
      case 'Add': return newFloat(x + y);
      case 'Sub': return newFloat(x - y);
      case 'Mult': return newFloat(x * y);
      case 'Div':
        if (y === 0) throw raise(ZeroDivisionError, 'float division by zero');
        return newFloat(floatTrueDiv(x, y));
      case 'FloorDiv':
        if (y === 0) throw raise(ZeroDivisionError, 'float floor division by zero');
        return newFloat(floatFloorDiv(x, y));
      case 'Mod':
        if (y === 0) throw raise(ZeroDivisionError, 'float modulo');
        return newFloat(floatMod(x, y));
      case 'Pow': {
        const r = floatPow(x, y);
        if (r.complex) throw raise(excTypes.get('ValueError')!, 'complex numbers are not supported by memsnake (negative number raised to a fractional power)');
        return newFloat(r.value);
      }
      default:
        NotImplemented.rc++;
        return NotImplemented;
    }
  } catch (e) {
    throw numErr(e);
  }
}

function isIntLike(t: PyType): boolean {
  return t === intType || t === boolType;
}

/** a OP b. */
export function binaryOp(a: PyObject, b: PyObject, op: Operator): PyObject {
  const ta = a.type, tb = b.type;
  if (ta === intType && tb === intType) return intBinop((a as PyInt).v, (b as PyInt).v, op);
  if (ta === floatType) {
    if (tb === floatType) {
      const r = floatBinop((a as PyFloat).v, (b as PyFloat).v, op);
      if (r !== NotImplemented) return r;
      H.decref(r);
    } else if (isIntLike(tb)) {
      const r = floatBinop((a as PyFloat).v, intToDouble((b as PyInt).v), op);
      if (r !== NotImplemented) return r;
      H.decref(r);
    }
  } else if (tb === floatType && isIntLike(ta)) {
    const r = floatBinop(intToDouble((a as PyInt).v), (b as PyFloat).v, op);
    if (r !== NotImplemented) return r;
    H.decref(r);
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  H.decref(r);
  throw binopTypeError(a, b, op);
}

/** An int value as a float (OverflowError past the float range). */
export function intToDouble(v: number | bigint): number {
  if (typeof v === 'number') return v;
  try {
    return intToFloat(v);
  } catch (e) {
    throw numErr(e);
  }
}

export function binopTypeError(a: PyObject, b: PyObject, op: Operator, inplace = false): unknown {
  const sym = opSymbol[op] + (inplace ? '=' : '');
  if (op === 'Add' && !inplace) {
    const tn = a.type.name;
    if (a.type.name === 'str' || a.type.name === 'list' || a.type.name === 'tuple') {
      if (typeLookup(b.type, '__radd__') === null || b.type.name !== tn) {
        if (a.type.name === 'str') return raise(TypeError, `can only concatenate str (not "${b.type.name}") to str`);
        return raise(TypeError, `can only concatenate ${tn} (not "${b.type.name}") to ${tn}`);
      }
    }
  }
  if (op === 'Pow' && !inplace) return raise(TypeError, `unsupported operand type(s) for ** or pow(): '${a.type.name}' and '${b.type.name}'`);
  if (op === 'Mult' && (a.type.name === 'str' || a.type.name === 'list' || a.type.name === 'tuple' || b.type.name === 'str' || b.type.name === 'list' || b.type.name === 'tuple')) {
    const other = ['str', 'list', 'tuple'].includes(a.type.name) ? b : a;
    if (!['str', 'list', 'tuple'].includes(other.type.name) || a.type === b.type) {
      return raise(TypeError, `can't multiply sequence by non-int of type '${other.type.name}'`);
    }
  }
  return raise(TypeError, `unsupported operand type(s) for ${sym}: '${a.type.name}' and '${b.type.name}'`);
}

/** binary_op1: try a.__op__(b), b.__rop__(a); returns NotImplemented (new ref) if neither. */
export function binaryOp1(a: PyObject, b: PyObject, op: Operator): PyObject {
  const name = opDunder[op];
  const ta = a.type, tb = b.type;
  const fa = typeLookup(ta, `__${name}__`);
  let fb = ta !== tb ? typeLookup(tb, `__r${name}__`) : null;
  if (fb !== null && fb === typeLookup(ta, `__r${name}__`) && !tb.heaptype) fb = null;
  if (fb !== null && tb.isSubtype(ta) && ta !== tb) {
    const r = callMethodWith(fb, b, [a], null);
    if (r !== NotImplemented) return r;
    H.decref(r);
    fb = null;
  }
  if (fa !== null) {
    const r = callMethodWith(fa, a, [b], null);
    if (r !== NotImplemented) return r;
    H.decref(r);
  }
  if (fb !== null) {
    const r = callMethodWith(fb, b, [a], null);
    if (r !== NotImplemented) return r;
    H.decref(r);
  }
  NotImplemented.rc++;
  return NotImplemented;
}

/** a OP= b: tries __iop__ first, then the binary operator. */
export function inplaceOp(a: PyObject, b: PyObject, op: Operator): PyObject {
  const ta = a.type;
  if ((ta === intType && b.type === intType) || ta === floatType) return binaryOpInplace(a, b, op);
  const m = typeLookup(ta, `__i${opDunder[op]}__`);
  if (m !== null) {
    const r = callMethodWith(m, a, [b], null);
    if (r !== NotImplemented) return r;
    H.decref(r);
  }
  return binaryOpInplace(a, b, op);
}

function binaryOpInplace(a: PyObject, b: PyObject, op: Operator): PyObject {
  const ta = a.type, tb = b.type;
  if (ta === intType && tb === intType) return intBinop((a as PyInt).v, (b as PyInt).v, op);
  if (ta === floatType || tb === floatType) {
    if ((ta === floatType || isIntLike(ta)) && (tb === floatType || isIntLike(tb))) {
      const r = floatBinop(intToDouble((a as PyFloat).v), intToDouble((b as PyFloat).v), op);
      if (r !== NotImplemented) return r;
      H.decref(r);
    }
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  H.decref(r);
  throw binopTypeError(a, b, op, true);
}

const unaryDunder = { USub: '__neg__', UAdd: '__pos__', Invert: '__invert__' } as const;
const unarySym = { USub: '-', UAdd: '+', Invert: '~' } as const;

/** -o, +o, ~o. */
export function unaryOp(o: PyObject, op: 'USub' | 'UAdd' | 'Invert'): PyObject {
  const t = o.type;
  if (t === intType) {
    const v = (o as PyInt).v;
    if (op === 'USub') return newInt(typeof v === 'number' ? (v === 0 ? 0 : -v) : intNeg(v));
    if (op === 'UAdd') {
      o.rc++;
      return o;
    }
    return newInt(intInvert(v));
  }
  if (t === floatType) {
    const v = (o as PyFloat).v;
    if (op === 'USub') return newFloat(-v);
    if (op === 'UAdd') return newFloat(v);
  }
  const m = typeLookup(t, unaryDunder[op]);
  if (m === null) throw raise(TypeError, `bad operand type for unary ${unarySym[op]}: '${t.name}'`);
  return callMethodWith(m, o, [], null);
}
