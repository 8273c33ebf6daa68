#!/usr/bin/env node
// The benchmark report (`npm run bench`, after the build). Each test/bench/*.py runs as a
// whole process under `node bin/memsnake` and under `python3` (when present) in the same
// run, N times each (BENCH_REPS, default 3), and the median wall time is kept. Outputs are
// compared with python3's, so a fast wrong answer does not count. Then start-up:
// `memsnake -c pass` against `node -e 0`, median of 10.
//
// Targets (printed PASS/FAIL; the exit code is 0 regardless — this is a report, not a test):
//   geometric mean of memsnake/python3 ratios <= 4, no single ratio above 8,
//   start-up <= node's + 80 ms.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const root = join(dir, '../..');
const memsnake = [process.execPath, join(root, 'bin/memsnake')];
const reps = Number(process.env.BENCH_REPS ?? 3);
const env = { ...process.env, PYTHONHASHSEED: '0', NO_COLOR: '1' };

function timeRun(argv, cwd = dir) {
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, stdout: result.stdout ?? '', stderr: result.stderr ?? '', status: result.status, error: result.error };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs argv `n` times; the median time and the last result. */
function measure(argv, n) {
  const times = [];
  let last = null;
  for (let i = 0; i < n; i++) {
    last = timeRun(argv);
    times.push(last.seconds);
    if (last.status !== 0) break;
  }
  return { seconds: median(times), last };
}

/** The line of a failed run's stderr that says what went wrong. */
function reason(stderr) {
  const lines = stderr.trim().split('\n');
  return lines.find((line) => /error/i.test(line)) ?? lines.pop() ?? '';
}

const hasPython = timeRun(['python3', '-c', 'pass']).status === 0;
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const rows = [];

for (const program of programs) {
  const ours = measure([...memsnake, program], reps);
  const theirs = hasPython ? measure(['python3', program], reps) : null;
  let note = '';
  if (ours.last.status !== 0) note = `memsnake exit ${ours.last.status}: ${reason(ours.last.stderr)}`;
  else if (theirs && ours.last.stdout !== theirs.last.stdout) note = 'output differs from python3';
  const ok = note === '';
  const ratio = ok && theirs ? ours.seconds / theirs.seconds : NaN;
  rows.push({ program, ours: ours.seconds, theirs: theirs?.seconds ?? NaN, ratio, note });
}

const pad = (text, width) => String(text).padEnd(width);
const fmt = (n, digits = 3) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
console.log(`${pad('program', 16)}${pad('memsnake s', 12)}${pad('python3 s', 12)}${pad('ratio', 8)}note`);
for (const row of rows) {
  console.log(`${pad(row.program, 16)}${pad(fmt(row.ours), 12)}${pad(fmt(row.theirs), 12)}${pad(fmt(row.ratio, 2), 8)}${row.note}`);
}

const ratios = rows.map((r) => r.ratio);
const allMeasured = hasPython && ratios.every(Number.isFinite);
const geomean = allMeasured ? Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length) : NaN;
console.log(`${pad('geometric mean', 40)}${pad(fmt(geomean, 2), 8)}`);

const startOurs = measure([...memsnake, '-c', 'pass'], 10);
const startNode = measure([process.execPath, '-e', '0'], 10);
const overhead = (startOurs.seconds - startNode.seconds) * 1000;
console.log(`\nstart-up: memsnake -c pass ${fmt(startOurs.seconds * 1000, 1)} ms, node -e 0 ${fmt(startNode.seconds * 1000, 1)} ms (+${fmt(overhead, 1)} ms)`);
if (startOurs.last.status !== 0) console.log(`  memsnake -c pass failed: ${reason(startOurs.last.stderr)}`);

const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
console.log('\ntargets:');
if (!hasPython) console.log('  (python3 not found: ratios not measured)');
console.log(`  ${verdict(allMeasured && geomean <= 4)}  geometric mean of ratios <= 4 (${fmt(geomean, 2)})`);
console.log(`  ${verdict(allMeasured && ratios.every((r) => r <= 8))}  no ratio above 8 (max ${fmt(Math.max(...ratios), 2)})`);
console.log(`  ${verdict(startOurs.last.status === 0 && overhead <= 80)}  start-up <= node + 80 ms (+${fmt(overhead, 1)} ms)`);
