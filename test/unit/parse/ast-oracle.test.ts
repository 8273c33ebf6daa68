/**
 * The AST oracle: every snippet of ast-snippets.py must produce exactly what CPython 3.11's
 * `ast.dump(ast.parse(src), include_attributes=True)` printed (ast-expected.json, made by
 * regen-ast.py). ast.parse does not run the compiler's checks ('return' outside function
 * ...), so neither does this test: it calls the parser below parseModule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpAst } from '../../../src/parse/index.js';
import { lexSource, parseTokens } from '../../../src/parse/parser.js';

const cases: { src: string; dump: string }[] = JSON.parse(
  readFileSync(new URL('./ast-expected.json', import.meta.url), 'utf8'),
);

describe('AST oracle (CPython 3.11 ast.dump with attributes)', () => {
  it('has a corpus of at least 150 snippets', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });
  it.each(cases.map((c) => [JSON.stringify(c.src), c] as const))('%s', (_name, c) => {
    const module = parseTokens(lexSource(c.src, 'f.py'), 'f.py');
    expect(dumpAst(module, { includeAttributes: true })).toBe(c.dump);
  });
});
