/**
 * :load, :reset and :set with piped input (`memsnake -i < lesson`), help(), and the
 * history file's absence when stdin is not a terminal.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/memsnake');
const work = mkdtempSync(join(tmpdir(), 'memsnake-session-'));

function repl(input: string, env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [bin, '-i'], {
    cwd: work,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', MEMSNAKE_HISTORY: '', ...env },
    timeout: 60_000,
  });
  expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('session meta-commands', () => {
  it(':load runs a file in the session\'s globals; a missing file is one line', () => {
    writeFileSync(join(work, 'lesson.py'), 'x = 41\ndef f():\n    return x + 1\nprint("loaded")\n');
    const r = repl(':load lesson.py\nf()\n:load missing.py\nx\n');
    expect(r.stdout).toBe('loaded\n42\n41\n');
    expect(r.stderr).toContain(`:load: can't open file '${join(work, 'missing.py')}': [Errno 2] No such file or directory\n`);
    expect(r.status).toBe(0);
  });

  it(':load of a failing file prints its traceback and the session goes on', () => {
    writeFileSync(join(work, 'bad.py'), 'y = 1\n1/0\n');
    const r = repl(':load bad.py\ny + 1\n');
    expect(r.stderr).toContain('ZeroDivisionError: division by zero');
    expect(r.stdout).toBe('2\n');
  });

  it(':reset gives a fresh heap and empty globals', () => {
    const r = repl('x = [1, 2, 3]\n:reset\nx\ny = 5\ny\n');
    expect(r.stdout).toBe('Session reset: new heap, empty globals.\n5\n');
    expect(r.stderr).toContain("NameError: name 'x' is not defined");
    expect(r.status).toBe(0);
  });

  it(':set json on makes commands print JSON; bad values are one line', () => {
    const r = repl(':set\n:set json on\n:set\n:set colour purple\n:set size 3\n:set json\n');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^colour\s+off$/);
    expect(lines[1]).toMatch(/^json\s+off$/);
    expect(lines[2]).toMatch(/^trace\s+off$/);
    expect(lines[3]).toMatch(/^threshold\s+700 10 10$/);
    expect(lines.slice(4).map((line) => JSON.parse(line))).toEqual([
      { command: 'set', option: 'json', value: 'on' },
      { command: 'set', options: { colour: 'off', json: 'on', trace: 'off', threshold: '700 10 10' } },
      { command: 'set', error: "colour takes on or off, not 'purple'" },
      { command: 'set', error: "unknown option 'size' (colour, json, trace, threshold)" },
      { command: 'set', error: 'usage: :set json VALUE' },
    ]);
  });

  it(':set threshold sets the collector\'s thresholds as gc.set_threshold; bad values are one line', () => {
    const r = repl(':set threshold 500 5 5\nimport gc; gc.get_threshold()\n:set threshold 42\ngc.get_threshold()\n:set\n:set threshold 5 x\n:set threshold 1 2 3 4\n:set threshold\n:gc\n');
    expect(r.stdout).toContain('(500, 5, 5)\n');
    // Only the generations named change, as with gc.set_threshold(42).
    expect(r.stdout).toContain('(42, 5, 5)\n');
    expect(r.stdout).toMatch(/^threshold\s+42 5 5$/m);
    expect(r.stdout).toMatch(/^ +0 +\d+ \/ 42 /m);
    // :reset keeps options set with :set, these too.
    expect(repl(':set threshold 500 5 5\n:reset\nimport gc; gc.get_threshold()\n').stdout).toContain('(500, 5, 5)\n');
    const errors = r.stderr.split('\n').filter((line) => line.includes(':set:')).map((line) => line.replace(/^(>>> )*/, ''));
    expect(errors).toEqual([
      ":set: threshold: takes 1 to 3 whole numbers 0..2147483647 (T0 [T1 [T2]]), not 'x'",
      ':set: threshold: takes 1 to 3 whole numbers 0..2147483647 (T0 [T1 [T2]])',
      ':set: threshold: usage: :set threshold T0 [T1 [T2]]',
    ]);
  });

  it(':set trace KINDS is :trace on KINDS; :set trace off stops it', () => {
    const r = repl(':set trace decref\n:set\nx = [1000]\ndel x\n:set trace off\ny = [2000]\ndel y\n:set trace bogus\n:set\n');
    expect(r.stdout).toMatch(/^trace\s+decref$/m);
    expect(r.stdout).toMatch(/^trace\s+off$/m);
    expect(r.stderr.match(/^(>>> )*decref list/gm)!.length).toBe(2);
    expect(r.stderr).not.toMatch(/^(>>> )*alloc/m);
    expect(r.stderr).toMatch(/^(>>> )*:set: trace: unknown event kind 'bogus'/m);
  });

  it(':set json off goes back to text; :load answers in JSON under --json', () => {
    writeFileSync(join(work, 'quiet.py'), 'z = 1\n');
    const r = repl(':set json on\n:load quiet.py\n:load nothere.py\n:set json off\n:set colour purple\n');
    const lines = r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines[1]).toEqual({ command: 'load', file: 'quiet.py', ok: true });
    expect(lines[2].error).toMatch(/^can't open file/);
    expect(lines.length).toBe(3);
    expect(r.stderr).toContain(":set: colour takes on or off, not 'purple'");
  });

  it(':help says which commands change state', () => {
    const r = repl(':help load\n:help reset\n:help set\n');
    // :load, :reset, and :set's colour, json, trace and threshold.
    expect(r.stdout.match(/CHANGES STATE/g)?.length).toBe(6);
  });

  it('help() prints a short memsnake help, not an error', () => {
    const r = repl('help()\n');
    expect(r.stdout).toContain('memsnake: a Python 3.11 subset');
    expect(r.stdout).toContain(':help lists them');
    expect(r.stderr).not.toContain('Error');
  });

  it('writes no history file when stdin is not a terminal', () => {
    const home = mkdtempSync(join(tmpdir(), 'memsnake-home-'));
    const env: Record<string, string | undefined> = { ...process.env, HOME: home };
    delete env.MEMSNAKE_HISTORY;
    const result = spawnSync(process.execPath, [bin, '-i'], { cwd: work, input: 'x = 1\nx\n', encoding: 'utf8', env, timeout: 60_000 });
    expect(result.stdout).toBe('1\n');
    expect(existsSync(join(home, '.memsnake_history'))).toBe(false);
  });
});
