/**
 * The conformance and memory corpora: every program must print exactly what python3 3.11
 * printed, except those listed (with a reason) in known-gaps.txt. A listed program that
 * now passes is reported by name so it can be removed: the list only shrinks.
 *
 * Every program also runs with the heap checker on (MEMSNAKE_CHECK=strict: the refcount
 * invariant when the program ends, the leak check after shutdown; src/heap/check.ts).
 * A finding fails the case, except for programs listed in check-gaps.txt (same format as
 * known-gaps.txt) and known-gaps programs, whose findings are counted and printed.
 * Garbage left in cycles after shutdown fails too: the collector should have freed it.
 */

import { describe, it, expect, afterAll } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, expected, knownGaps, mask, runChecked } from './run-case.js';

const gaps = knownGaps();
const checkGaps = knownGaps(join(ROOT, 'test', 'conformance', 'check-gaps.txt'));
const dirs = [join(ROOT, 'test', 'conformance', 'cases'), join(ROOT, 'test', 'memory')];
const cases = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.py')).sort().map((f) => ({ dir: d, name: f.replace(/\.py$/, '') })));
const failing: string[] = [];
const stale: string[] = [];
/** Programs whose heap check failed but are tolerated (known gaps, check gaps): name → first finding. */
const toleratedChecks = new Map<string, string>();
const staleCheckGaps: string[] = [];
let cyclePrograms = 0;

describe('conformance', () => {
  it.concurrent.each(cases)('$name', async ({ dir, name }) => {
    const path = join(dir, name + '.py');
    const want = expected(path);
    const { got, check } = await runChecked([path], dir);
    const same = mask(got.stdout, dir) === mask(want.stdout, dir)
      && mask(got.stderr, dir) === mask(want.stderr, dir)
      && got.code === want.code;
    if (check.cycles > 0) cyclePrograms++;
    if (!same || check.failed) {
      if (!same) failing.push(name);
      const findings = check.lines.length > 0 ? `--- heap check${check.failed ? ' FAILED' : ''}\n${check.lines.join('\n')}\n` : '';
      writeFileSync(join(dir, name + '._actual.txt'), `exit ${got.code}\n--- stdout\n${got.stdout}--- stderr\n${got.stderr}${findings}`);
    }
    if (checkGaps.has(name) && !check.failed) staleCheckGaps.push(name);
    const checkTolerated = gaps.has(name) || checkGaps.has(name);
    if (check.failed && checkTolerated) toleratedChecks.set(name, check.lines.find((l) => !/uncollected cycle/.test(l)) ?? '');
    if (gaps.has(name)) {
      // A listed program that passes now is reported (remove it from the list), not failed.
      if (same) stale.push(name);
    } else {
      expect(mask(got.stdout, dir)).toBe(mask(want.stdout, dir));
      expect(mask(got.stderr, dir)).toBe(mask(want.stderr, dir));
      expect(got.code).toBe(want.code);
    }
    if (!checkTolerated) expect(check.failed ? check.lines : [], 'heap check (MEMSNAKE_CHECK=strict) findings').toEqual([]);
  });
  afterAll(() => {
    console.log(`conformance: ${cases.length} programs, ${gaps.size} known gaps (test/conformance/known-gaps.txt)`);
    if (stale.length > 0) console.log(`known gaps that pass now (remove them from the list): ${stale.sort().join(', ')}`);
    console.log(`heap check: ${toleratedChecks.size} tolerated failure(s) (known gaps and ${checkGaps.size} check gaps, test/conformance/check-gaps.txt); ${cyclePrograms} program(s) leave uncollected cycles`);
    for (const [n, l] of [...toleratedChecks].sort()) console.log(`  heap check failed (tolerated): ${n}: ${l}`);
    if (staleCheckGaps.length > 0) console.log(`check gaps that pass the heap check now (remove them from the list): ${staleCheckGaps.sort().join(', ')}`);
    if (process.env.MEMSNAKE_WRITE_GAPS) writeFileSync(process.env.MEMSNAKE_WRITE_GAPS, failing.sort().join('\n') + '\n');
  });
});
