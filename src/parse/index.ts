/**
 * memsnake's parser: the public API.
 *
 *   parseModule(source, filename)   whole script → Module (throws ParseError)
 *   parseExpression(source, filename) one expression (eval-like uses, meta-commands)
 *   parseInteractive(source, filename) one REPL entry (also rejects several statements)
 *   inputStatus(source)             REPL: complete / incomplete / error
 *   dumpAst(node, {includeAttributes}) Python's ast.dump() text, the test oracle
 *
 * Pipeline: lexer.ts (token string) → parser.ts (Ohm match per top-level statement,
 * semantics → ast.ts) → context-checks.ts (CPython's post-parse errors). Start reading at
 * parser.ts.
 */
import type { CompileWarning, Expr, Module } from './ast.js';
import { checkContext } from './context-checks.js';
import { lexSource, parseExpressionTokens, parseTokens } from './parser.js';

export { dumpAst, type DumpOptions } from './dump.js';
export { inputStatus, parseInteractive, type InputStatus } from './complete.js';
export { ParseError } from './ast.js';

export function parseModule(source: string, filename: string): { module: Module; warnings: CompileWarning[] } {
  const ts = lexSource(source, filename);
  const module = parseTokens(ts, filename);
  checkContext(module, { filename, lines: ts.lines });
  return { module, warnings: [] };
}

export function parseExpression(source: string, filename: string): Expr {
  const ts = lexSource(source.replace(/^[ \t]+/, ''), filename);
  return parseExpressionTokens(ts, filename);
}
