/** :graph through the real CLI with piped input: FILE.dot written relative to the cwd, bad FILE in one line. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/memsnake');

function repl(cwd: string, lines: string[]): { stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, '-i'], {
    cwd, input: lines.join('\n') + '\n', encoding: 'utf8', timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', PYTHONHASHSEED: '0' },
  });
  expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return { stdout: r.stdout, stderr: r.stderr };
}

describe(':graph in the CLI', () => {
  it('writes FILE.dot in the cwd; a bad extension or directory is one line', () => {
    const work = mkdtempSync(join(tmpdir(), 'memsnake-graph-'));
    const r = repl(work, ['a = [1]', 'b = [a]', 'a.append(b)', ':graph a depth=1 out.dot', ':graph a out.png', ':graph a nowhere/out.dot']);
    expect(r.stdout).toMatch(/wrote out\.dot: \d+ objects, \d+ references \(depth 1\)/);
    const dot = readFileSync(join(work, 'out.dot'), 'utf8');
    expect(dot).toMatch(/digraph memsnake \{/);
    expect(dot).toMatch(/-> n\d+ \[label="list\[1\]", color="#d32f2f"/);
    expect(r.stderr).toMatch(/(^|>>> ):graph: cannot write '\.png' files: FILE must end in \.dot or \.svg$/m);
    expect(r.stderr).toMatch(/(^|>>> ):graph: cannot write nowhere\/out\.dot: no such directory$/m);
    expect(existsSync(join(work, 'out.png'))).toBe(false);
  });

  it('writes FILE.svg through the bundle', () => {
    const work = mkdtempSync(join(tmpdir(), 'memsnake-graph-'));
    const r = repl(work, ['a = [1]', 'b = [a]', 'a.append(b)', ':graph a g.svg']);
    expect(r.stdout).toMatch(/wrote g\.svg/);
    const svg = readFileSync(join(work, 'g.svg'), 'utf8');
    expect(svg).toMatch(/^(<\?xml|<svg)/);
    expect(svg).toContain('list[1]');
  }, 60_000);
});
