/**
 * The allocator inspectors through the real CLI with piped stdin (no colour): :pools,
 * :pools N, :arenas, :sizeof, their --json form, :help for them, bad input (one line,
 * the REPL goes on), and --stats at exit for a script, -c and the REPL.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/memsnake');
const work = mkdtempSync(join(tmpdir(), 'memsnake-inspect-'));

function run(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PYTHONHASHSEED: '0' },
    timeout: 60_000,
  });
  expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  // Piped: never an escape sequence.
  expect(result.stdout + result.stderr).not.toMatch(/\x1b\[/);
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** A REPL session on piped stdin: `-i` reads the entries, prompts go to stderr. */
function repl(lines: string[], options: string[] = []): { stdout: string; stderr: string; status: number | null } {
  return run([...options, '-i'], lines.join('\n') + '\n');
}

describe('allocator inspectors in the REPL', () => {
  it(':sizeof shows getsizeof, the deep size and the blocks, and leaves _ and counts alone', () => {
    const r = repl(['import sys', 'x = [1, 2, 3]', 'print(sys.getrefcount(x))', '"kept"', ':sizeof x', 'print(sys.getrefcount(x))', '_']);
    const out = r.stdout;
    expect(out).toMatch(/^list at 0x[0-9a-f]+$/m);
    expect(out).toMatch(/^ {2}sys\.getsizeof {2}88 bytes$/m);
    expect(out).toMatch(/^ {2}deep size {6}88 bytes in 1 object /m);
    expect(out).toMatch(/^ {4}header {6}0x[0-9a-f]+ +64 +3 {2}0x[0-9a-f]+ {2}0x[0-9a-f]+$/m);
    expect(out).toMatch(/^ {4}item array {2}0x[0-9a-f]+ +32 +1 /m);
    const lines = out.trim().split('\n');
    // The count before and after agree; `_` is still the value before the command.
    expect(lines[0]).toBe('2');
    expect(lines.at(-2)).toBe('2');
    expect(lines.at(-1)).toBe("'kept'");
    expect(r.stderr).not.toMatch(/Error/);
  });

  it(':pools, :pools N and :arenas print their tables', () => {
    const r = repl([':pools', ':pools 1', ':arenas']);
    expect(r.stdout).toMatch(/^ {2}class {2}size {2}pools {2}used blocks {2}free blocks$/m);
    expect(r.stdout).toMatch(/^class 1: 32-byte blocks, \d+ pools?, \d+ used \/ \d+ free blocks$/m);
    expect(r.stdout).toMatch(/^ {2}pool 0x[0-9a-f]+ in arena 0x[0-9a-f]+: \d+ of 510 blocks used$/m);
    expect(r.stdout).toMatch(/^ {4}[█▒·]{64}$/m);
    expect(r.stdout).toMatch(/^ {2}arena +pools used {2}free {2}total/m);
    expect(r.stdout).toMatch(/^ {2}0x[0-9a-f]+ +\d+ +\d+ +63 .*%$/m);
    expect(r.status).toBe(0);
  });

  it('bad input is one line on stderr and the REPL goes on', () => {
    const r = repl([':sizeof nope', ':sizeof', ':sizeof x = 1', ':pools 40', ':arenas 3', ':sizeof [1,', '6 * 7']);
    const errors = r.stderr.split('\n').map((l) => l.replace(/^(>>> )+/, '')).filter((l) => l.startsWith(':'));
    expect(errors).toEqual([
      ":sizeof: NameError: name 'nope' is not defined",
      ':sizeof: :sizeof needs an expression, e.g. :sizeof [1, 2, 3]',
      ':sizeof: expected one expression',
      ":pools: :pools takes a size class from 0 to 31 (blocks of (class + 1) * 16 bytes), not '40'",
      ':arenas: :arenas takes no argument',
      expect.stringMatching(/^:sizeof: SyntaxError: /),
    ]);
    expect(r.stdout.trim()).toBe('42');
    expect(r.status).toBe(0);
  });

  it('--json: each command prints one JSON object on one line', () => {
    const r = repl([':pools', ':pools 3', ':arenas', ':sizeof (1.5, "ab")', ':sizeof nope', ':help sizeof'], ['--json']);
    const objects = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects.map((o) => o.command)).toEqual(['pools', 'pools', 'arenas', 'sizeof', 'sizeof', 'help']);
    expect(objects[1]).toMatchObject({ szidx: 3, blockSize: 64 });
    expect(objects[3]).toMatchObject({ type: 'tuple', getsizeof: 56, deep: { objects: 3 } });
    expect(objects[4]).toEqual({ command: 'sizeof', error: "NameError: name 'nope' is not defined" });
    expect(objects[5]).toMatchObject({ name: 'sizeof' });
  });

  it(':help lists the inspectors and explains each with an example', () => {
    const r = repl([':help', ':help pools', ':help arenas', ':help sizeof']);
    for (const name of ['pools', 'arenas', 'sizeof']) expect(r.stdout).toMatch(new RegExp(`^ {2}:${name} `, 'm'));
    expect(r.stdout).toMatch(/^:pools — /m);
    expect(r.stdout).toMatch(/^:arenas — /m);
    expect(r.stdout).toMatch(/^:sizeof — /m);
    expect((r.stdout.match(/Example: /g) ?? []).length).toBe(3);
  });
});

describe('--stats', () => {
  it('a script: its output, then live objects by type and the allocator totals on stderr', () => {
    writeFileSync(join(work, 'st.py'), 'class Node:\n    pass\nnodes = [Node() for i in range(25)]\nprint("done")\n');
    const r = run(['--stats', 'st.py']);
    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toMatch(/^memsnake --stats: live objects at the end of the program, before shutdown\n/);
    expect(r.stderr).toMatch(/^ {2}Node +25 +1,600$/m);
    expect(r.stderr).toMatch(/^ {2}total +[\d,]+ +[\d,]+$/m);
    expect(r.stderr).toMatch(/^ {2}arenas 1 \(high water 1, /m);
    expect(r.status).toBe(0);
  });

  it('-c with sys.exit keeps its exit code; --json prints one object', () => {
    const r = run(['--stats', '--json', '-c', 'import sys\nkeep = [1.5, 2.5]\nsys.exit(3)']);
    expect(r.status).toBe(3);
    const stats = JSON.parse(r.stderr.trim()) as { command: string; byType: { type: string; count: number }[]; totals: { arenas: number } };
    expect(stats.command).toBe('stats');
    expect(stats.byType.find((t) => t.type === 'float')?.count).toBe(2);
    expect(stats.totals.arenas).toBe(1);
  });

  it('the REPL: at its exit', () => {
    const r = repl(['words = [str(i) * 30 for i in range(7)]'], ['--stats']);
    const strs = /^ {2}str +(\d+) +/m.exec(r.stderr);
    expect(Number(strs?.[1])).toBeGreaterThanOrEqual(7);
    expect(r.stderr).toMatch(/^ {2}list +1 +/m);
    expect(r.status).toBe(0);
  });
});
