/**
 * Runs one conformance or memory program through the real CLI (a subprocess of
 * `bin/memsnake`, so the worker, exit codes and output ordering are all exercised) and
 * compares it with what python3 3.11 printed: stdout, stderr and the exit code, after
 * masking only the case's directory (`<DIR>` in the committed files) and `0x…`
 * addresses.
 */

import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'memsnake');

export interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

export function mask(s: string, dir: string): string {
  return s.split(dir).join('<DIR>').replace(/0x[0-9a-f]+/g, '0xADDR');
}

export function expected(casePath: string): Outcome {
  const base = casePath.replace(/\.py$/, '');
  const read = (ext: string) => (existsSync(base + ext) ? readFileSync(base + ext, 'utf8') : '');
  return { stdout: read('.out'), stderr: read('.err'), code: Number(read('.code').trim() || '0') };
}

export function runMemsnake(args: string[], cwd: string, stdin = '', env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((res) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', PYTHONHASHSEED: '0', ...env } });
    let stdout = '', stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    // Generous: the heaviest program (a 1,000,000-node chain, heap-checked, with automatic
    // collections) takes ~5 s alone but several times that on a loaded machine.
    const timer = setTimeout(() => p.kill('SIGKILL'), 110_000);
    p.on('close', (code) => {
      clearTimeout(timer);
      res({ stdout, stderr, code: code ?? -1 });
    });
    p.stdin.end(stdin);
  });
}

/** What the heap checker (MEMSNAKE_CHECK=strict, src/host/worker.ts) reported for one run. */
export interface CheckFindings {
  /** The check failed: refcount/block violations, leaks, or interpreter state left over. */
  failed: boolean;
  /** Every finding (failures and uncollected cycles), without the prefix. */
  lines: string[];
  /** Of which: uncollected cycles (garbage the collector should have freed: a failure). */
  cycles: number;
}

const CHECK_PREFIX = 'memsnake-check: ';

/**
 * Runs a program with the heap checker on, strict (the collector exists, so garbage left
 * in cycles after shutdown is a failure like any leak), and separates the checker's report from the
 * program's own output: the report's lines leave stderr, and the exit code becomes the
 * program's own (the report's first line) instead of the checker's failure code.
 */
export async function runChecked(args: string[], cwd: string, stdin = ''): Promise<{ got: Outcome; check: CheckFindings }> {
  const got = await runMemsnake(args, cwd, stdin, { MEMSNAKE_CHECK: 'strict' });
  const check: CheckFindings = { failed: false, lines: [], cycles: 0 };
  if (!got.stderr.includes(CHECK_PREFIX)) return { got, check };
  const keep: string[] = [];
  for (const line of got.stderr.split(/(?<=\n)/)) {
    // The report follows the program's stderr, which need not end with a newline.
    const at = line.indexOf(CHECK_PREFIX);
    if (at < 0) {
      keep.push(line);
      continue;
    }
    if (at > 0) keep.push(line.slice(0, at));
    const body = line.slice(at + CHECK_PREFIX.length).trimEnd();
    const exit = /^exit (\d+|null)$/.exec(body);
    if (exit) got.code = exit[1] === 'null' ? got.code : Number(exit[1]);
    else if (body === 'FAILED') check.failed = true;
    else if (body !== 'ok') {
      check.lines.push(body);
      if (/^\w+: uncollected cycle/.test(body)) check.cycles++;
    }
  }
  got.stderr = keep.join('');
  return { got, check };
}

/** Known gaps: NAME → reason. */
export function knownGaps(file = join(ROOT, 'test', 'conformance', 'known-gaps.txt')): Map<string, string> {
  const m = new Map<string, string>();
  if (!existsSync(file)) return m;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const [name, ...rest] = t.split('#');
    m.set(name.trim(), rest.join('#').trim());
  }
  return m;
}
