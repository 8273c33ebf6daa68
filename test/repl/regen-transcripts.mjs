#!/usr/bin/env node
// Records what python3 -i prints for each test/repl/transcripts/NAME.txt piped to its stdin,
// so transcripts.test.ts can hold memsnake -i to the same output.
//
//   node test/repl/regen-transcripts.mjs        (needs python3 3.11 on PATH)
//
// Runs `python3 -i 2>&1 < NAME.txt` (PYTHONHASHSEED=0, cwd = transcripts/, a clean
// environment) and writes NAME.out: stdout and stderr as one stream, as a terminal shows
// them, with python3's two-line banner removed (memsnake prints its own), and NAME.code,
// the exit code. Transcripts must not print addresses: they are compared exactly.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'transcripts');

const version = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], { encoding: 'utf8' });
if (version.stdout?.trim() !== 'True') {
  console.error('regen-transcripts: python3 on PATH must be CPython 3.11');
  process.exit(1);
}

/** Drops the first two lines (the banner) of a combined output. */
export function dropBanner(text) {
  return text.split('\n').slice(2).join('\n');
}

for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const input = readFileSync(join(dir, name));
  const result = spawnSync('sh', ['-c', 'exec python3 -i 2>&1'], {
    cwd: dir,
    input,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PYTHONHASHSEED: '0', LANG: 'C.UTF-8' },
    encoding: 'utf8',
  });
  const base = name.slice(0, -'.txt'.length);
  writeFileSync(join(dir, `${base}.out`), dropBanner(result.stdout));
  writeFileSync(join(dir, `${base}.code`), `${result.status}\n`);
  console.log(`${base}: exit ${result.status}`);
}
