/**
 * The conformance and memory corpora: every program must print exactly what python3 3.11
 * printed, except those listed (with a reason) in known-gaps.txt. A listed program that
 * now passes is reported by name so it can be removed: the list only shrinks.
 */

import { describe, it, expect, afterAll } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, expected, knownGaps, mask, runMemsnake } from './run-case.js';

const gaps = knownGaps();
const dirs = [join(ROOT, 'test', 'conformance', 'cases'), join(ROOT, 'test', 'memory')];
const cases = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.py')).sort().map((f) => ({ dir: d, name: f.replace(/\.py$/, '') })));
const failing: string[] = [];
const stale: string[] = [];

describe('conformance', () => {
  it.concurrent.each(cases)('$name', async ({ dir, name }) => {
    const path = join(dir, name + '.py');
    const want = expected(path);
    const got = await runMemsnake([path], dir);
    const same = mask(got.stdout, dir) === mask(want.stdout, dir)
      && mask(got.stderr, dir) === mask(want.stderr, dir)
      && got.code === want.code;
    if (!same) {
      failing.push(name);
      writeFileSync(join(dir, name + '._actual.txt'), `exit ${got.code}\n--- stdout\n${got.stdout}--- stderr\n${got.stderr}`);
    }
    if (gaps.has(name)) {
      // A listed program that passes now is reported (remove it from the list), not failed.
      if (same) stale.push(name);
    } else {
      expect(mask(got.stdout, dir)).toBe(mask(want.stdout, dir));
      expect(mask(got.stderr, dir)).toBe(mask(want.stderr, dir));
      expect(got.code).toBe(want.code);
    }
  });
  afterAll(() => {
    console.log(`conformance: ${cases.length} programs, ${gaps.size} known gaps (test/conformance/known-gaps.txt)`);
    if (stale.length > 0) console.log(`known gaps that pass now (remove them from the list): ${stale.sort().join(', ')}`);
    if (process.env.MEMSNAKE_WRITE_GAPS) writeFileSync(process.env.MEMSNAKE_WRITE_GAPS, failing.sort().join('\n') + '\n');
  });
});
