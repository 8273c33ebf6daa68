/**
 * Checks CPython makes after parsing, in its symtable and compiler passes
 * (Python/symtable.c, Python/compile.c, 3.11): `return`/`yield` outside a function,
 * `break`/`continue` outside a loop, `nonlocal` at module level, a name used or assigned
 * before its `global` declaration. They are SyntaxErrors without source text (CPython
 * raises them from the compiler, which has no line to show). memsnake reports them at
 * parse time so that a script with such an error never starts, as in CPython.
 *
 * checkDepth runs first and bounds the tree's depth, so the recursive walks after it are
 * safe.
 */
import type { Expr, Module, Pos, Stmt } from './ast.js';
import { errorAt, type ErrorContext } from './errors.js';

interface Scope { fn: boolean; loop: boolean }

function fail(ctx: ErrorContext, msg: string, p: Pos): never {
  const e = errorAt(ctx, 'SyntaxError', msg, p.line, p.col, p.endLine, p.endCol + 1);
  (e.info as { text: string | null }).text = null;
  throw e;
}

export function checkContext(module: Module, ctx: ErrorContext): void {
  checkDepth(module, ctx);
  for (const s of module.body) checkStmt(s, { fn: false, loop: false }, ctx);
}

/**
 * CPython 3.11's compiler gives up on trees nested deeper than about 3 × the recursion
 * limit (RecursionError "maximum recursion depth exceeded during compilation", e.g. a sum
 * of 5000 terms). memsnake stops at the same depth, with a SyntaxError (ParseError
 * carries only syntax errors), so no later recursive pass can overflow the JS stack.
 * The walk keeps its own stack.
 */
export const MAX_AST_DEPTH = 3000;

function checkDepth(module: Module, ctx: ErrorContext): void {
  const stack: [unknown, number][] = module.body.map((s) => [s, 1]);
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_AST_DEPTH) {
      fail(ctx, 'too many nested expressions (CPython: RecursionError: maximum recursion depth exceeded during compilation)', node as Pos);
    }
    for (const v of Object.values(node as object)) {
      if (Array.isArray(v)) {
        for (const x of v) if (x && typeof x === 'object') stack.push([x, depth + 1]);
      } else if (v && typeof v === 'object' && !(v instanceof Uint8Array)) {
        stack.push([v, depth + 1]);
      }
    }
  }
}

function checkBody(body: Stmt[], scope: Scope, ctx: ErrorContext): void {
  for (const s of body) checkStmt(s, scope, ctx);
}

function checkStmt(s: Stmt, scope: Scope, ctx: ErrorContext): void {
  switch (s.kind) {
    case 'FunctionDef':
      s.decoratorList.forEach((d) => checkExpr(d, scope, ctx));
      checkBody(s.body, { fn: true, loop: false }, ctx);
      return;
    case 'ClassDef':
      s.decoratorList.forEach((d) => checkExpr(d, scope, ctx));
      checkBody(s.body, { fn: false, loop: false }, ctx);
      return;
    case 'Return':
      if (!scope.fn) fail(ctx, "'return' outside function", s);
      if (s.value) checkExpr(s.value, scope, ctx);
      return;
    case 'Break':
      if (!scope.loop) fail(ctx, "'break' outside loop", s);
      return;
    case 'Continue':
      if (!scope.loop) fail(ctx, "'continue' not properly in loop", s);
      return;
    case 'Nonlocal':
      if (!scope.fn) fail(ctx, 'nonlocal declaration not allowed at module level', s);
      return;
    case 'For': case 'While':
      if (s.kind === 'For') checkExpr(s.iter, scope, ctx);
      else checkExpr(s.test, scope, ctx);
      checkBody(s.body, { ...scope, loop: true }, ctx);
      checkBody(s.orelse, scope, ctx);
      return;
    case 'If':
      checkExpr(s.test, scope, ctx);
      checkBody(s.body, scope, ctx);
      checkBody(s.orelse, scope, ctx);
      return;
    case 'With':
      s.items.forEach((i) => checkExpr(i.contextExpr, scope, ctx));
      checkBody(s.body, scope, ctx);
      return;
    case 'Try':
      checkBody(s.body, scope, ctx);
      s.handlers.forEach((h) => checkBody(h.body, scope, ctx));
      checkBody(s.orelse, scope, ctx);
      checkBody(s.finalbody, scope, ctx);
      return;
    case 'Expr':
      checkExpr(s.value, scope, ctx);
      return;
    case 'Assign': case 'AugAssign':
      checkExpr(s.value, scope, ctx);
      return;
    case 'AnnAssign':
      if (s.value) checkExpr(s.value, scope, ctx);
      return;
    default:
      return;
  }
}

/** Only looks for yield where it can appear without a new scope. */
function checkExpr(e: Expr, scope: Scope, ctx: ErrorContext): void {
  switch (e.kind) {
    case 'Yield': case 'YieldFrom':
      if (!scope.fn) fail(ctx, "'yield' outside function", e);
      if (e.value) checkExpr(e.value, scope, ctx);
      return;
    case 'Tuple': case 'List': case 'Set':
      e.elts.forEach((x) => checkExpr(x, scope, ctx));
      return;
    case 'BinOp':
      checkExpr(e.left, scope, ctx);
      checkExpr(e.right, scope, ctx);
      return;
    case 'Call':
      checkExpr(e.func, scope, ctx);
      e.args.forEach((x) => checkExpr(x, scope, ctx));
      e.keywords.forEach((k) => checkExpr(k.value, scope, ctx));
      return;
    case 'Starred': case 'Attribute':
      checkExpr(e.value, scope, ctx);
      return;
    default:
      return;
  }
}
