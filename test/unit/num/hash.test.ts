// hash.ts against python3 3.11 vectors (fixtures/hash.json, PYTHONHASHSEED=0) and §6.4.
import { describe, expect, it } from 'vitest';
import { floatHash, hashBytes, hashStr, hashTuple, intHash } from '../../../src/objects/num/hash.js';
import { type Case, type Enc, dec, decInt, expectedOf, label, loadCases, run } from './vectors.js';

function hashOf(e: Enc): bigint {
  if (typeof e === 'string') return hashStr(e);
  if (typeof e === 'boolean') return e ? 1n : 0n;
  if (e === null) throw new Error('None hash is address-based');
  if ('i' in e) return intHash(decInt(e));
  if ('f' in e) return floatHash(dec(e) as number);
  if ('b' in e) return hashBytes(Uint8Array.from(e.b));
  if ('t' in e) return hashTuple(e.t.map(hashOf));
  throw new Error('unhashable');
}

describe('hash vectors from python3', () => {
  const cases = loadCases('hash');
  it('has enough cases', () => expect(cases.length).toBeGreaterThan(50));
  it.each(cases.map((c) => [label(c), c] as const))('%s', (_l, c: Case) => {
    expect(run(c, () => hashOf(c.args[0]))).toEqual(expectedOf(c));
  });
});

describe('§6.4 test vectors', () => {
  it.each([
    ['a', 4644417185603328019n],
    ['abc', -4594863902769663758n],
    ['', 0n],
    ['hello world', -5642461784034726774n],
    ['é', 6047309291227476195n],
    ['€', -5529981157763016009n],
  ])('hash(%j)', (s, h) => expect(hashStr(s)).toBe(h));
  it('bytes, tuples, numbers', () => {
    expect(hashBytes(new TextEncoder().encode('abc'))).toBe(-4594863902769663758n);
    expect(hashTuple([])).toBe(5740354900026072187n);
    expect(hashTuple([1n])).toBe(-6644214454873602895n);
    expect(hashTuple([1n, 2n])).toBe(-3550055125485641917n);
    expect(hashTuple([1n, hashStr('a')])).toBe(3906047847676358913n);
    expect(floatHash(1.5)).toBe(1152921504606846977n);
    expect(floatHash(0.5)).toBe(1152921504606846976n);
    expect(intHash(-1)).toBe(-2n);
    expect(intHash(-2)).toBe(-2n);
    expect(intHash(2n ** 61n)).toBe(1n);
    expect(intHash(2n ** 61n - 1n)).toBe(0n);
    expect(floatHash(Infinity)).toBe(314159n);
  });
});
