/**
 * `:gc` and `:gc N` through the real CLI with piped stdin (plain text, no colour), their
 * --json form, and bad input (one line on stderr, the REPL goes on).
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/memsnake');
const work = mkdtempSync(join(tmpdir(), 'memsnake-gc-'));

function repl(lines: string[], options: string[] = []): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [bin, ...options, '-i'], {
    cwd: work,
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PYTHONHASHSEED: '0' },
    timeout: 60_000,
  });
  expect(result.stdout + result.stderr).not.toMatch(/\x1b\[/);
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe(':gc in the REPL', () => {
  it('shows the generations, collects a cycle step by step, and rejects bad input', () => {
    const r = repl([
      'import gc', 'a = []; a.append(a)', 'print(hex(id(a)))', 'del a',
      'c0 = gc.get_count()', ':gc', 'print(gc.get_count() == c0)', ':gc 0', ':gc 7', ':gc x', ':help gc', '6 * 7',
    ]);
    const addr = r.stdout.split('\n')[0];
    expect(addr).toMatch(/^0x[0-9a-f]+$/);
    expect(r.stdout).toMatch(/^gc: automatic collection enabled$/m);
    expect(r.stdout).toMatch(/^ {2}generation {2}count \/ threshold/m);
    expect(r.stdout).toMatch(/^ +0 +\d+ \/ 700 /m);
    expect(r.stdout).toMatch(/^True$/m);
    expect(r.stdout).toContain(`:gc 0: collected generation 0 (like gc.collect(0), which would return 1)`);
    expect(r.stdout).toMatch(/^3\. unreachable: 1 object$/m);
    expect(r.stdout).toContain(`     list@${addr} → list@${addr}\n`);
    expect(r.stdout).toMatch(/^7\. survivors: \d+ objects? moved to generation 1(;|$)/m);
    const errors = r.stderr.split('\n').map((l) => l.replace(/^(>>> )+/, '')).filter((l) => l.startsWith(':'));
    expect(errors).toEqual([
      ":gc: :gc takes a generation 0, 1 or 2 (collects generations 0..N), not '7'",
      ":gc: :gc takes a generation 0, 1 or 2 (collects generations 0..N), not 'x'",
    ]);
    expect(r.stdout).toMatch(/^:gc — /m);
    expect(r.stdout).toMatch(/CHANGES STATE: runs gc\.collect\(N\)/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('42');
    expect(r.status).toBe(0);
  });

  it('--json prints one object per command', () => {
    const r = repl(['a = []; a.append(a); del a', ':gc', ':gc 0', ':gc 3'], ['--json']);
    const objs = r.stdout.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    expect(objs).toHaveLength(3);
    expect(objs[0]).toMatchObject({ command: 'gc', enabled: true });
    expect(objs[0].generations).toHaveLength(3);
    expect(objs[1]).toMatchObject({ command: 'gc', generation: 0, collected: 1, unreachableCount: 1, cyclesCount: 1 });
    expect(objs[1].cycles[0]).toHaveLength(2);
    expect(objs[2]).toMatchObject({ command: 'gc', error: expect.stringMatching(/generation 0, 1 or 2/) });
  });
});
