/**
 * Turning a failed Ohm match into CPython 3.11's SyntaxError.
 *
 * CPython's parser reports a generic "invalid syntax" at the token where parsing stopped,
 * unless one of its `invalid_*` rules (second pass) recognises a common mistake and says
 * more. We get the failure position (a token index) and the set of tokens Ohm expected
 * there (ohm-notes §7.10), and recognise the same situations from the tokens around the
 * failure. Checks run from the most specific to the generic one; the order mirrors which
 * message CPython would pick. Situations CPython recognises that we do not are listed in
 * test/unit/parse/known-differences.ts.
 */
import { ParseError, type SyntaxErrorInfo } from './ast.js';
import { errorAt, unsupported, type ErrorContext } from './errors.js';
import type { TokenStream } from './lexer.js';
import { TOK, inRange, startsExpression } from './tokens.js';


/** Token codes Ohm expected at the failure (non-fluffy failures only). */
function expectedCodes(r: any): Set<number> {
  const out = new Set<number>();
  for (const f of r.getRightmostFailures() as any[]) {
    if (f.isFluffy()) continue;
    const p = f.getPExpr();
    if (typeof p.obj === 'string') out.add(p.obj.charCodeAt(0));
    else if (typeof p.from === 'string') {
      for (let c = p.from.charCodeAt(0); c <= p.to.charCodeAt(0); c++) out.add(c);
    }
  }
  return out;
}

const HEADER_NAMES = new Map<number, string>([
  [TOK.if, "'if' statement"], [TOK.elif, "'elif' statement"], [TOK.else, "'else' statement"],
  [TOK.while, "'while' statement"], [TOK.for, "'for' statement"], [TOK.with, "'with' statement"],
  [TOK.try, "'try' statement"], [TOK.except, "'except' statement"], [TOK.finally, "'finally' statement"],
  [TOK.def, 'function definition'], [TOK.class, 'class definition'],
]);

const OPERAND_END = new Set([TOK.NAME, TOK.NUMBER, TOK.STRING, TOK[')'], TOK[']'], TOK['}'], TOK.None, TOK.True, TOK.False, TOK['...']]);

/** Stops for scanning back to the start of an expression at the same bracket depth. */
function exprStart(ts: TokenStream, from: number, floor: number): number {
  const depth = ts.depth[from];
  let i = from;
  while (i - 1 >= floor) {
    const c = ts.text.charCodeAt(i - 1);
    const d = ts.depth[i - 1];
    if (d < depth) break;
    if (d === depth && (c === TOK[','] || c === TOK[':'] || c === TOK['='] || c === TOK[':='] || c === TOK.NEWLINE
      || c === TOK.INDENT || c === TOK.DEDENT || c === TOK.return || c === TOK.in || c === TOK.if || c === TOK.else
      || c === TOK.for || c === TOK.while || c === TOK.elif || c === TOK.yield || c === TOK.lambda || c === TOK.assert
      || c === TOK.del || c === TOK.import || c === TOK.from || c === TOK.raise || c === TOK.with || c === TOK.as
      || c === TOK['('] || c === TOK['['] || c === TOK['{'] || c === TOK[';'] || inRange(c, '+=', '**='))) break;
    i--;
  }
  return i;
}

/** First token of the logical line containing token `i` (within the chunk). */
function lineStart(ts: TokenStream, i: number, floor: number): number {
  let j = i;
  while (j - 1 >= floor) {
    const c = ts.text.charCodeAt(j - 1);
    if (c === TOK.NEWLINE || c === TOK.INDENT || c === TOK.DEDENT) break;
    j--;
  }
  return j;
}

/** A failed match; `atEnd` says whether it failed only because the input stopped. */
export class MatchFailure extends ParseError {
  constructor(info: SyntaxErrorInfo, readonly atEnd: boolean) { super(info); }
}

type Probe = (from: number) => number | null;

export interface FailureContext {
  ts: TokenStream;
  ctx: ErrorContext;
  /** First token of the chunk, and the end of it. */
  floor: number;
  end: number;
  /** Token index where the match failed. */
  at: number;
  expected: Set<number>;
  /** End (exclusive) of the expression starting at a token, if one does. */
  probe: Probe;
}

export function failureError(ts: TokenStream, ctx: ErrorContext, floor: number, end: number, r: any, _rule: string, probe?: Probe): ParseError {
  const at = floor + r.getRightmostFailurePosition();
  const f: FailureContext = { ts, ctx, floor, end, at, expected: expectedCodes(r), probe: probe ?? (() => null) };
  const e = classify(f);
  return new MatchFailure(e.info, atEnd(ts, at));
}

function err(f: FailureContext, type: SyntaxErrorInfo['type'], msg: string, line: number, col: number, endLine: number, endOffset: number): ParseError {
  return errorAt(f.ctx, type, msg, line, col, endLine, endOffset);
}

function overTokens(f: FailureContext, msg: string, a: number, b: number): ParseError {
  const ts = f.ts;
  return err(f, 'SyntaxError', msg, ts.sLine[a], ts.sCol[a], ts.eLine[b - 1], ts.eCol[b - 1] + 1);
}

function classify(f: FailureContext): ParseError {
  const { ts, at } = f;
  const text = ts.text;
  const n = text.length;
  const code = at < n ? text.charCodeAt(at) : -1;
  const prev = at - 1 >= f.floor ? text.charCodeAt(at - 1) : -1;
  const first = lineStart(ts, Math.min(at, n - 1), f.floor);
  const firstCode = text.charCodeAt(first);

  const unsupportedMsg = unsupportedSyntax(f, first, code);
  if (unsupportedMsg) return overTokens(f, unsupportedMsg, first, Math.min(at + 1, n));

  // An unclosed bracket on an earlier line than the failure wins (CPython's
  // _PyPegen_tokenize_full_source_to_check_for_errors).
  const open = ts.openBrackets[ts.openBrackets.length - 1];
  if (open && (at >= n || ts.sLine[at] > open[1])) {
    return err(f, 'SyntaxError', `'${open[0]}' was never closed`, open[1], open[2], open[1], 0);
  }
  if (code === TOK.INDENT) {
    return err(f, 'IndentationError', 'unexpected indent', ts.sLine[at], ts.sCol[at] - 1, ts.sLine[at], -1);
  }
  // `if x:` NEWLINE followed by no INDENT.
  const atEof = atEnd(ts, at);
  if (prev === TOK.NEWLINE && at - 2 >= f.floor && text.charCodeAt(at - 2) === TOK[':'] && f.expected.has(TOK.INDENT)) {
    const header = lineStart(ts, at - 2, f.floor);
    const kind = HEADER_NAMES.get(text.charCodeAt(header)) ?? 'statement';
    const msg = `expected an indented block after ${kind} on line ${ts.sLine[header]}`;
    if (atEof) return err(f, 'IndentationError', msg, ts.sLine[at - 1], ts.sCol[at - 1], ts.sLine[at - 1], -1);
    return err(f, 'IndentationError', msg, ts.sLine[at], ts.sCol[at], ts.sLine[at], ts.eCol[at] + 1);
  }
  // `def name` not followed by `(`: 3.11's forced token (&&'(') reports at the next token
  // (a NEWLINE has no width there).
  if (prev === TOK.NAME && at - 2 >= f.floor && text.charCodeAt(at - 2) === TOK.def && f.expected.has(TOK['('])) {
    const endOffset = code === TOK.NEWLINE || code < 0 ? ts.sCol[at] + 1 : ts.eCol[at] + 1;
    return err(f, 'SyntaxError', "expected '('", ts.sLine[at], ts.sCol[at], ts.sLine[at], endOffset);
  }
  if (code === TOK.NEWLINE && f.expected.has(TOK[':']) && HEADER_NAMES.has(firstCode)) {
    return err(f, 'SyntaxError', "expected ':'", ts.sLine[at], ts.sCol[at], ts.sLine[at], ts.sCol[at] + 1);
  }
  if (f.expected.has(TOK.except) && f.expected.has(TOK.finally) && !f.expected.has(TOK.NAME)) {
    return err(f, 'SyntaxError', "expected 'except' or 'finally' block", ts.sLine[at], ts.sCol[at], ts.sLine[at], ts.eCol[at] + 1);
  }
  if (f.expected.has(TOK.else) && prev !== TOK[':'] && f.expected.size <= 3) {
    const ifTok = findBack(ts, at, f.floor, TOK.if);
    if (ifTok >= 0) {
      const s = exprStart(ts, ifTok, f.floor);
      return overTokens(f, "expected 'else' after 'if' expression", s, at);
    }
  }
  if (code === TOK.NEWLINE && prev === TOK[','] && firstCode === TOK.from) {
    return err(f, 'SyntaxError', 'trailing comma not allowed without surrounding parentheses', ts.sLine[at], ts.sCol[at], ts.sLine[at], ts.sCol[at] + 1);
  }
  // `print 'x'`: Python 2's print statement (invalid_legacy_expression).
  if (first === at - 1 && firstCode === TOK.NAME && (ts.values[first] === 'print' || ts.values[first] === 'exec') && startsExpression(code)) {
    const e = f.probe(at);
    if (e !== null) {
      const w = ts.values[first] as string;
      return overTokens(f, `Missing parentheses in call to '${w}'. Did you mean ${w}(...)?`, first, e);
    }
  }
  // `f(a+1=2)`: an expression where a keyword name should be (invalid_kwarg).
  if (code === TOK['='] && ts.depth[at] > 0 && OPERAND_END.has(prev)) {
    const s = exprStart(ts, at, f.floor);
    const opener = s - 1 >= f.floor ? text.charCodeAt(s - 1) : -1;
    if (s < at - 1 && (opener === TOK['('] || opener === TOK[','])) {
      return overTokens(f, 'expression cannot contain assignment, perhaps you meant "=="?', s, at + 1);
    }
  }
  if (code === TOK['='] && prev === TOK.NAME && at - 2 >= f.floor) {
    const before = text.charCodeAt(at - 2);
    if (before === TOK.if || before === TOK.elif || before === TOK.while || before === TOK.and || before === TOK.or) {
      const e = f.probe(at + 1);
      if (e !== null) return overTokens(f, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at - 1, e);
    }
  }
  if (at < n && ts.depth[at] > 0 && startsExpression(code) && OPERAND_END.has(prev)) {
    const a = exprStart(ts, at, f.floor);
    const b = f.probe(at);
    const nameString = text.charCodeAt(a) === TOK.NAME && text.charCodeAt(a + 1) === TOK.STRING;
    if (b !== null && !nameString) return overTokens(f, 'invalid syntax. Perhaps you forgot a comma?', a, b);
  }
  if (atEof) {
    const last = Math.min(at, n) - 1;
    return err(f, 'SyntaxError', 'invalid syntax', ts.sLine[last], -1, ts.sLine[last], 0);
  }
  if (code === TOK.NEWLINE || code === TOK.DEDENT) {
    return err(f, 'SyntaxError', 'invalid syntax', ts.sLine[at], ts.sCol[at], ts.sLine[at], ts.sCol[at] + 1);
  }
  return overTokens(f, 'invalid syntax', at, at + 1);
}

/** Is the failure at the end of input (only DEDENTs left)? The REPL reads on then. */
export function atEnd(ts: TokenStream, at: number): boolean {
  for (let i = at; i < ts.text.length; i++) if (ts.text.charCodeAt(i) !== TOK.DEDENT) return false;
  return true;
}

function findBack(ts: TokenStream, from: number, floor: number, code: number): number {
  const depth = ts.depth[Math.min(from, ts.text.length - 1)];
  for (let i = from - 1; i >= floor; i--) {
    const c = ts.text.charCodeAt(i);
    if (ts.depth[i] < depth || c === TOK.NEWLINE) return -1;
    if (c === code && ts.depth[i] === depth) return i;
  }
  return -1;
}

/** Syntax outside memsnake's subset, recognised around the failure. */
function unsupportedSyntax(f: FailureContext, first: number, code: number): string | null {
  const { ts } = f;
  const text = ts.text;
  const firstCode = text.charCodeAt(first);
  const word = firstCode === TOK.NAME ? ts.values[first] : null;
  if ((word === 'match' || word === 'case') && lineEndsWithColon(ts, first)) {
    return `'match' statements are ${unsupported()}`;
  }
  if (word === 'type' && text.charCodeAt(first + 1) === TOK.NAME) return `'type' statements are ${unsupported()}`;
  if (code === TOK['*'] && f.at - 1 >= f.floor && text.charCodeAt(f.at - 1) === TOK.except) {
    return `'except*' is ${unsupported()}`;
  }
  if (code === TOK['['] && f.at - 2 >= f.floor && text.charCodeAt(f.at - 1) === TOK.NAME
    && (text.charCodeAt(f.at - 2) === TOK.def || text.charCodeAt(f.at - 2) === TOK.class)) {
    return `type parameter lists are ${unsupported()}`;
  }
  return null;
}

function lineEndsWithColon(ts: TokenStream, from: number): boolean {
  for (let i = from; i < ts.text.length; i++) {
    const c = ts.text.charCodeAt(i);
    if (c === TOK.NEWLINE) return i > from && ts.text.charCodeAt(i - 1) === TOK[':'];
  }
  return false;
}
