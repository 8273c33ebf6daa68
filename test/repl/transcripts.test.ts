/**
 * `memsnake -i < transcript` against what `python3 -i < transcript` printed (recorded by
 * regen-transcripts.mjs into transcripts/NAME.out and NAME.code). stdout and stderr are one
 * stream here, so prompts (on stderr, as python3 writes them when stdin is not a terminal),
 * values and tracebacks must come out interleaved exactly as python3's do. Each side's
 * two-line banner is dropped before comparing.
 */

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = join(import.meta.dirname, 'transcripts');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

describe('memsnake -i < transcript matches python3 -i', () => {
  it.each(names)('%s', (name) => {
    const result = spawnSync('sh', ['-c', `exec "${process.execPath}" "${join(root, 'bin/memsnake')}" -i 2>&1`], {
      cwd: dir,
      input: readFileSync(join(dir, `${name}.txt`)),
      env: { ...process.env, PYTHONHASHSEED: '0', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const output = result.stdout.split('\n').slice(2).join('\n');
    expect(output).toBe(readFileSync(join(dir, `${name}.out`), 'utf8'));
    expect(result.status).toBe(Number(readFileSync(join(dir, `${name}.code`), 'utf8').trim()));
  });

  it('prints memsnake\'s banner on stderr, not stdout', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/memsnake'), '-i'], { input: '', encoding: 'utf8', timeout: 30_000 });
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^memsnake \d+\.\d+\.\d+ .*\n.*\n>>> \n$/);
    expect(result.status).toBe(0);
  });
});
