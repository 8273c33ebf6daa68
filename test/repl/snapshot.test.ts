/**
 * `:snapshot` and `:diff` through the real CLI with piped stdin (`memsnake -i`): the text
 * of both, 100 strs made after the snapshot as +100 str and their line, then freed.
 */

import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/memsnake');

function repl(input: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [bin, '-i'], {
    input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', MEMSNAKE_HISTORY: '', PYTHONHASHSEED: '0' }, timeout: 60_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe(':snapshot and :diff in the REPL', () => {
  it('shows 100 new strs by type and by line, then freed', () => {
    // Each entry is line 1 of <stdin>; the strs are 13 ASCII chars, 62 bytes in 64-byte blocks.
    const r = repl([
      ':diff',
      ':snapshot',
      'a = ["abcdefghij" + str(i + 100) for i in range(100)]',
      ':diff',
      'del a',
      ':diff',
      ':snapshot now',
    ].join('\n') + '\n');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^(>>> )*:diff: no snapshot yet: take one with :snapshot$/m);
    expect(r.stderr).toMatch(/^(>>> )*:snapshot: :snapshot takes no argument$/m);
    expect(r.stdout).toMatch(/^(>>> )*Snapshot taken: [\d,]+ live objects of [\d,]+ types, [\d,]+ bytes in blocks\.$/m);
    expect(r.stdout).toMatch(/^Allocations are traced by source line from now on; :diff shows what changed\.$/m);
    const diffs = r.stdout.split(/^(?:>>> )*Since :snapshot: /m).slice(1);
    expect(diffs).toHaveLength(2);
    const [made, freed] = diffs;
    expect(made).toMatch(/^By type \(live objects now, change since the snapshot\)$/m);
    expect(made).toMatch(/^ +str +[\d,]+ +\+100 +[\d,]+ +\+6,400$/m);
    expect(made).toMatch(/^By source line \(blocks allocated since and still alive; requested bytes, as tracemalloc counts\)$/m);
    // 100 strs of 62 bytes plus the list's item array, at least.
    const line = /^ +<stdin>:1 +(\d+) +([\d,]+)$/m.exec(made);
    expect(line).not.toBeNull();
    expect(Number(line![1])).toBeGreaterThanOrEqual(100);
    expect(Number(line![2].replace(/,/g, ''))).toBeGreaterThanOrEqual(6200);
    expect(freed).not.toMatch(/^ +str +[\d,]+ +\+100/m);
    expect(freed).not.toMatch(/^ +<stdin>:1 +1\d\d +/m);
    expect(freed).toMatch(/^Freed since: [\d,]+ blocks? that existed at the snapshot; [\d,]+ blocks? allocated and freed again\.$/m);
  });
});
