#!/usr/bin/env node
// Regenerates the expected outputs of the conformance and memory corpora from
// the real CPython 3.11 (python3 on PATH).
//
//   npm run conformance:regen            (all cases)
//   node scripts/regen-expected.mjs NAME  (only cases whose name contains NAME)
//
// For every test/conformance/cases/*.py and test/memory/*.py it runs
//   python3 /ABS/PATH/NAME.py      (cwd = the case's directory, PYTHONHASHSEED=0,
//                                   otherwise a clean environment)
// and writes NAME.out (stdout), NAME.err (stderr) and NAME.code (exit code,
// one line) beside the case, with the case's absolute directory replaced by
// the literal placeholder <DIR>. `0x...` addresses are left as they are (the
// comparison masks them on both sides).
//
// test/conformance/cli/cli-cases.json lists cases that need a special
// invocation; each one runs in a fresh temporary directory holding its
// `files`, with `args` after the program name and `stdin` piped in. Their
// expectations go to test/conformance/cli/expected/NAME.{out,err,code}, with
// the temporary directory replaced by <DIR>. The program name is recorded raw
// (`python3: can't open file ...`); the runner maps it to memsnake.

import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CASE_DIRS = [join(ROOT, 'test/conformance/cases'), join(ROOT, 'test/memory')];
const CLI_DIR = join(ROOT, 'test/conformance/cli');
const CLI_MANIFEST = join(CLI_DIR, 'cli-cases.json');
const CLI_EXPECTED = join(CLI_DIR, 'expected');
const TIMEOUT_MS = 20_000;
const PLACEHOLDER = '<DIR>';

function fail(msg) {
  process.stderr.write(`regen-expected: ${msg}\n`);
  process.exit(1);
}

// --- locate python3 and check its version ----------------------------------

function findPython() {
  const probe = spawnSync(
    'python3',
    ['-c', 'import sys; print(sys.executable); print("%d.%d.%d" % sys.version_info[:3])'],
    { encoding: 'utf8' },
  );
  if (probe.error || probe.status !== 0) {
    fail(`cannot run python3 (${probe.error ? probe.error.message : probe.stderr.trim()})`);
  }
  const [exe, version] = probe.stdout.trim().split('\n');
  if (!version || !version.startsWith('3.11.')) {
    fail(`python3 is ${version ?? 'of unknown version'}; expected outputs must come from CPython 3.11.x`);
  }
  return { exe: realpathSync(exe), reported: exe, version };
}

const { exe: PYTHON, reported: PYTHON_REPORTED, version: PY_VERSION } = findPython();
// Longest first, so that a path that prefixes another is not replaced early.
const EXE_PATHS = [...new Set([PYTHON, PYTHON_REPORTED])].sort((a, b) => b.length - a.length);

// A clean environment: nothing from the caller except what python3 needs.
// PATH starts with the interpreter's own directory so that argv[0] "python3"
// resolves to the same binary (CPython derives sys.prefix from it).
const CHILD_ENV = {
  PATH: `${dirname(PYTHON)}:/usr/local/bin:/usr/bin:/bin`,
  PYTHONHASHSEED: '0',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
};

function runPython(args, cwd, stdin) {
  const r = spawnSync(PYTHON, args, {
    argv0: 'python3',
    cwd,
    env: CHILD_ENV,
    input: stdin ?? '',
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error && r.error.code !== 'ETIMEDOUT') throw r.error;
  let code;
  if (r.error?.code === 'ETIMEDOUT' || r.signal) {
    code = r.signal ? `signal ${r.signal}` : 'timeout';
  } else {
    code = String(r.status);
  }
  return { stdout: r.stdout ?? Buffer.alloc(0), stderr: r.stderr ?? Buffer.alloc(0), code };
}

// Replace every occurrence of the directory (as bytes, so that non-UTF-8
// output survives untouched) by the placeholder.
function maskDir(buf, dir) {
  return replaceBytes(buf, dir, PLACEHOLDER);
}

function replaceBytes(buf, from, to) {
  const needle = Buffer.from(from, 'utf8');
  const repl = Buffer.from(to, 'utf8');
  const parts = [];
  let start = 0;
  for (;;) {
    const i = buf.indexOf(needle, start);
    if (i < 0) break;
    parts.push(buf.subarray(start, i), repl);
    start = i + needle.length;
  }
  parts.push(buf.subarray(start));
  return Buffer.concat(parts);
}

// Some CPython messages name the interpreter by its full path (e.g. "can't
// find '__main__' module"): record it as the plain program name "python3".
function maskExe(buf) {
  let out = buf;
  for (const path of EXE_PATHS) out = replaceBytes(out, path, 'python3');
  return out;
}

function writeExpectation(base, dir, result) {
  writeFileSync(`${base}.out`, maskExe(maskDir(result.stdout, dir)));
  writeFileSync(`${base}.err`, maskExe(maskDir(result.stderr, dir)));
  writeFileSync(`${base}.code`, `${result.code}\n`);
}

const filter = process.argv[2];
const problems = [];
let count = 0;

// --- .py cases --------------------------------------------------------------

for (const dir of CASE_DIRS) {
  if (!existsSync(dir)) continue;
  const absDir = realpathSync(dir);
  const entries = readdirSync(absDir).sort();
  const cases = entries.filter((f) => f.endsWith('.py'));
  const names = new Set(cases.map((f) => f.slice(0, -3)));
  // Remove expectations of cases that no longer exist.
  if (!filter) {
    for (const f of entries) {
      const m = /^(.*)\.(out|err|code)$/.exec(f);
      if (m && !names.has(m[1])) rmSync(join(absDir, f));
    }
  }
  for (const file of cases) {
    const name = file.slice(0, -3);
    if (filter && !name.includes(filter)) continue;
    const result = runPython([join(absDir, file)], absDir);
    if (!/^\d+$/.test(result.code)) problems.push(`${name}: ${result.code}`);
    writeExpectation(join(absDir, name), absDir, result);
    count++;
  }
}

// --- CLI cases --------------------------------------------------------------

if (existsSync(CLI_MANIFEST)) {
  const manifest = JSON.parse(readFileSync(CLI_MANIFEST, 'utf8'));
  const cases = [...manifest].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  mkdirSync(CLI_EXPECTED, { recursive: true });
  const names = new Set(cases.map((c) => c.name));
  if (!filter) {
    for (const f of readdirSync(CLI_EXPECTED)) {
      const m = /^(.*)\.(out|err|code)$/.exec(f);
      if (m && !names.has(m[1])) rmSync(join(CLI_EXPECTED, f));
    }
  }
  for (const c of cases) {
    if (filter && !c.name.includes(filter)) continue;
    const work = realpathSync(mkdtempSync(join(tmpdir(), 'memsnake-cli-')));
    try {
      for (const [rel, content] of Object.entries(c.files ?? {})) {
        const path = join(work, rel);
        mkdirSync(dirname(path), { recursive: true });
        const data =
          typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.base64, 'base64');
        writeFileSync(path, data);
      }
      const result = runPython(c.args, work, c.stdin);
      if (!/^\d+$/.test(result.code)) problems.push(`cli/${c.name}: ${result.code}`);
      writeExpectation(join(CLI_EXPECTED, c.name), work, result);
      count++;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}

process.stdout.write(`regen-expected: ${count} cases regenerated with python3 ${PY_VERSION}\n`);
if (problems.length > 0) {
  process.stderr.write(`regen-expected: problems:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
