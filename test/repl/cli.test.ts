/**
 * The command line as a user meets it, one subprocess per case: help, version, usage
 * errors, file errors, -c, sys.argv, a script on stdin, exit codes, input() from a pipe, and
 * output that must arrive whole and in order. Messages are python3's, with `memsnake` for
 * the program name.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/memsnake');
const work = mkdtempSync(join(tmpdir(), 'memsnake-cli-'));

function run(args: string[], input = '', cwd = work): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PYTHONHASHSEED: '0' },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  // Whatever happens, no JavaScript stack trace may reach the user.
  expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('memsnake command line', () => {
  it('--help describes the usage and marks unfinished options', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: memsnake /);
    expect(r.stdout).toContain('--recursion-limit');
    expect(r.stdout).toMatch(/--stats\s+at exit, print live objects by type/);
    expect(r.stdout).toMatch(/--trace \[kinds\]\s+print heap events/);
  });

  it('--version prints the package version', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`memsnake ${version} (Python 3.11 subset)\n`);
  });

  it('a bad option is a usage error: one message, usage, exit 2', () => {
    const r = run(['--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("memsnake: unknown option '--bogus'");
    expect(r.stderr).toContain('usage: memsnake');
    expect(r.stdout).toBe('');
  });

  it('-c without its argument is a usage error', () => {
    const r = run(['-c']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('memsnake: Argument expected for the -c option');
  });

  it('a model that does not exist yet is refused with exit 2', () => {
    const r = run(['--model', 'tracing', '-c', 'pass']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^memsnake: --model tracing is not implemented yet/);
  });

  it('a missing file: python3\'s message with the absolute path, exit 2', () => {
    const r = run(['nope.py']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`memsnake: can't open file '${join(work, 'nope.py')}': [Errno 2] No such file or directory\n`);
  });

  it('a directory: no __main__ module, exit 1', () => {
    mkdirSync(join(work, 'pkg'), { recursive: true });
    const r = run(['pkg']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`memsnake: can't find '__main__' module in '${join(work, 'pkg')}'\n`);
  });

  it('-c runs a string', () => {
    const r = run(['-c', 'print(6 * 7)']);
    expect(r).toMatchObject({ stdout: '42\n', stderr: '', status: 0 });
  });

  it('everything after -c CODE is sys.argv[1:]', () => {
    const r = run(['-c', 'import sys; print(sys.argv)', 'p', '-q', '--x']);
    expect(r.stdout).toBe("['-c', 'p', '-q', '--x']\n");
  });

  it('options after FILE belong to the script', () => {
    writeFileSync(join(work, 'args.py'), 'import sys\nprint(sys.argv)\n');
    const r = run(['--recursion-limit', '500', 'args.py', '-v', '--recursion-limit', 'x']);
    expect(r).toMatchObject({ stdout: "['args.py', '-v', '--recursion-limit', 'x']\n", status: 0 });
  });

  it('runs the program on stdin when stdin is not a terminal', () => {
    expect(run([], 'import sys\nprint(sys.argv, 1 + 1)\n')).toMatchObject({ stdout: "[''] 2\n", status: 0 });
    expect(run(['-', 'a'], 'import sys\nprint(sys.argv)\n')).toMatchObject({ stdout: "['-', 'a']\n", status: 0 });
  });

  it('exit codes follow CPython', () => {
    expect(run(['-c', 'raise SystemExit(4)']).status).toBe(4);
    const failed = run(['-c', '1/0']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe('Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nZeroDivisionError: division by zero\n');
  });

  it('--max-heap: a program past it gets MemoryError (catchable, and again), never an internal error', () => {
    const code = 'try:\n    x = [0] * 1000000\nexcept MemoryError as e:\n    print("caught", repr(e))\ntry:\n    y = [0] * 1000000\nexcept MemoryError:\n    print("again")\n';
    const caught = run(['--max-heap', '3M', '-c', code]);
    expect(caught.stdout).toBe('caught MemoryError()\nagain\n');
    expect(caught.stderr).toBe('');
    expect(caught.status).toBe(0);
    const uncaught = run(['--max-heap', '3M', '-c', 'x = [0] * 1000000']);
    expect(uncaught.stderr).toBe('Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nMemoryError\n');
    expect(uncaught.status).toBe(1);
    const tiny = run(['--max-heap', '1M', '-c', 'pass']);
    expect(tiny.stderr).toMatch(/^memsnake: internal error: the simulated heap is full \(--max-heap 1048576 bytes is too small/);
  });

  it('a program from -c or stdin holds its constants as a script does (the parser arena)', () => {
    const prog = 'import sys\nx = 1000\nprint(sys.getrefcount(x))\n';
    expect(run(['-c', prog]).stdout).toBe('4\n');
    expect(run([], prog).stdout).toBe('4\n');
  });

  it('input() reads lines from a piped stdin, long ones too, then EOFError', () => {
    writeFileSync(join(work, 'ask.py'), "a = input('q? ')\nb = input()\nprint(a, len(b))\ninput()\n");
    const r = run(['ask.py'], 'yes\n' + 'x'.repeat(200_000) + '\n');
    expect(r.stdout).toBe('q? yes 200000\n');
    expect(r.stderr).toMatch(/EOFError: EOF when reading a line\n$/);
    expect(r.status).toBe(1);
  });

  it('100k lines arrive whole, with stdout and stderr interleaved as written', () => {
    const code = 'import sys\nfor i in range(100000):\n    print(i)\n    if i % 1000 == 0:\n        print("e", i, file=sys.stderr)\n';
    writeFileSync(join(work, 'many.py'), code);
    const result = spawnSync('sh', ['-c', `exec "${process.execPath}" "${bin}" many.py 2>&1`], { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    const expected: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      expected.push(String(i));
      if (i % 1000 === 0) expected.push(`e ${i}`);
    }
    expect(result.stdout).toBe(expected.join('\n') + '\n');
    expect(result.status).toBe(0);
  });

  it.each([
    [1000, []],
    [10000, ['--recursion-limit', '10000']],
  ])('recursion to the limit (%i) works, beyond it is RecursionError, never a host crash', (limit, options) => {
    const code = `import sys\ndef f(n):\n    return f(n + 1) if n < ${limit - 50} else n\nprint(f(0), sys.getrecursionlimit())\ndef g():\n    g()\ng()\n`;
    const r = run([...options, '-c', code]);
    expect(r.stdout).toBe(`${limit - 50} ${limit}\n`);
    expect(r.stderr).toMatch(/\nRecursionError: maximum recursion depth exceeded\n$/);
    expect(r.status).toBe(1);
  });
});
