// format.ts against python3 3.11 vectors (fixtures/format.json).
import { describe, expect, it } from 'vitest';
import { formatFloat, formatInt, formatStr } from '../../../src/objects/num/format.js';
import { type Case, dec, expectedOf, label, loadCases, run } from './vectors.js';

function call(c: Case): unknown {
  const [v, spec] = c.args.map(dec) as [unknown, string];
  if (c.op === 'int') return formatInt(v as number | bigint, spec);
  if (c.op === 'float') return formatFloat(v as number, spec);
  return formatStr(v as string, spec);
}

describe('format vectors from python3', () => {
  const cases = loadCases('format');
  it('has enough cases', () => expect(cases.length).toBeGreaterThan(50));
  it.each(cases.map((c) => [label(c), c] as const))('%s', (_l, c: Case) => {
    expect(run(c, () => call(c))).toEqual(expectedOf(c));
  });
});
