/**
 * Every `//+ "src"` / `//- "src"` example in grammar/memsnake.ohm, run through the lexer
 * and matched against the rule below it: `//+` must match, `//-` must not (a lexical
 * error counts as not matching). Examples ending in a newline are matched with their
 * NEWLINE token; others (expression rules) without the NEWLINE the lexer adds at the end.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import grammar from '../../../src/parse/generated/memsnake.ohm-bundle.js';
import { ParseError } from '../../../src/parse/index.js';
import { lexSource } from '../../../src/parse/parser.js';
import { TOK } from '../../../src/parse/tokens.js';

interface Example { rule: string; src: string; positive: boolean; line: number }

function examples(): Example[] {
  const lines = readFileSync(new URL('../../../grammar/memsnake.ohm', import.meta.url), 'utf8').split('\n');
  const out: Example[] = [];
  let pending: Omit<Example, 'rule'>[] = [];
  lines.forEach((text, k) => {
    const ex = /^\s*\/\/([+-]) (".*")\s*$/.exec(text);
    if (ex) {
      pending.push({ src: JSON.parse(ex[2]) as string, positive: ex[1] === '+', line: k + 1 });
      return;
    }
    const rule = /^\s*([A-Za-z_]\w*)\s*=/.exec(text);
    if (rule) {
      for (const p of pending) out.push({ ...p, rule: rule[1] });
      pending = [];
    }
  });
  return out;
}

function matches(rule: string, src: string): boolean {
  let text: string;
  try {
    text = lexSource(src, 'example.py').text;
  } catch (e) {
    if (e instanceof ParseError) return false;
    throw e;
  }
  if (!src.endsWith('\n') && text.endsWith(String.fromCharCode(TOK.NEWLINE))) text = text.slice(0, -1);
  return grammar.match(text, rule).succeeded();
}

describe('grammar examples', () => {
  const all = examples();
  it('finds examples', () => expect(all.length).toBeGreaterThan(30));
  it.each(all.map((e) => [`${e.rule} ${e.positive ? '+' : '-'} ${JSON.stringify(e.src)} (line ${e.line})`, e] as const))('%s', (_n, e) => {
    expect(matches(e.rule, e.src)).toBe(e.positive);
  });
});
