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

export function runMemsnake(args: string[], cwd: string, stdin = ''): Promise<Outcome> {
  return new Promise((res) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', PYTHONHASHSEED: '0' } });
    let stdout = '', stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), 30_000);
    p.on('close', (code) => {
      clearTimeout(timer);
      res({ stdout, stderr, code: code ?? -1 });
    });
    p.stdin.end(stdin);
  });
}

/** Known gaps: NAME → reason. */
export function knownGaps(): Map<string, string> {
  const m = new Map<string, string>();
  const file = join(ROOT, 'test', 'conformance', 'known-gaps.txt');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const [name, ...rest] = t.split('#');
    m.set(name.trim(), rest.join('#').trim());
  }
  return m;
}
