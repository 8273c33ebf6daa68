// strrepr.ts and unicode.ts against python3 3.11 vectors (fixtures/strrepr.json).
import { describe, expect, it } from 'vitest';
import * as R from '../../../src/objects/num/strrepr.js';
import * as U from '../../../src/objects/num/unicode.js';
import { type Case, dec, expectedOf, label, loadCases, run } from './vectors.js';

type Fn = (...a: any[]) => unknown;
const ops: Record<string, Fn> = {
  repr: R.strRepr,
  ascii: R.strAscii,
  isprintable: R.isPrintable,
  bytesrepr: R.bytesRepr,
  upper: U.toUpper,
  lower: U.toLower,
  swapcase: U.swapcase,
  casefold: U.casefold,
  title: U.title,
  capitalize: U.capitalize,
  isalpha: U.isAlpha,
  isdigit: U.isDigit,
  isdecimal: U.isDecimal,
  isnumeric: U.isNumeric,
  isspace: U.isSpace,
  isupper: U.isUpper,
  islower: U.isLower,
  istitle: U.isTitle,
  isalnum: U.isAlnum,
  isidentifier: U.isIdentifier,
};

describe('str repr and unicode vectors from python3', () => {
  const cases = loadCases('strrepr');
  it('has enough cases', () => expect(cases.length).toBeGreaterThan(50));
  it.each(cases.map((c) => [label(c), c] as const))('%s', (_l, c: Case) => {
    expect(run(c, () => ops[c.op](...c.args.map(dec)))).toEqual(expectedOf(c));
  });
});

describe('code-point helpers', () => {
  it('counts astral characters once', () => {
    expect(R.pyLen('a😀b')).toBe(3);
    expect(R.pyLen('\ud800')).toBe(1);
    expect(R.codePoints('é😀')).toEqual([0xe9, 0x1f600]);
  });
});
