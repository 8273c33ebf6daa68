/**
 * Semantic actions for statements and parameter lists.
 *
 * A compound statement ends where its last body statement ends (CPython's positions),
 * not at the NEWLINE/DEDENT tokens the rule consumed, so those actions compute the end
 * from the last statement. Parameter-list checks use CPython's messages
 * (invalid_parameters, invalid_star_etc, invalid_kwds and the compiler's duplicate check).
 */
import type { Alias, Arg, Arguments, ExceptHandler, Expr, Pos, Stmt, WithItem } from './ast.js';
import { emptyArguments, seqItems, type Param } from './semantics-expr.js';
import { S, errorAtToken, errorOver, posOf, spanOf, tokEnd, tokStart } from './state.js';
import { annTarget, assignTargets, augTarget, delTarget, storeTarget } from './targets.js';
import { TOK } from './tokens.js';

type N = any;

const ast = (n: N): any => n.ast();
const opt = (it: N): N | undefined => it.children[0];
const name = (t: N): string => S.ts.values[tokStart(t)] as string;

const AUGOPS: Record<string, string> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '/=': 'Div', '//=': 'FloorDiv', '%=': 'Mod', '@=': 'MatMult',
  '&=': 'BitAnd', '|=': 'BitOr', '^=': 'BitXor', '>>=': 'RShift', '<<=': 'LShift', '**=': 'Pow',
};
const AUG_BY_CODE = new Map(Object.entries(AUGOPS).map(([s, op]) => [TOK[s as keyof typeof TOK], op]));

/** From the first token of `n` to the end of the last statement of `body`. */
function blockPos(n: N, body: Stmt[]): Pos {
  const a = spanOf(tokStart(n), tokStart(n) + 1);
  const last = body[body.length - 1];
  return { line: a.line, col: a.col, endLine: last.endLine, endCol: last.endCol };
}

function ifChain(clauses: { test: Expr; body: Stmt[]; node: N }[], orelse: Stmt[]): Stmt {
  let tail = orelse;
  let result: Stmt | null = null;
  for (let k = clauses.length - 1; k >= 0; k--) {
    const c = clauses[k];
    const lastBody = tail.length ? tail : c.body;
    result = { kind: 'If', test: c.test, body: c.body, orelse: tail, ...blockPos(c.node, lastBody) };
    tail = [result];
  }
  return result!;
}

export const stmtActions = {
  chunk(stmt: N, _end: N): Stmt[] { return ast(stmt); },
  evalInput(e: N, _nl: N, _end: N): Expr { return ast(e); },
  fieldExpr(e: N, _end: N): Expr { return ast(e); },
  stmt_compound(c: N): Stmt[] { return [ast(c)]; },
  simpleStmts(first: N, _s: N, rest: N, _t: N, _nl: N): Stmt[] {
    return [first, ...rest.children].map(ast);
  },
  exprStmt_ann(target: N, _c: N, ann: N, _eq: N, value: N): Stmt {
    const t: Expr = ast(target);
    if (t.kind === 'Tuple' && S.ts.text.charCodeAt(tokStart(target)) !== TOK['(']) {
      errorOver('only single target (not tuple) can be annotated', t.elts[0]);
    }
    const v = opt(value);
    const simple = t.kind === 'Name' && S.ts.text.charCodeAt(tokStart(target)) === TOK.NAME ? 1 : 0;
    return { kind: 'AnnAssign', target: annTarget(t) as any, annotation: ast(ann), value: v ? ast(v) : null, simple, ...posOf(this as N) };
  },
  exprStmt_aug(target: N, op: N, value: N): Stmt {
    const t = augTarget(ast(target));
    return { kind: 'AugAssign', target: t as any, op: AUG_BY_CODE.get(S.ts.text.charCodeAt(tokStart(op))) as any, value: ast(value), ...posOf(this as N) };
  },
  exprStmt_assign(first: N, _eq: N, rest: N): Stmt {
    const p = posOf(this as N);
    if (rest.children.length === 0) return { kind: 'Expr', value: ast(first), ...p };
    const all: Expr[] = [first, ...rest.children].map(ast);
    const value = all.pop()!;
    return { kind: 'Assign', targets: assignTargets(all, value), value, ...p };
  },
  passStmt(_p: N): Stmt { return { kind: 'Pass', ...posOf(this as N) }; },
  breakStmt(_b: N): Stmt { return { kind: 'Break', ...posOf(this as N) }; },
  continueStmt(_c: N): Stmt { return { kind: 'Continue', ...posOf(this as N) }; },
  returnStmt(_r: N, e: N): Stmt {
    const v = opt(e);
    return { kind: 'Return', value: v ? ast(v) : null, ...posOf(this as N) };
  },
  raiseStmt(_r: N, exc: N, _f: N, cause: N): Stmt {
    const e = opt(exc);
    const c = opt(cause) && opt(opt(cause));
    return { kind: 'Raise', exc: e ? ast(e) : null, cause: c ? ast(c) : null, ...posOf(this as N) };
  },
  globalStmt(_g: N, first: N, _c: N, rest: N): Stmt {
    return { kind: 'Global', names: [first, ...rest.children].map(name), ...posOf(this as N) };
  },
  nonlocalStmt(_g: N, first: N, _c: N, rest: N): Stmt {
    return { kind: 'Nonlocal', names: [first, ...rest.children].map(name), ...posOf(this as N) };
  },
  delStmt(_d: N, targets: N): Stmt {
    const [first, , rest, trailing] = targets.children;
    const { elts } = seqItems(first, rest, trailing);
    return { kind: 'Delete', targets: elts.map(delTarget), ...posOf(this as N) };
  },
  assertStmt(_a: N, test: N, _c: N, msg: N): Stmt {
    const m = opt(msg);
    return { kind: 'Assert', test: ast(test), msg: m ? ast(m) : null, ...posOf(this as N) };
  },
  importStmt(_i: N, first: N, _c: N, rest: N): Stmt {
    return { kind: 'Import', names: [first, ...rest.children].map(ast), ...posOf(this as N) };
  },
  dottedAsName(dotted: N, _as: N, asname: N): Alias {
    const a = opt(asname);
    return { name: ast(dotted), asname: a ? name(a) : null, ...posOf(this as N) };
  },
  dottedName(first: N, _d: N, rest: N): string {
    return [first, ...rest.children].map(name).join('.');
  },
  fromStmt_named(_f: N, dots: N, module: N, _i: N, targets: N): Stmt {
    return { kind: 'ImportFrom', module: ast(module), names: ast(targets), level: level(dots), ...posOf(this as N) };
  },
  fromStmt_relative(_f: N, dots: N, _i: N, targets: N): Stmt {
    return { kind: 'ImportFrom', module: null, names: ast(targets), level: level(dots), ...posOf(this as N) };
  },
  importTargets_star(_s: N): Alias[] { return [{ name: '*', asname: null, ...posOf(this as N) }]; },
  importTargets_parens(_o: N, first: N, _c: N, rest: N, _t: N, _close: N): Alias[] {
    return [first, ...rest.children].map(ast);
  },
  importTargets_plain(first: N, _c: N, rest: N): Alias[] { return [first, ...rest.children].map(ast); },
  importAsName(n: N, _as: N, asname: N): Alias {
    const a = opt(asname);
    return { name: name(n), asname: a ? name(a) : null, ...posOf(this as N) };
  },
  ifStmt(_if: N, test: N, _c: N, block: N, elifs: N, orelse: N): Stmt {
    const clauses = [{ test: ast(test), body: ast(block), node: this as N }];
    for (const e of elifs.children) clauses.push({ test: ast(e.children[1]), body: ast(e.children[3]), node: e });
    const o = opt(orelse);
    return ifChain(clauses, o ? ast(o) : []);
  },
  elseClause(_e: N, _c: N, block: N): Stmt[] { return ast(block); },
  whileStmt(_w: N, test: N, _c: N, block: N, orelse: N): Stmt {
    const body: Stmt[] = ast(block);
    const o: Stmt[] = opt(orelse) ? ast(opt(orelse)) : [];
    return { kind: 'While', test: ast(test), body, orelse: o, ...blockPos(this, o.length ? o : body) };
  },
  forStmt(_f: N, target: N, _in: N, iter: N, _c: N, block: N, orelse: N): Stmt {
    const body: Stmt[] = ast(block);
    const o: Stmt[] = opt(orelse) ? ast(opt(orelse)) : [];
    return { kind: 'For', target: storeTarget(ast(target)), iter: ast(iter), body, orelse: o, ...blockPos(this, o.length ? o : body) };
  },
  tryStmt_handlers(_t: N, _c: N, block: N, handlers: N, orelse: N, fin: N): Stmt {
    const hs: ExceptHandler[] = handlers.children.map(ast);
    const o: Stmt[] = opt(orelse) ? ast(opt(orelse)) : [];
    const f: Stmt[] = opt(fin) ? ast(opt(fin)) : [];
    const last = f.length ? f : o.length ? o : [hs[hs.length - 1] as unknown as Stmt];
    return { kind: 'Try', body: ast(block), handlers: hs, orelse: o, finalbody: f, ...blockPos(this, last) };
  },
  tryStmt_finally(_t: N, _c: N, block: N, fin: N): Stmt {
    const f: Stmt[] = ast(fin);
    return { kind: 'Try', body: ast(block), handlers: [], orelse: [], finalbody: f, ...blockPos(this, f) };
  },
  exceptClause(_e: N, type: N, _as: N, asname: N, _c: N, block: N): ExceptHandler {
    const t = opt(type);
    const n = opt(asname) && opt(opt(asname));
    const body: Stmt[] = ast(block);
    return { type: t ? ast(t) : null, name: n ? name(n) : null, body, ...blockPos(this, body) };
  },
  finallyClause(_f: N, _c: N, block: N): Stmt[] { return ast(block); },
  withStmt_parens(_w: N, _o: N, first: N, _c: N, rest: N, _t: N, _close: N, _colon: N, block: N): Stmt {
    const body: Stmt[] = ast(block);
    return { kind: 'With', items: [first, ...rest.children].map(ast), body, ...blockPos(this, body) };
  },
  withStmt_plain(_w: N, first: N, _c: N, rest: N, _colon: N, block: N): Stmt {
    const body: Stmt[] = ast(block);
    return { kind: 'With', items: [first, ...rest.children].map(ast), body, ...blockPos(this, body) };
  },
  withItem(test: N, _as: N, target: N): WithItem {
    const t = opt(target);
    return { contextExpr: ast(test), optionalVars: t ? storeTarget(ast(t)) : null };
  },
  funcDef(_d: N, n: N, _o: N, params: N, _c: N, _arrow: N, returns: N, _colon: N, block: N): Stmt {
    const p = opt(params);
    const r = opt(returns);
    const body: Stmt[] = ast(block);
    return {
      kind: 'FunctionDef', name: name(n), args: p ? ast(p) : emptyArguments(), body, decoratorList: [],
      returns: r ? ast(r) : null, ...blockPos(this, body),
    };
  },
  classDef(_c: N, n: N, _o: N, args: N, _close: N, _colon: N, block: N): Stmt {
    const a = opt(args) && opt(opt(args));
    const call = a ? ast(a) : { args: [], keywords: [] };
    const body: Stmt[] = ast(block);
    return { kind: 'ClassDef', name: name(n), bases: call.args, keywords: call.keywords, body, decoratorList: [], ...blockPos(this, body) };
  },
  decorated(decorators: N, def: N): Stmt {
    const d = ast(def);
    d.decoratorList = decorators.children.map(ast);
    return d;
  },
  decorator(_at: N, e: N, _nl: N): Expr { return ast(e); },
  block_indented(_nl: N, _i: N, stmts: N, _d: N): Stmt[] { return stmts.children.flatMap(ast); },
  paramList(first: N, _c: N, rest: N, _t: N): Arguments {
    return assembleArguments([first, ...rest.children].map((n: N) => ast(n)));
  },
  param_plain(n: N, _c: N, ann: N, _e: N, dflt: N): Param {
    return { kind: 'plain', arg: arg(n, ann, this), dflt: opt(dflt) ? ast(opt(dflt)) : null, tok: tokStart(n) };
  },
  param_kwargs(_s: N, n: N, _c: N, ann: N): Param {
    return { kind: 'kwargs', arg: arg(n, ann, null), dflt: null, tok: tokStart(this as N) };
  },
  param_star(_s: N, n: N, _c: N, ann: N): Param {
    const nm = opt(n);
    return { kind: 'star', arg: nm ? arg(nm, opt(ann), null) : null, dflt: null, tok: tokStart(this as N) };
  },
  param_slash(_s: N): Param { return { kind: 'slash', arg: null, dflt: null, tok: tokStart(this as N) }; },
  lambdaParams(first: N, _c: N, rest: N, _t: N): Arguments {
    return assembleArguments([first, ...rest.children].map((n: N) => ast(n)));
  },
  lambdaParam_plain(n: N, _e: N, dflt: N): Param {
    return { kind: 'plain', arg: arg(n, null, null), dflt: opt(dflt) ? ast(opt(dflt)) : null, tok: tokStart(n) };
  },
  lambdaParam_kwargs(_s: N, n: N): Param { return { kind: 'kwargs', arg: arg(n, null, null), dflt: null, tok: tokStart(this as N) }; },
  lambdaParam_star(_s: N, n: N): Param {
    const nm = opt(n);
    return { kind: 'star', arg: nm ? arg(nm, null, null) : null, dflt: null, tok: tokStart(this as N) };
  },
  lambdaParam_slash(_s: N): Param { return { kind: 'slash', arg: null, dflt: null, tok: tokStart(this as N) }; },
};

function level(dots: N): number {
  return dots.children.reduce((n: number, d: N) => n + (S.ts.text.charCodeAt(tokStart(d)) === TOK['...'] ? 3 : 1), 0);
}

/** An `arg` node: the name through its annotation (CPython's span). */
function arg(n: N, annIter: N | null, _whole: N | null): Arg {
  const a = annIter ? (annIter.children ? opt(annIter) : annIter) : undefined;
  const annotation: Expr | null = a ? ast(a) : null;
  const end = a ? tokEnd(a) : tokEnd(n);
  return { arg: name(n), annotation, ...spanOf(tokStart(n), end) };
}

/** Orders parameters into Arguments, with CPython's messages for bad orders. */
function assembleArguments(params: Param[]): Arguments {
  const out = emptyArguments();
  let seenSlash = false;
  let seenStar = false;
  let seenKwargs = false;
  let seenDefault = false;
  const names = new Set<string>();
  params.forEach((p, k) => {
    if (seenKwargs) errorAtToken('arguments cannot follow var-keyword argument', p.tok);
    if (p.arg) {
      if (names.has(p.arg.arg)) errorOver(`duplicate argument '${p.arg.arg}' in function definition`, p.arg, false);
      names.add(p.arg.arg);
    }
    switch (p.kind) {
      case 'slash':
        if (seenSlash) errorAtToken('/ may appear only once', p.tok);
        if (seenStar) errorAtToken('/ must be ahead of *', p.tok);
        if (k === 0) errorAtToken('at least one argument must precede /', p.tok);
        seenSlash = true;
        out.posonlyargs = out.args;
        out.args = [];
        break;
      case 'star':
        if (seenStar) errorAtToken('* argument may appear only once', p.tok);
        seenStar = true;
        if (p.arg) out.vararg = p.arg;
        else if (k === params.length - 1 || params[k + 1].kind === 'kwargs') errorAtToken('named arguments must follow bare *', p.tok);
        break;
      case 'kwargs':
        seenKwargs = true;
        out.kwarg = p.arg;
        break;
      default:
        if (seenStar) {
          out.kwonlyargs.push(p.arg!);
          out.kwDefaults.push(p.dflt);
        } else {
          if (p.dflt) {
            seenDefault = true;
            out.defaults.push(p.dflt);
          } else if (seenDefault) {
            errorOver('non-default argument follows default argument', p.arg!);
          }
          out.args.push(p.arg!);
        }
    }
  });
  return out;
}
