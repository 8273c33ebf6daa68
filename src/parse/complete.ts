/**
 * REPL completeness: is the text typed so far a complete entry, does it need more lines,
 * or is it already an error? python3's interactive rules (Lib/codeop.py with 3.11's
 * PyCF_ALLOW_INCOMPLETE_INPUT, and ohm-notes §2 / §7.10):
 *  - an open bracket, an open triple-quoted string or a trailing `\` → incomplete;
 *  - a match that fails only at the end of the tokens (or before end-of-input DEDENTs) →
 *    incomplete (`def f():`, `if x: ... else:`, `@dec`);
 *  - a compound statement (def/class/if/while/for/try/with/decorator) is complete only
 *    once the entry ends with an empty line (even `while True: pass` waits for one);
 *  - but once the entry ends with an empty line, a block still missing lines is an error;
 *  - a complete statement followed by more top-level lines in one entry is python3's
 *    SyntaxError (`if x:⏎  pass⏎y = 1`) → error, and so is any other error.
 *
 * The entry is the lines as typed, joined with '\n'; after the user enters an empty line
 * the text ends with '\n' (its last line is empty). parseInteractive gives the ParseError
 * for the 'error' cases, including the two that are only errors in interactive mode.
 */
import { ParseError, type Module } from './ast.js';
import { errorAt, IncompleteInput } from './errors.js';
import { lexSource, parseTokens, chunkStarts } from './parser.js';
import { MatchFailure } from './syntax-errors.js';
import { TOK, inRange } from './tokens.js';
import { checkContext } from './context-checks.js';
import type { TokenStream } from './lexer.js';

export type InputStatus = 'complete' | 'incomplete' | 'error';

export function inputStatus(source: string): InputStatus {
  let ts: TokenStream;
  try {
    ts = lexSource(source, '<stdin>');
  } catch (e) {
    return e instanceof IncompleteInput ? 'incomplete' : 'error';
  }
  try {
    parseInteractiveTokens(ts, '<stdin>');
  } catch (e) {
    // An empty line ends a block in python3's REPL: after one, a block that still needs
    // lines (`try:` without except) is an error; inside brackets it is not.
    if (e instanceof MatchFailure && e.atEnd) {
      return !lastLineIsBlank(source) || ts.openBrackets.length > 0 ? 'incomplete' : 'error';
    }
    if (e instanceof MatchFailure && ts.openBrackets.length > 0 && /was never closed$/.test(e.info.msg)) {
      return lastLineIsBlank(source) ? 'error' : 'incomplete';
    }
    return 'error';
  }
  if (ts.text.length > 0 && inRange(ts.text.charCodeAt(0), 'if', '@') && !lastLineIsBlank(source)) {
    return 'incomplete';
  }
  return 'complete';
}

/** The last line, after the final '\n', is empty or blank. */
function lastLineIsBlank(source: string): boolean {
  const nl = source.lastIndexOf('\n');
  return nl >= 0 && source.slice(nl + 1).trim() === '';
}

/** parseModule for one REPL entry: also rejects more than one top-level statement. */
export function parseInteractive(source: string, filename: string): Module {
  return parseInteractiveTokens(lexSource(source, filename), filename);
}

function parseInteractiveTokens(ts: TokenStream, filename: string): Module {
  const module = parseTokens(ts, filename);
  const starts = chunkStarts(ts);
  if (ts.text.length > 0 && starts.length > 1) {
    const second = starts[1];
    const ctx = { filename, lines: ts.lines };
    if (inRange(ts.text.charCodeAt(0), 'if', '@')) {
      throw errorAt(ctx, 'SyntaxError', 'invalid syntax', ts.sLine[second], ts.sCol[second], ts.sLine[second], ts.eCol[second] + 1);
    }
    const nl = ts.text.indexOf(String.fromCharCode(TOK.NEWLINE));
    throw errorAt(ctx, 'SyntaxError', 'multiple statements found while compiling a single statement',
      ts.sLine[nl], ts.sCol[nl], ts.sLine[nl], ts.sCol[nl] + 1);
  }
  checkContext(module, { filename, lines: ts.lines });
  return module;
}

export { ParseError };
