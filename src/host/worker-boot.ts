/**
 * The worker thread's entry point in the bundled build (scripts/build-bundle.mjs puts it in
 * dist/bundle/worker-boot.cjs). It runs the interpreter's bundle, worker-main.cjs (that is
 * host/worker.ts and everything it imports, ohm-js included), through V8's code cache,
 * which the build wrote beside it as worker-main.cache: without it every start compiles
 * ~0.8 MB of JavaScript again (measured ~20 ms of compiling and ~5 ms of lazy compiling of
 * the start-up functions, out of memsnake's whole ~100 ms over `node -e 0`).
 *
 * V8 checks a cache against its own version and flags but against the source only by its
 * length, so the build stamps the bundle's last line with a hash of its content and writes
 * the same stamp at the head of the cache; a cache whose stamp differs is not used. A
 * missing, stale or rejected cache only costs time: the bundle is compiled from source.
 * (So after editing worker-main.cjs by hand, delete worker-main.cache, or rebuild.)
 *
 * With MEMSNAKE_WRITE_CODE_CACHE=1 (the build sets it when it runs a warm-up program),
 * the cache is written when this thread ends, so it holds the functions the warm-up used.
 *
 * The unbundled build (tsc's dist/) starts host/worker.js directly and never runs this.
 */

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** The line the build ends the bundle with; the cache file starts with the same line. */
const STAMP = '//# memsnake-build=';

// Bundled as CommonJS, where the build makes import.meta.url this file's own URL.
const here = dirname(fileURLToPath(import.meta.url));
const mainPath = join(here, 'worker-main.cjs');
const cachePath = join(here, 'worker-main.cache');

const source = readFileSync(mainPath, 'utf8');
const stampAt = source.lastIndexOf(STAMP);
const stamp = stampAt < 0 ? null : source.slice(stampAt).trimEnd() + '\n';

function readCache(): Buffer | undefined {
  if (stamp === null) return undefined;
  try {
    const file = readFileSync(cachePath);
    const head = Buffer.from(stamp, 'utf8');
    return file.subarray(0, head.length).equals(head) ? file.subarray(head.length) : undefined;
  } catch {
    return undefined;
  }
}

// The same wrapper as Node's own for a CommonJS module.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: mainPath,
  cachedData: readCache(),
});

if (process.env.MEMSNAKE_WRITE_CODE_CACHE === '1' && stamp !== null) {
  process.on('exit', () => {
    // Written whole under another name, then renamed: a memsnake starting meanwhile
    // reads either the old cache or the new one, never half of one. A cache that cannot
    // be written (a read-only install) is only a slower start.
    const temp = `${cachePath}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, Buffer.concat([Buffer.from(stamp, 'utf8'), script.createCachedData()]));
      renameSync(temp, cachePath);
    } catch {
      // the build says so when it finds no cache
    }
  });
}

const mainModule = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(mainModule.exports, createRequire(mainPath), mainModule, mainPath, here);
