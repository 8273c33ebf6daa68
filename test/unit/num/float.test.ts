// float.ts against python3 3.11 vectors (fixtures/float.json).
import { describe, expect, it } from 'vitest';
import * as F from '../../../src/objects/num/float.js';
import { type Case, dec, expectedOf, label, loadCases, run } from './vectors.js';

type Fn = (...a: any[]) => unknown;
const ops: Record<string, Fn> = {
  repr: F.floatRepr,
  hash: F.floatHash,
  isinteger: F.floatIsInteger,
  ratio: F.floatAsIntegerRatio,
  hex: F.floatHex,
  round0: F.roundFloatToInt,
  round: F.roundFloat,
  floordiv: F.floatFloorDiv,
  mod: F.floatMod,
  divmod: (a, b) => F.floatDivmod(a, b),
  truediv: F.floatTrueDiv,
  pow: (a, b) => {
    const r = F.floatPow(a, b);
    return r.complex ? 'complex' : r.value;
  },
  fromstring: F.floatFromString,
};

describe('float vectors from python3', () => {
  const cases = loadCases('float');
  it('has enough cases', () => expect(cases.length).toBeGreaterThan(50));
  it.each(cases.map((c) => [label(c), c] as const))('%s', (_l, c: Case) => {
    const got = run(c, () => ops[c.op](...c.args.map(dec)));
    if (got.out === 'complex') {
      // CPython returns a complex here; memsnake reports it to the caller.
      expect(c.out).toHaveProperty('c');
      return;
    }
    if (c.op === 'pow' && got.out !== undefined && c.out !== undefined) {
      // Fractional exponents use V8's Math.pow, which can differ from glibc's pow by 1 ulp;
      // integer exponents are computed exactly (glibc may differ on an exact tie, 10.0**23).
      const want = dec(c.out) as number;
      const have = dec(got.out) as number;
      if (Number.isFinite(want) && want !== 0) {
        expect(Math.abs(have - want)).toBeLessThanOrEqual(Math.abs(want) * 2 ** -52);
        return;
      }
    }
    expect(got).toEqual(expectedOf(c));
  });
});
