/**
 * Fast paths for arithmetic and comparison on two ints that hold JS numbers (safe
 * integers), used by the evaluator before the general protocol (number.ts binaryOp,
 * abstract.ts richCompare). Each returns the exact Python result as a number, or
 * undefined when the general path must decide (a result beyond 2**53, division by zero,
 * a negative shift count): the fast path never raises and never allocates, so the
 * evaluator can try it before protecting its operands on the value stack.
 *
 * Exactness: for |x|, |y| < 2**53 the correctly rounded x / y floors to the true
 * quotient (its rounding error is below 1/|y|), and dividing by a power of two is exact.
 */

import type { Operator, CmpOp } from '../parse/ast.js';

type IntOp = (x: number, y: number) => number | undefined;

const safe = (r: number): number | undefined => (Number.isSafeInteger(r) ? r : undefined);

export const fastIntOps: Partial<Record<Operator, IntOp>> = {
  Add: (x, y) => safe(x + y),
  Sub: (x, y) => safe(x - y),
  Mult: (x, y) => {
    const r = x * y;
    return Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : undefined;
  },
  FloorDiv: (x, y) => (y === 0 ? undefined : Math.floor(x / y) + 0),
  Mod: (x, y) => {
    if (y === 0) return undefined;
    let r = x % y;
    if (r !== 0 && (r < 0) !== (y < 0)) r += y;
    return r + 0;
  },
  RShift: (x, y) => (y < 0 ? undefined : y >= 64 ? (x < 0 ? -1 : 0) : Math.floor(x / 2 ** y) + 0),
  LShift: (x, y) => (y < 0 || y >= 64 ? undefined : safe(x * 2 ** y)),
  BitAnd: (x, y) => ((x | 0) === x && (y | 0) === y ? x & y : undefined),
  BitOr: (x, y) => ((x | 0) === x && (y | 0) === y ? x | y : undefined),
  BitXor: (x, y) => ((x | 0) === x && (y | 0) === y ? x ^ y : undefined),
};

export const fastIntCompare: Partial<Record<CmpOp, (x: number, y: number) => boolean>> = {
  Lt: (x, y) => x < y,
  LtE: (x, y) => x <= y,
  Gt: (x, y) => x > y,
  GtE: (x, y) => x >= y,
  Eq: (x, y) => x === y,
  NotEq: (x, y) => x !== y,
};

