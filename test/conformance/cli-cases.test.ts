/**
 * The CLI conformance cases (cli/cli-cases.json): invocations the .py corpus cannot express
 * (-c, a program on stdin, arguments, missing files, directories, undecodable sources).
 * Each case runs as scripts/regen-expected.mjs ran python3 for it: in a fresh temporary
 * directory (the cwd) holding its files, `memsnake ARGS...` with its stdin piped in. Its
 * stdout, stderr and exit code must equal cli/expected/NAME.{out,err,code} after masking the
 * temporary directory (`<DIR>`) and 0x addresses, with python3's program name in its own
 * messages read as memsnake's. Cases listed in known-gaps.txt are run and reported, not
 * failed; a listed case that passes is named so it can leave the list.
 *
 * Every case runs with the heap checker on (MEMSNAKE_CHECK=strict, runChecked: the invariant
 * when the program ends, the leak check after shutdown), as the .py corpus does: a finding
 * fails the case unless it is listed in check-gaps.txt or known-gaps.txt. A case whose
 * program never starts (a missing file, a directory, an undecodable source) has no heap
 * to check; the checker then reports nothing, which passes.
 */

import { describe, it, expect, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, expected, knownGaps, mask, runChecked, type Outcome } from './run-case.js';

interface CliCase {
  name: string;
  args: string[];
  stdin?: string;
  files?: Record<string, string | { base64: string }>;
}

const CLI_DIR = join(ROOT, 'test', 'conformance', 'cli');
const EXPECTED_DIR = join(CLI_DIR, 'expected');
const cases = (JSON.parse(readFileSync(join(CLI_DIR, 'cli-cases.json'), 'utf8')) as CliCase[])
  .slice()
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const gaps = knownGaps();
const checkGaps = knownGaps(join(ROOT, 'test', 'conformance', 'check-gaps.txt'));
const stale: string[] = [];
const failing: string[] = [];
/** Cases whose heap check failed: name → first finding. */
const checkFailing = new Map<string, string>();

/**
 * The generator records python3's messages about the command line under python3's own name
 * (`python3: can't open file ...`); memsnake signs the same messages with its name.
 */
function asMemsnake(text: string): string {
  return text.replace(/^python3: /gm, 'memsnake: ');
}

/** A fresh directory holding the case's files, realpath'd as the generator's was (its path is what gets masked). */
function makeWorkDir(c: CliCase): string {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'memsnake-cli-')));
  for (const [rel, content] of Object.entries(c.files ?? {})) {
    const path = join(work, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.base64, 'base64'));
  }
  return work;
}

function normalised(o: Outcome, work: string): Outcome {
  return { stdout: mask(o.stdout, work), stderr: mask(o.stderr, work), code: o.code };
}

describe('CLI conformance', () => {
  it('the manifest and the expectations agree', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.name)).size, 'duplicate case names').toBe(cases.length);
    for (const c of cases) {
      // A missing .code file would read as exit 0 and let a case pass on an empty expectation.
      expect(() => readFileSync(join(EXPECTED_DIR, c.name + '.code')), `${c.name}.code`).not.toThrow();
    }
  });

  it.concurrent.each(cases)('$name', async (c) => {
    const raw = expected(join(EXPECTED_DIR, c.name));
    const want: Outcome = { stdout: asMemsnake(raw.stdout), stderr: asMemsnake(raw.stderr), code: raw.code };
    const work = makeWorkDir(c);
    let got: Outcome;
    let check: Awaited<ReturnType<typeof runChecked>>['check'];
    try {
      ({ got, check } = await runChecked(c.args, work, c.stdin ?? ''));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    if (check.failed) checkFailing.set(c.name, check.lines.find((l) => !/uncollected cycle/.test(l)) ?? '');
    const checkTolerated = gaps.has(c.name) || checkGaps.has(c.name);
    if (!checkTolerated) expect(check.failed ? check.lines : [], 'heap check (MEMSNAKE_CHECK=strict) findings').toEqual([]);
    const g = normalised(got, work);
    const w = normalised(want, work);
    const same = g.stdout === w.stdout && g.stderr === w.stderr && g.code === w.code;
    if (!same) failing.push(c.name);
    if (gaps.has(c.name)) {
      if (same) stale.push(c.name);
      return;
    }
    expect(g.stdout, 'stdout').toBe(w.stdout);
    expect(g.stderr, 'stderr').toBe(w.stderr);
    expect(g.code, 'exit code').toBe(w.code);
  });

  afterAll(() => {
    const listed = cases.filter((c) => gaps.has(c.name)).length;
    console.log(`CLI conformance: ${cases.length} cases, ${listed} known gaps (test/conformance/known-gaps.txt)`);
    if (stale.length > 0) console.log(`known gaps that pass now (remove them from the list): ${stale.sort().join(', ')}`);
    if (failing.length > 0) console.log(`CLI cases that differ from python3: ${failing.sort().join(', ')}`);
    for (const [n, l] of [...checkFailing].sort()) console.log(`  heap check failed: ${n}: ${l}`);
  });
});
