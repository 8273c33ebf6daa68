/**
 * Building syntax errors.
 *
 * Every error the parser reports is a ParseError (ast.ts) carrying CPython's attributes:
 * type, msg, lineno, offset (1-based column of the first caret), end_offset and the line's
 * text. CPython's attribute values are sometimes odd (a tokenizer error has end_offset
 * equal to offset, "unexpected indent" has end_offset -1, "'(' was never closed" has 0);
 * we copy them because the REPL and tracebacks draw carets from them and the test oracle
 * compares them. Helpers here take 0-based columns and do the +1 themselves.
 *
 * IncompleteInput marks errors that only mean "the text stops too early" (an open
 * triple-quoted string, a `\` at the end): the REPL asks for more lines instead.
 */
import { ParseError, type SyntaxErrorInfo } from './ast.js';

export type ErrorType = SyntaxErrorInfo['type'];

/** A syntax error caused only by the input ending too early (REPL: keep reading). */
export class IncompleteInput extends ParseError {}

/** Shared context for building errors: the file name and the source split into lines. */
export interface ErrorContext {
  filename: string;
  lines: string[];
}

export function lineText(ctx: ErrorContext, lineno: number): string | null {
  return lineno >= 1 && lineno <= ctx.lines.length ? ctx.lines[lineno - 1] : null;
}

/**
 * An error at 0-based column `col` of `lineno`, with CPython's 1-based offsets.
 * `endOffset` is given 1-based already (callers pass CPython's exact value).
 */
export function errorAt(
  ctx: ErrorContext, type: ErrorType, msg: string,
  lineno: number, col: number, endLineno: number, endOffset: number,
): ParseError {
  return new ParseError({
    type, msg, filename: ctx.filename, lineno, offset: col + 1,
    endLineno, endOffset, text: lineText(ctx, lineno),
  });
}

export function incompleteAt(ctx: ErrorContext, msg: string, lineno: number, col: number, endOffset: number): ParseError {
  return new IncompleteInput({
    type: 'SyntaxError', msg, filename: ctx.filename, lineno, offset: col + 1,
    endLineno: lineno, endOffset, text: lineText(ctx, lineno),
  });
}

/** The wording memsnake uses for syntax outside its subset. */
export function unsupported(): string {
  return 'not supported by memsnake';
}
