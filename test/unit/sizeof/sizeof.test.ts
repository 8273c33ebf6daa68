/**
 * sys.getsizeof against CPython 3.11: each case of sizeof-cases.json is a small program
 * (its prelude defines S(o), printing sys.getsizeof(o)) whose printed sizes python3 3.11
 * measured (scripts/measure-sizeof.py writes the file; never edit it by hand). Every case
 * runs in its own in-process session, as each ran in its own python3 process, and must
 * print the same sizes.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPy } from '../objects/run.js';

interface SizeCase {
  name: string;
  src: string;
  sizes: number[];
}

const file = join(dirname(fileURLToPath(import.meta.url)), 'sizeof-cases.json');
const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { python: string; cases: SizeCase[] };
let matched = 0, total = 0;

describe('sys.getsizeof matches CPython 3.11', () => {
  it('has at least 60 measured objects', () => {
    expect(cases.reduce((n, c) => n + c.sizes.length, 0)).toBeGreaterThanOrEqual(60);
  });
  it.each(cases)('$name', ({ src, sizes }) => {
    const r = runPy(src);
    const got = r.out.split(/\s+/).filter((x) => x !== '').map(Number);
    total += sizes.length;
    matched += sizes.filter((s, i) => got[i] === s).length;
    expect(r.err).toBe('');
    expect(got).toEqual(sizes);
  });
  afterAll(() => {
    console.log(`sys.getsizeof: ${matched} of ${total} sizes match CPython 3.11`);
  });
});
