// int.ts / intstr.ts / intfloat.ts against python3 3.11 vectors (fixtures/int.json).
import { describe, expect, it } from 'vitest';
import * as I from '../../../src/objects/num/int.js';
import { compareIntFloat, floatToInt, intToFloat, intTrueDiv } from '../../../src/objects/num/intfloat.js';
import { intFromString, intToString } from '../../../src/objects/num/intstr.js';
import { intPowFloat } from '../../../src/objects/num/float.js';
import { type Case, dec, decFloat, decInt, expectedOf, label, loadCases, run } from './vectors.js';

type F = (...a: any[]) => unknown;
const ops: Record<string, F> = {
  add: I.intAdd,
  sub: I.intSub,
  mul: I.intMul,
  floordiv: I.intFloorDiv,
  mod: I.intMod,
  divmod: (a, b) => I.intDivmod(a, b),
  truediv: intTrueDiv,
  and: (a, b) => I.intBitwise('&', a, b),
  or: (a, b) => I.intBitwise('|', a, b),
  xor: (a, b) => I.intBitwise('^', a, b),
  invert: I.intInvert,
  bitlength: I.bitLength,
  hash: I.intHash,
  tofloat: intToFloat,
  str: (a) => intToString(a, 10),
  hex: (a) => intToString(a, 16),
  oct: (a) => intToString(a, 8),
  bin: (a) => intToString(a, 2),
  lshift: I.intLshift,
  rshift: I.intRshift,
  round: I.roundInt,
  pow: I.intPow,
  powneg: intPowFloat,
  powmod: I.intPowMod,
  fromstring: intFromString,
};

function call(c: Case): unknown {
  if (c.op === 'cmpfloat') {
    const r = compareIntFloat(decInt(c.args[0]), decFloat(c.args[1]));
    return [r === 0, r < 0, r > 0];
  }
  if (c.op === 'floattoint') return floatToInt(decFloat(c.args[0]));
  const f = ops[c.op];
  if (!f) throw new Error('no op ' + c.op);
  return f(...c.args.map(dec));
}

describe('int vectors from python3', () => {
  const cases = loadCases('int');
  it('has enough cases', () => expect(cases.length).toBeGreaterThan(50));
  it.each(cases.map((c) => [label(c), c] as const))('%s', (_l, c) => {
    const got = run(c, () => call(c));
    expect(got).toEqual(expectedOf(c));
  });
});

describe('int representation', () => {
  it('normalises to number when safe', () => {
    expect(I.normInt(2n ** 53n - 1n)).toBe(2 ** 53 - 1);
    expect(I.normInt(2n ** 53n)).toBe(2n ** 53n);
    expect(I.intAdd(2 ** 53 - 1, 1)).toBe(2n ** 53n);
    expect(I.intSub(2n ** 53n, 1)).toBe(2 ** 53 - 1);
    expect(Object.is(I.intMul(0, -5), 0)).toBe(true);
    expect(Object.is(I.intFloorDiv(0, -5), 0)).toBe(true);
  });
});
