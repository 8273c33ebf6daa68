#!/usr/bin/env node
/**
 * Build step for what bin/memsnake runs (run by `npm run build` after the grammar, before
 * tsc): esbuild bundles src/ into dist/bundle/, because loading ~120 separate ES modules
 * cost ~70 ms of memsnake's start-up:
 *
 *   cli.cjs           the main thread: src/cli.ts and what it imports, the REPL included
 *                     (loaded lazily); packages stay external (commander and chalk are
 *                     imported only when needed). CommonJS, as bin/memsnake is (bin/ has
 *                     its own package.json saying so): starting Node's ES module loader
 *                     costs ~5 ms of CPU before the worker can even be started
 *   worker-boot.cjs   the worker's entry (src/host/worker-boot.ts): runs worker-main.cjs
 *                     with V8's code cache
 *   worker-main.cjs   the interpreter: src/host/worker.ts and everything under it, ohm-js
 *                     included, as one CommonJS script (vm.Script takes scripts, not
 *                     modules), its last line stamped with a hash of its content
 *   worker-main.cache V8's code cache for it, headed by the same stamp: written by running
 *                     a warm-up program with MEMSNAKE_WRITE_CODE_CACHE=1
 *
 * Every file is written under a temporary name and renamed, so a memsnake started during a
 * build (other people run it all the time) reads whole files; a cache that does not match
 * its bundle yet is ignored (worker-boot.ts). tsc's dist/ beside it stays the unbundled
 * build (`node dist/cli.js` runs it, for debugging with real file names and lines).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/bundle');

/** A program that runs the common paths, so their compiled code goes into the cache. */
const WARM_UP = `
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

    def __repr__(self):
        return f'Node({self.value!r})'


def build(n):
    head = None
    for i in range(n):
        node = Node(i)
        node.next = head
        head = node
    return head


def walk(node):
    total = 0
    while node is not None:
        total += node.value
        node = node.next
    return total


words = 'the quick brown fox jumps over the lazy dog'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
squares = [x * x for x in range(20) if x % 3]
seen = {x % 7 for x in squares}
point = (1, 2.5, 'three', None, True)
big = 2 ** 100 // 3
try:
    {}['missing']
except KeyError as e:
    caught = e
print(walk(build(50)), pairs[:2], len(squares), sorted(seen), point, big, repr(caught), '-'.join(words[:3]).upper(), 7 / 2, 1e300 * 10)
`;

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  write: false,
  logLevel: 'warning',
  format: 'cjs',
  // CommonJS has no import.meta: its url becomes the bundle file's own (dist/bundle/...).
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: 'const __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
};

const [main, boot, worker] = await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: path.join(outDir, 'cli.cjs'),
    packages: 'external',
    define: { ...common.define, MEMSNAKE_WORKER_ENTRY: JSON.stringify('./worker-boot.cjs') },
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/host/worker-boot.ts'],
    outfile: path.join(outDir, 'worker-boot.cjs'),
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/host/worker.ts'],
    outfile: path.join(outDir, 'worker-main.cjs'),
  }),
]);

/** Writes a file whole under a temporary name, then renames it into place. */
function writeAtomically(file, contents) {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, contents);
  fs.renameSync(temp, file);
}

fs.mkdirSync(outDir, { recursive: true });
const workerText = worker.outputFiles[0].text;
const stamp = createHash('sha256').update(workerText).digest('hex').slice(0, 32);
// The interpreter first, the entries that reach it after, the main thread's last.
writeAtomically(path.join(outDir, 'worker-main.cjs'), `${workerText}//# memsnake-build=${stamp}\n`);
writeAtomically(path.join(outDir, 'worker-boot.cjs'), boot.outputFiles[0].contents);
writeAtomically(path.join(outDir, 'cli.cjs'), main.outputFiles[0].contents);
// Whatever else is here is left from an older layout of the bundle (not other builds'
// temporary files, which they rename away themselves).
const made = new Set(['cli.cjs', 'worker-boot.cjs', 'worker-main.cjs', 'worker-main.cache']);
for (const name of fs.readdirSync(outDir)) {
  if (!made.has(name) && !name.endsWith('.tmp')) fs.rmSync(path.join(outDir, name), { force: true });
}

// The code cache, from a run of the warm-up program through the real command line.
const cachePath = path.join(outDir, 'worker-main.cache');
const env = { ...process.env, MEMSNAKE_WRITE_CODE_CACHE: '1', NO_COLOR: '1' };
delete env.NODE_OPTIONS; // V8 rejects a cache made under other V8 flags than memsnake's own
const run = spawnSync(process.execPath, [path.join(root, 'bin/memsnake'), '-c', WARM_UP], { env, encoding: 'utf8' });
const cacheHead = fs.existsSync(cachePath) ? fs.readFileSync(cachePath).subarray(0, 64).toString('latin1') : '';
if (run.status !== 0) {
  const why = (run.stderr || run.error?.message || '').trim().split('\n').pop();
  console.warn(`build-bundle: the warm-up program failed (exit ${run.status}): ${why}`);
}
if (!cacheHead.startsWith(`//# memsnake-build=${stamp}\n`)) {
  console.warn('build-bundle: no code cache was written; memsnake starts ~25 ms slower until the next build');
}
