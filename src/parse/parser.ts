/**
 * The parser driver: tokens → Ohm match per top-level statement → AST.
 *
 * AST construction uses Ohm *semantics* (the public API), not the private-field CST walk
 * of ohm-notes §7.6: it is about 2× slower on huge files but survives ohm-js upgrades, and
 * the measured speed (see the report in test/unit/parse/README.md) meets the targets.
 * Actions live in semantics-expr.ts and semantics-stmt.ts.
 *
 * Flow (ohm-notes Recommendation items 1-5):
 *  1. lexer.ts turns the whole source into a token string (lexical errors throw here);
 *  2. the token string is cut into chunks, one per top-level statement: a compound
 *     statement keeps its decorators and elif/else/except/finally clauses;
 *  3. each chunk is matched on its own and turned into statements at once, so its memo
 *     table dies young (ohm-notes §7.7); the whole module is parsed before anything runs;
 *  4. a failed match becomes CPython's SyntaxError (syntax-errors.ts);
 *  5. checks CPython makes after parsing ('return' outside function...) run last
 *     (context-checks.ts).
 * Nothing but ParseError escapes: a JS exception inside Ohm or the actions (a RangeError
 * from very deep nesting, or a bug) becomes a SyntaxError at the best position we have.
 */
import type { Expr, Module, Stmt } from './ast.js';
import { ParseError } from './ast.js';
import { errorAt, type ErrorContext } from './errors.js';
import grammar from './generated/memsnake.ohm-bundle.js';
import { lex, normaliseNewlines, splitLines, type TokenStream } from './lexer.js';
import { exprActions, hooks } from './semantics-expr.js';
import { stmtActions } from './semantics-stmt.js';
import { S, setState } from './state.js';
import { failureError } from './syntax-errors.js';
import { TOK } from './tokens.js';

type Semantics = ReturnType<typeof grammar.createSemantics>;
let semantics: Semantics | null = null;

/** Built on first use (a few ms), not at import time. */
function sem(): Semantics {
  if (!semantics) {
    semantics = grammar.createSemantics();
    semantics.addOperation('ast', { ...exprActions, ...stmtActions } as never);
    semantics.addOperation('probeEnd', { probeExpr: (t: { source: { endIdx: number } }, _rest: unknown) => t.source.endIdx } as never);
  }
  return semantics;
}

hooks.parseField = parseField;

const CLAUSE_CODES = new Set([TOK.elif, TOK.else, TOK.except, TOK.finally]);

/**
 * Chunk boundaries: token indices where a new top-level statement starts. A boundary is a
 * token at indentation level 0 after NEWLINE or DEDENT that is not a continuation clause
 * and does not follow a decorator line.
 */
export function chunkStarts(ts: TokenStream): number[] {
  const text = ts.text;
  const starts = [0];
  let level = 0;
  let lineFirst = 0;
  let prevLineFirstCode = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === TOK.INDENT) { level++; continue; }
    if (c === TOK.DEDENT) { level--; continue; }
    if (c === TOK.NEWLINE) {
      if (level === 0) prevLineFirstCode = text.charCodeAt(lineFirst);
      lineFirst = i + 1;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (level === 0 && (prev === TOK.NEWLINE || prev === TOK.DEDENT) && i > starts[starts.length - 1]
      && !CLAUSE_CODES.has(c) && prevLineFirstCode !== TOK['@']) {
      starts.push(i);
    }
    if (prev === TOK.NEWLINE || prev === TOK.DEDENT || prev === TOK.INDENT) lineFirst = i;
  }
  return starts;
}

/** Matches tokens [a, b) with `rule` and builds its AST; throws ParseError on failure. */
function matchRange(ts: TokenStream, ctx: ErrorContext, a: number, b: number, rule: string): unknown {
  const prev = setState({ ts, base: a, ctx });
  try {
    const r = grammar.match(ts.text.slice(a, b), rule);
    if (r.failed()) throw failureError(ts, ctx, a, b, r, rule, (from) => probe(ts, from, b));
    return sem()(r).ast();
  } catch (e) {
    if (e instanceof ParseError) throw e;
    throw internalError(ts, ctx, a, e);
  } finally {
    setState(prev);
  }
}

/** End (exclusive token index) of the expression starting at `from`, or null. */
function probe(ts: TokenStream, from: number, end: number): number | null {
  if (from >= end) return null;
  try {
    const r = grammar.match(ts.text.slice(from, end), 'probeExpr');
    return r.succeeded() ? from + (sem()(r) as unknown as { probeEnd(): number }).probeEnd() : null;
  } catch {
    return null;
  }
}

/** A JS exception from Ohm or an action: deep nesting or a bug; never let it escape. */
function internalError(ts: TokenStream, ctx: ErrorContext, a: number, e: unknown): ParseError {
  const line = ts.sLine[a] ?? 1;
  const col = ts.sCol[a] ?? 0;
  // A stack overflow inside Ohm: from deep brackets if there are many, else from other
  // nesting (lambda/if-else chains), which CPython 3.11 rejects too (MemoryError/RecursionError).
  const deepBrackets = ts.depth.some((d) => d > 100);
  const msg = !(e instanceof RangeError) ? 'invalid syntax'
    : deepBrackets ? 'too many nested parentheses' : 'too many nested expressions (memsnake parser limit)';
  return errorAt(ctx, 'SyntaxError', msg, line, col, line, col + 2);
}

export function lexSource(source: string, filename: string): TokenStream {
  const src = normaliseNewlines(source);
  if (src.includes('\0')) {
    throw errorAt({ filename, lines: splitLines(src) }, 'SyntaxError', 'source code cannot contain null bytes', 1, -1, 1, 0);
  }
  return lex(src, { filename });
}

/** Parses tokens as a module: all chunks, or the first error. */
export function parseTokens(ts: TokenStream, filename: string): Module {
  const ctx: ErrorContext = { filename, lines: ts.lines };
  const body: Stmt[] = [];
  if (ts.text.length === 0) return { kind: 'Module', body };
  const starts = chunkStarts(ts);
  starts.push(ts.text.length);
  for (let k = 0; k + 1 < starts.length; k++) {
    body.push(...(matchRange(ts, ctx, starts[k], starts[k + 1], 'chunk') as Stmt[]));
  }
  return { kind: 'Module', body };
}

export function parseExpressionTokens(ts: TokenStream, filename: string): Expr {
  const ctx: ErrorContext = { filename, lines: ts.lines };
  return matchRange(ts, ctx, 0, ts.text.length, 'evalInput') as Expr;
}

/** f-string replacement field: lexed as if inside brackets, at its real position. */
function parseField(text: string, line: number, col: number): Expr {
  const outer = S;
  const ts = lex(text, { filename: outer.ctx.filename, insideBrackets: true, startLine: line, startCol: col, lines: outer.ctx.lines });
  if (ts.text.length === 0) {
    throw errorAt(outer.ctx, 'SyntaxError', 'f-string: empty expression not allowed', line, col, line, col + 1);
  }
  const r = grammar.match(ts.text, 'fieldExpr');
  if (r.failed()) {
    // CPython 3.11 reports sub-parser failures as "f-string: invalid syntax" at the literal.
    const p = outer.ts;
    const t = findStringToken(p, line, col);
    throw errorAt(outer.ctx, 'SyntaxError', 'f-string: invalid syntax', p.sLine[t], p.sCol[t], p.sLine[t], p.sCol[t] + 2);
  }
  const prev = setState({ ts, base: 0, ctx: outer.ctx });
  try {
    const e = sem()(r).ast() as Expr;
    // 3.11 parses the field as "(text)": a bare tuple spans the invented parentheses,
    // i.e. from the `{` to the character after the text.
    if (e.kind === 'Tuple' && ts.text.charCodeAt(0) !== TOK['(']) {
      const lines = text.split('\n');
      const endLine = line + lines.length - 1;
      const endCol = (lines.length === 1 ? col : 0) + lines[lines.length - 1].length + 1;
      Object.assign(e, { line, col: col - 1, endLine, endCol });
    }
    return e;
  } finally {
    setState(prev);
  }
}

/** The STRING token of the enclosing stream that contains source position (line, col). */
function findStringToken(ts: TokenStream, line: number, col: number): number {
  for (let i = 0; i < ts.text.length; i++) {
    if (ts.text.charCodeAt(i) !== TOK.STRING) continue;
    const after = ts.eLine[i] > line || (ts.eLine[i] === line && ts.eCol[i] > col);
    const before = ts.sLine[i] < line || (ts.sLine[i] === line && ts.sCol[i] <= col);
    if (after && before) return i;
  }
  return 0;
}
