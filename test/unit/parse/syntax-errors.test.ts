/**
 * The syntax-error oracle: for every snippet of error-snippets.py, parseModule must raise
 * what CPython 3.11's compile() raised (errors-expected.json, made by regen-ast.py):
 * type, msg, lineno, offset, end_lineno, end_offset. Entries in KNOWN_DIFFERENCES
 * (known-differences.ts, each with a reason) are checked against memsnake's own
 * expectation instead. Syntax memsnake does not support must name memsnake.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError, parseModule } from '../../../src/parse/index.js';
import { KNOWN_DIFFERENCES } from './known-differences.js';

type Expected = [string, string, number, number, number, number];
const cases: { src: string; error: Expected | null }[] = JSON.parse(
  readFileSync(new URL('./errors-expected.json', import.meta.url), 'utf8'),
);

function errorOf(src: string): Expected | null {
  try {
    parseModule(src, 'f.py');
    return null;
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    const i = e.info;
    return [i.type, i.msg, i.lineno, i.offset, i.endLineno, i.endOffset];
  }
}

describe('syntax errors match CPython 3.11', () => {
  it.each(cases.map((c) => [JSON.stringify(c.src), c] as const))('%s', (_name, c) => {
    const known = KNOWN_DIFFERENCES.get(c.src);
    const got = errorOf(c.src);
    if (known) {
      expect(got).toEqual(known.memsnake);
    } else {
      expect(c.error).not.toBeNull();
      expect(got).toEqual(c.error);
    }
  });
  it('every known difference is still in the corpus', () => {
    const srcs = new Set(cases.map((c) => c.src));
    for (const src of KNOWN_DIFFERENCES.keys()) expect(srcs.has(src), src).toBe(true);
  });
});
