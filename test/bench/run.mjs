#!/usr/bin/env node
// The benchmark report (`npm run bench`, after the build; `node test/bench/run.mjs
// [programs] [startup] [micro]` runs only the sections named). Three sections:
//
// programs: each test/bench/*.py runs as a whole process under `node bin/memsnake` and under
//   `python3` (when present) in the same run, N times each (BENCH_REPS, default 3), and the
//   median wall time is kept. Outputs are compared with python3's, so a fast wrong answer
//   does not count.
// startup: `memsnake -c pass`, `python3 -c pass` and `node -e 0`, taken in turns (so a busy
//   machine slows all three alike), BENCH_STARTUP_REPS times each (default 21), the median
//   kept. memsnake's own cost is its time minus node's.
// micro: single functions timed in this process, from tsc's unbundled dist/ (the median of
//   3; reported, no target): hashStr over 1e6 short strings.
//
// Targets (printed PASS/FAIL; the exit code is 0 regardless — this is a report, not a test):
//   geometric mean of memsnake/python3 ratios <= 4, no single ratio above 8,
//   start-up <= node's + 80 ms.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const root = join(dir, '../..');
const memsnake = [process.execPath, join(root, 'bin/memsnake')];
const reps = Number(process.env.BENCH_REPS ?? 3);
const startupReps = Number(process.env.BENCH_STARTUP_REPS ?? 21);
const env = { ...process.env, PYTHONHASHSEED: '0', NO_COLOR: '1' };
const SECTIONS = ['programs', 'startup', 'micro'];
const asked = process.argv.slice(2);
for (const name of asked) {
  if (!SECTIONS.includes(name)) {
    console.error(`bench: unknown section ${name} (sections: ${SECTIONS.join(', ')})`);
    process.exit(2);
  }
}
const wanted = (section) => asked.length === 0 || asked.includes(section);

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

/** The program's own `time: SECONDS` line, or null. */
function selfTime(stdout) {
  const m = /^time: ([0-9.e+-]+)$/m.exec(stdout);
  return m ? Number(m[1]) : null;
}

/** Output without the self-timing line (which differs from run to run). */
function untimed(stdout) {
  return stdout.replace(/^time: .*\n?/m, '');
}

/** Runs argv `n` times; the median time (and self-reported time, if any) and the last result. */
function measure(argv, n) {
  const times = [];
  const self = [];
  let last = null;
  for (let i = 0; i < n; i++) {
    last = timeRun(argv);
    times.push(last.seconds);
    const t = selfTime(last.stdout);
    if (t !== null) self.push(t);
    if (last.status !== 0) break;
  }
  return { seconds: median(times), selfTimed: self.length > 0 ? median(self) : null, last };
}

/** The line of a failed run's stderr that says what went wrong. */
function reason(stderr) {
  const lines = stderr.trim().split('\n');
  return lines.find((line) => /error/i.test(line)) ?? lines.pop() ?? '';
}

const pad = (text, width) => String(text).padEnd(width);
const fmt = (n, digits = 3) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const hasPython = timeRun(['python3', '-c', 'pass']).status === 0;
const targets = [];

function programsSection() {
  const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  const rows = [];
  for (const program of programs) {
    const ours = measure([...memsnake, program], reps);
    const theirs = hasPython ? measure(['python3', program], reps) : null;
    let note = '';
    if (ours.last.status !== 0) note = `memsnake exit ${ours.last.status}: ${reason(ours.last.stderr)}`;
    else if (theirs && untimed(ours.last.stdout) !== untimed(theirs.last.stdout)) note = 'output differs from python3';
    // A program that prints its own `time: SECONDS` line (gc_collect.py times just its
    // gc.collect() calls) is compared by that figure, the median over the runs.
    if (ours.selfTimed !== null && theirs?.selfTimed != null) {
      ours.seconds = ours.selfTimed;
      theirs.seconds = theirs.selfTimed;
      note ||= 'ratio of the self-timed part';
    }
    const ok = note === '' || note === 'ratio of the self-timed part';
    const ratio = ok && theirs ? ours.seconds / theirs.seconds : NaN;
    rows.push({ program, ours: ours.seconds, theirs: theirs?.seconds ?? NaN, ratio, note });
  }

  console.log(`${pad('program', 16)}${pad('memsnake s', 12)}${pad('python3 s', 12)}${pad('ratio', 8)}note`);
  for (const row of rows) {
    console.log(`${pad(row.program, 16)}${pad(fmt(row.ours), 12)}${pad(fmt(row.theirs), 12)}${pad(fmt(row.ratio, 2), 8)}${row.note}`);
  }
  const ratios = rows.map((r) => r.ratio);
  const allMeasured = hasPython && ratios.every(Number.isFinite);
  const geomean = allMeasured ? Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length) : NaN;
  console.log(`${pad('geometric mean', 40)}${pad(fmt(geomean, 2), 8)}`);

  if (!hasPython) targets.push('  (python3 not found: ratios not measured)');
  targets.push(`  ${verdict(allMeasured && geomean <= 4)}  geometric mean of ratios <= 4 (${fmt(geomean, 2)})`);
  targets.push(`  ${verdict(allMeasured && ratios.every((r) => r <= 8))}  no ratio above 8 (max ${fmt(Math.max(...ratios), 2)})`);
}

function startupSection() {
  const commands = {
    memsnake: [...memsnake, '-c', 'pass'],
    python3: hasPython ? ['python3', '-c', 'pass'] : null,
    node: [process.execPath, '-e', '0'],
  };
  const times = { memsnake: [], python3: [], node: [] };
  const failures = {};
  for (let i = 0; i < startupReps; i++) {
    for (const [name, argv] of Object.entries(commands)) {
      if (argv === null || name in failures) continue;
      const run = timeRun(argv);
      if (run.status !== 0) failures[name] = reason(run.stderr) || `exit ${run.status}`;
      else times[name].push(run.seconds * 1000);
    }
  }
  const ms = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, list.length ? median(list) : NaN]));
  const least = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, list.length ? Math.min(...list) : NaN]));
  const overhead = ms.memsnake - ms.node;
  // The fastest runs say what the machine can do when nothing else competes for it.
  const line = (name, label, extra) =>
    console.log(`  ${pad(label, 18)}${pad(fmt(ms[name], 1), 7)} ms  (fastest ${pad(fmt(least[name], 1) + ')', 7)}${extra}`);
  console.log(`\nstart-up (median of ${startupReps}, the three in turns):`);
  const vsPython = hasPython ? `, ${fmt(ms.memsnake / ms.python3, 2)} x python3` : '';
  line('memsnake', 'memsnake -c pass', `  node + ${fmt(overhead, 1)} ms (fastest: + ${fmt(least.memsnake - least.node, 1)})${vsPython}`);
  if (hasPython) line('python3', 'python3 -c pass', `  node + ${fmt(ms.python3 - ms.node, 1)} ms`);
  line('node', 'node -e 0', '');
  for (const [name, why] of Object.entries(failures)) console.log(`  ${name} failed: ${why}`);
  targets.push(`  ${verdict(!('memsnake' in failures) && overhead <= 80)}  start-up <= node + 80 ms (+${fmt(overhead, 1)} ms)`);
}

/** Times body(module)() three times; module is a path under tsc's dist/. */
async function micro(name, module, body) {
  let fn;
  try {
    fn = body(await import(pathToFileURL(join(root, 'dist', module)).href));
  } catch (error) {
    console.log(`  ${pad(name, 32)}not run: ${String(error?.message ?? error).split('\n')[0]}`);
    return;
  }
  const times = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  console.log(`  ${pad(name, 32)}${fmt(median(times), 1)} ms`);
}

async function microSection() {
  console.log('\nmicro (median of 3):');
  await micro('hashStr, 1e6 short strings', 'objects/num/hash.js', ({ hashStr }) => {
    const words = Array.from({ length: 1000 }, (_, i) => 'key' + i.toString(36) + (i % 7 === 0 ? 'é' : ''));
    return () => {
      let acc = 0n;
      for (let r = 0; r < 1000; r++) for (const w of words) acc ^= hashStr(w);
      return acc;
    };
  });
}

if (wanted('programs')) programsSection();
if (wanted('startup')) startupSection();
if (wanted('micro')) await microSection();
if (targets.length > 0) console.log(`\ntargets:\n${targets.join('\n')}`);
