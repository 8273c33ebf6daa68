/** :refs and :heap through the real CLI with piped input (-i replays meta-commands). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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

describe(':refs and :heap in the CLI', () => {
  it(':refs lists the holders and leaves the count alone; :heap counts instances', () => {
    const r = repl(['import sys', 'x = [1000]', "y = {'k': x}", ':refs x', 'print(sys.getrefcount(x))', 'class A: pass', '', 'a = [A(), A(), A()]', ':heap']);
    expect(r.stdout).toContain('2 references');
    expect(r.stdout).toContain("global 'x'");
    expect(r.stdout).toMatch(/dict@0x[0-9a-f]+ \['k'\]/);
    expect(r.stdout).toContain('3\n');
    expect(r.stdout).toMatch(/\n\s+A\s+3\s/);
  });
});
