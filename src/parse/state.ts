/**
 * The state the semantic actions read while one chunk is being turned into an AST.
 *
 * Ohm actions receive CST nodes whose `source.startIdx` is a position in the *matched*
 * token string. The parser matches one top-level statement (a chunk) at a time, so a
 * node's token index is `base + startIdx`, and the side arrays of the TokenStream give
 * its value and source span. The state is module-level because Ohm actions have no other
 * channel; parser.ts sets it before each `semantics(match).ast()` and f-string fields
 * save and restore it around their nested parse.
 */
import type { Pos } from './ast.js';
import { errorAt, type ErrorContext } from './errors.js';
import type { TokenStream } from './lexer.js';

export interface ParseState {
  ts: TokenStream;
  base: number;
  ctx: ErrorContext;
}

export let S: ParseState;

export function setState(s: ParseState): ParseState {
  const prev = S;
  S = s;
  return prev;
}

/** Minimal view of an Ohm node (what the actions use). */
export interface SrcNode {
  source: { startIdx: number; endIdx: number };
}

export function tokStart(n: SrcNode): number { return S.base + n.source.startIdx; }
export function tokEnd(n: SrcNode): number { return S.base + n.source.endIdx; }

/** The span of tokens [a, b). */
export function spanOf(a: number, b: number): Pos {
  const ts = S.ts;
  return { line: ts.sLine[a], col: ts.sCol[a], endLine: ts.eLine[b - 1], endCol: ts.eCol[b - 1] };
}

export function posOf(n: SrcNode): Pos { return spanOf(tokStart(n), tokEnd(n)); }

/** Start of one node's span, end of another's. */
export function joinPos(a: Pos, b: Pos): Pos {
  return { line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
}

export function copyPos(p: Pos): Pos {
  return { line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
}

/** A SyntaxError covering `p` (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE). */
export function errorOver(msg: string, p: Pos, text = true): never {
  const e = errorAt(S.ctx, 'SyntaxError', msg, p.line, p.col, p.endLine, p.endCol + 1);
  if (!text) (e.info as { text: string | null }).text = null;
  throw e;
}

export function errorAtToken(msg: string, tok: number): never {
  errorOver(msg, spanOf(tok, tok + 1));
}
