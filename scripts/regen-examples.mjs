#!/usr/bin/env node
// Regenerates the expected outputs of examples/*.py from the real CPython 3.11
// (python3 on PATH, 3.11.x required).
//
//   node scripts/regen-examples.mjs        (all examples)
//   node scripts/regen-examples.mjs NAME   (only examples whose name contains NAME)
//
// Each example runs as `python3 /ABS/examples/NAME.py` with cwd = examples/,
// PYTHONHASHSEED=0 and an otherwise clean environment. NAME.out (stdout) is
// always written; NAME.err (stderr) and NAME.code (exit code) only when stderr
// is not empty / the code is not 0 (stale ones are removed). The examples'
// absolute directory is replaced by <DIR>. test/examples.test.ts compares
// memsnake's output with these files.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = realpathSync(join(ROOT, 'examples'));

function fail(msg) {
  process.stderr.write(`regen-examples: ${msg}\n`);
  process.exit(1);
}

const probe = spawnSync('python3', ['-c', 'import sys; print(sys.executable); print("%d.%d.%d" % sys.version_info[:3])'], {
  encoding: 'utf8',
});
if (probe.error || probe.status !== 0) fail('cannot run python3');
const [exe, version] = probe.stdout.trim().split('\n');
if (!version?.startsWith('3.11.')) fail(`python3 is ${version}; expected outputs must come from CPython 3.11.x`);
const PYTHON = realpathSync(exe);
const ENV = { PATH: `${dirname(PYTHON)}:/usr/local/bin:/usr/bin:/bin`, PYTHONHASHSEED: '0', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

const filter = process.argv[2];
const entries = readdirSync(DIR).sort();
const names = new Set(entries.filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)));
if (!filter) {
  for (const f of entries) {
    const m = /^(.*)\.(out|err|code)$/.exec(f);
    if (m && !names.has(m[1])) rmSync(join(DIR, f));
  }
}
let count = 0;
for (const name of [...names].sort()) {
  if (filter && !name.includes(filter)) continue;
  const r = spawnSync(PYTHON, [join(DIR, `${name}.py`)], { argv0: 'python3', cwd: DIR, env: ENV, timeout: 20_000, encoding: 'utf8' });
  if (r.error || r.status === null) fail(`${name}: ${r.error?.message ?? r.signal}`);
  const maskDir = (s) => s.split(DIR).join('<DIR>');
  const base = join(DIR, name);
  writeFileSync(`${base}.out`, maskDir(r.stdout));
  if (r.stderr !== '') writeFileSync(`${base}.err`, maskDir(r.stderr));
  else if (existsSync(`${base}.err`)) rmSync(`${base}.err`);
  if (r.status !== 0) writeFileSync(`${base}.code`, `${r.status}\n`);
  else if (existsSync(`${base}.code`)) rmSync(`${base}.code`);
  count++;
}
process.stdout.write(`regen-examples: ${count} examples regenerated with python3 ${version}\n`);
