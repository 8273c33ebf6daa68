/**
 * memsnake's version, read from package.json so --version, the banner and the package can
 * never disagree. Read on demand: script mode never pays for it.
 */

import { readFileSync } from 'node:fs';

let cached: string | null = null;

export function memsnakeVersion(): string {
  if (cached === null) {
    try {
      // dist/repl/version.js and src/repl/version.ts both sit two levels below the root.
      const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
      cached = String((JSON.parse(text) as { version?: unknown }).version ?? '0.0.0');
    } catch {
      cached = '0.0.0';
    }
  }
  return cached;
}

export function versionLine(): string {
  return `memsnake ${memsnakeVersion()} (Python 3.11 subset)`;
}
