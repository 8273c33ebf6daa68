/**
 * `--trace` and `:trace` through the real CLI with piped stdin: the events on stderr with
 * their source lines, the program's stdout untouched, `:trace off` stopping them, and a bad
 * kind as a usage error.
 */

import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/memsnake');

function run(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PYTHONHASHSEED: '0' }, timeout: 60_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('--trace', () => {
  it('prints an alloc and a free line for the list with its line number', () => {
    const r = run(['--trace=alloc,free', '-c', 'print(1)\nx = [1000]; del x']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('1\n');
    const m = /^alloc {2}list@(0x[0-9a-f]+) len=1 {2}rc=1 .*<string>:2$/m.exec(r.stderr);
    expect(m).not.toBeNull();
    expect(r.stderr).toMatch(new RegExp(`^free   list@${m![1]}  rc=0.*<string>:2$`, 'm'));
    expect(r.stderr).not.toMatch(/^decref/m);
  });

  it('rejects an unknown kind as a usage error', () => {
    const r = run(['--trace=allocs', '-c', 'pass']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^memsnake: --trace: unknown event kind 'allocs'/);
  });
});

describe(':trace in the REPL', () => {
  it(':trace on decref shows events until :trace off', () => {
    const r = run(['-i'], [':trace', ':trace on decref', 'x = [1000]', 'del x', ':trace off', 'y = [2000]', 'del y', ':trace on bogus'].join('\n') + '\n');
    expect(r.stdout).toMatch(/^Tracing off\.$/m);
    expect(r.stdout).toMatch(/^Tracing heap events: decref /m);
    // Prompts go to stderr too, so a line may follow one.
    expect(r.stderr).toMatch(/^(>>> )*decref list@0x[0-9a-f]+ len=1 {2}rc=0 {2}<stdin>:1$/m);
    expect(r.stderr).not.toMatch(/^(>>> )*alloc/m);
    // x's list goes 1 (the statement's temporary reference dropped) then 0; after
    // :trace off y's list shows nothing.
    expect(r.stderr.match(/^(>>> )*decref list/gm)!.length).toBe(2);
    expect(r.stderr).toMatch(/^(>>> )*:trace: unknown event kind 'bogus'/m);
  });

  it(':help trace explains how increments are shown', () => {
    const r = run(['-i'], ':help trace\n');
    expect(r.stdout).toMatch(/Increments are inline/);
  });
});
