/**
 * The evaluator's int fast paths (objects/fastint.ts) must give exactly what the general
 * int arithmetic (number.ts intBinop, BigInt-exact) gives, or decline: checked on
 * generated safe integers, signs, zeros, powers of two and the edges of 2**53.
 */

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { setup } from './helpers.js';
import { H } from '../../../src/objects/object.js';
import { PyInt } from '../../../src/objects/int.js';
import { intBinop } from '../../../src/objects/number.js';
import { fastIntCompare, fastIntOps } from '../../../src/objects/fastint.js';
import type { Operator } from '../../../src/parse/ast.js';

setup();

const edge = fc.constantFrom(0, 1, -1, 2, -2, 7, -7, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 52, 2 ** 53 - 1, -(2 ** 53 - 1), 63, 64);
const safeInt = fc.oneof(edge, fc.integer({ min: -1000, max: 1000 }), fc.maxSafeInteger().map((x) => x), fc.integer().map((x) => x * 977));
const shift = fc.integer({ min: -2, max: 70 });

function general(x: number, y: number, op: Operator): string {
  try {
    const r = intBinop(x, y, op) as PyInt;
    const v = String(r.v);
    H.decref(r);
    return v;
  } catch {
    return 'raises';
  }
}

describe('int fast paths agree with the exact arithmetic', () => {
  for (const op of Object.keys(fastIntOps) as Operator[]) {
    it(op, () => {
      const fast = fastIntOps[op]!;
      const ys = op === 'RShift' || op === 'LShift' ? shift : safeInt;
      fc.assert(fc.property(safeInt, ys, (x, y) => {
        const v = fast(x, y);
        if (v === undefined) return true; // declined: the general path decides
        expect(Object.is(v, -0)).toBe(false);
        expect(String(v)).toBe(general(x, y, op));
      }), { numRuns: 3000 });
    });
  }
  it('declines what it cannot do exactly', () => {
    expect(fastIntOps.FloorDiv!(1, 0)).toBeUndefined();
    expect(fastIntOps.Mod!(1, 0)).toBeUndefined();
    expect(fastIntOps.Add!(2 ** 53 - 1, 1)).toBeUndefined();
    expect(fastIntOps.Mult!(2 ** 40, 2 ** 20)).toBeUndefined();
    expect(fastIntOps.RShift!(1, -1)).toBeUndefined();
  });
  it('comparisons', () => {
    fc.assert(fc.property(safeInt, safeInt, (x, y) => {
      expect(fastIntCompare.Lt!(x, y)).toBe(BigInt(x) < BigInt(y));
      expect(fastIntCompare.Eq!(x, y)).toBe(BigInt(x) === BigInt(y));
    }));
  });
});
