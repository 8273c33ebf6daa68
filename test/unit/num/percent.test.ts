// percent.ts against python3 3.11 vectors (fixtures/percent.json), through a small adapter over fixture values.
import { describe, expect, it } from 'vitest';
import { NumError } from '../../../src/objects/num/errors.js';
import { floatRepr } from '../../../src/objects/num/float.js';
import { intToFloat } from '../../../src/objects/num/intfloat.js';
import { intToString } from '../../../src/objects/num/intstr.js';
import { type PercentArgs, type PercentHooks, percentFormat } from '../../../src/objects/num/percent.js';
import { strAscii, strRepr } from '../../../src/objects/num/strrepr.js';
import { type Case, type Enc, decFloat, decInt, expectedOf, label, loadCases, run } from './vectors.js';

function repr(e: Enc, ascii = false): string {
  if (typeof e === 'string') return ascii ? strAscii(e) : strRepr(e);
  return str(e);
}

function str(e: Enc): string {
  if (e === null) return 'None';
  if (typeof e === 'boolean') return e ? 'True' : 'False';
  if (typeof e === 'string') return e;
  if ('i' in e) return intToString(decInt(e));
  if ('f' in e) return floatRepr(decFloat(e));
  if ('t' in e) return '(' + e.t.map((x) => repr(x)).join(', ') + (e.t.length === 1 ? ',)' : ')');
  if ('l' in e) return '[' + e.l.map((x) => repr(x)).join(', ') + ']';
  if ('d' in e) return '{' + e.d.map(([k, v]) => strRepr(k) + ': ' + repr(v)).join(', ') + '}';
  throw new Error('no str');
}

const hooks: PercentHooks<Enc> = {
  str,
  repr: (e) => repr(e),
  ascii: (e) => repr(e, true),
  asIndex: (e) => (typeof e === 'boolean' ? Number(e) : e !== null && typeof e === 'object' && 'i' in e ? decInt(e) : null),
  asFloat: (e) =>
    typeof e === 'boolean' ? Number(e)
    : e !== null && typeof e === 'object' && 'i' in e ? intToFloat(decInt(e))
    : e !== null && typeof e === 'object' && 'f' in e ? decFloat(e)
    : null,
  asStr: (e) => (typeof e === 'string' ? e : null),
  typeName: (e) =>
    e === null ? 'NoneType'
    : typeof e === 'boolean' ? 'bool'
    : typeof e === 'string' ? 'str'
    : 'i' in e ? 'int'
    : 'f' in e ? 'float'
    : 't' in e ? 'tuple'
    : 'l' in e ? 'list'
    : 'dict',
};

function argsOf(e: Enc): PercentArgs<Enc> {
  if (e !== null && typeof e === 'object' && 't' in e) return { kind: 'tuple', items: e.t };
  if (e !== null && typeof e === 'object' && 'd' in e) {
    const d = new Map(e.d);
    return {
      kind: 'single',
      value: e,
      getItem: (k) => {
        if (!d.has(k)) throw new NumError('KeyError', strRepr(k));
        return d.get(k)!;
      },
    };
  }
  if (e !== null && typeof e === 'object' && 'l' in e) {
    return {
      kind: 'single',
      value: e,
      getItem: () => {
        throw new NumError('TypeError', 'list indices must be integers or slices, not str');
      },
    };
  }
  return { kind: 'single', value: e };
}

describe('percent vectors from python3', () => {
  const cases = loadCases('percent');
  it('has enough cases', () => expect(cases.length).toBeGreaterThan(50));
  it.each(cases.map((c) => [label(c), c] as const))('%s', (_l, c: Case) => {
    expect(run(c, () => percentFormat(c.args[0] as string, argsOf(c.args[1]), hooks))).toEqual(expectedOf(c));
  });
});
