/**
 * Assignment and deletion targets.
 *
 * The grammar parses targets as ordinary expressions (as CPython's invalid_* rules do on
 * their second pass); here we set Store/Del contexts and report invalid targets with
 * CPython 3.11's messages (Parser/pegen_errors.c and the invalid_assignment,
 * invalid_named_expression, invalid_del_stmt, invalid_ann_assign_target rules of
 * Grammar/python.gram), naming the offending sub-expression as _PyPegen_get_expr_name does.
 */
import type { Expr, ExprContext } from './ast.js';
import { errorOver } from './state.js';

/** _PyPegen_get_expr_name: how messages name an expression kind. */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'symbol') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
export function invalidTarget(e: Expr, ctx: ExprContext): Expr | null {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript': return null;
    case 'Starred':
      return ctx === 'Del' ? e : invalidTarget(e.value, ctx);
    case 'List': case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, ctx);
        if (bad) return bad;
      }
      return null;
    case 'Compare':
      // `a < b in c = 1`: CPython blames the part after a leading `in` comparison.
      if (ctx === 'Store' && e.ops[0] === 'In') return invalidTarget(e.left, ctx);
      return e;
    default:
      return e;
  }
}

/** Sets `ctx` on a valid target tree (in place) and returns it. */
export function setContext(e: Expr, ctx: ExprContext): Expr {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      break;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      break;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      break;
  }
  return e;
}

/** A store target of `for`, `with ... as`, comprehensions and chained assignment. */
export function storeTarget(e: Expr): Expr {
  const bad = invalidTarget(e, 'Store');
  if (bad) errorOver(`cannot assign to ${exprName(bad)}`, bad);
  return setContext(e, 'Store');
}

export function delTarget(e: Expr): Expr {
  const bad = invalidTarget(e, 'Del');
  if (bad) errorOver(`cannot delete ${exprName(bad)}`, bad);
  return setContext(e, 'Del');
}

/**
 * Targets of `t1 = t2 = value`. A single invalid target assigned a simple value gets
 * invalid_named_expression's hint ("here. Maybe you meant '=='..."), as in CPython.
 */
export function assignTargets(targets: Expr[], value: Expr): Expr[] {
  for (const t of targets) {
    if (t.kind === 'Yield' || t.kind === 'YieldFrom') errorOver('assignment to yield expression not possible', t);
    const bad = invalidTarget(t, 'Store');
    if (!bad) continue;
    const hint = targets.length === 1 && bad === t && !['List', 'Tuple', 'GeneratorExp'].includes(t.kind)
      && !(t.kind === 'Constant' && (t.value === true || t.value === false || t.value === null))
      && isBitwiseOr(t) && isBitwiseOr(value);
    errorOver(`cannot assign to ${exprName(bad)}${hint ? " here. Maybe you meant '==' instead of '='?" : ''}`, bad);
  }
  return targets.map((t) => setContext(t, 'Store'));
}

/** Roughly CPython's `bitwise_or` rule: no comparison, not/and/or, lambda, if-else, tuple. */
function isBitwiseOr(e: Expr): boolean {
  return !['Compare', 'BoolOp', 'Lambda', 'IfExp', 'Tuple', 'Starred', 'Yield', 'YieldFrom', 'NamedExpr'].includes(e.kind)
    && !(e.kind === 'UnaryOp' && e.op === 'Not');
}

export function augTarget(e: Expr): Expr {
  if (e.kind === 'Name' || e.kind === 'Attribute' || e.kind === 'Subscript') return setContext(e, 'Store');
  errorOver(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
}

export function annTarget(e: Expr): Expr {
  if (e.kind === 'Name' || e.kind === 'Attribute' || e.kind === 'Subscript') return setContext(e, 'Store');
  if (e.kind === 'Tuple') errorOver('only single target (not tuple) can be annotated', e);
  if (e.kind === 'List') errorOver('only single target (not list) can be annotated', e);
  errorOver('illegal target for annotation', e);
}
