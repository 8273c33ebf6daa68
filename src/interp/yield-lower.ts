/**
 * Lowering of `yield` inside expressions, for the generator-mode compiler (compile-gen.ts).
 *
 * A generator body runs as a JS generator function, and JS can only suspend at a `yield`
 * written in a generator function. Rather than give every kind of expression a second,
 * suspendable compiled form, this pass rewrites each statement of a generator body so
 * that every `yield` is a statement of one of two shapes:
 *
 *     yield v                 (an expression statement; the sent value is dropped)
 *     targets = yield v       (an assignment; `yield from` alike)
 *
 * with `v` free of yields. Whatever an expression evaluated before a `yield` inside it
 * (CPython keeps it on the value stack across the suspension) is spilled into a hidden
 * temporary slot `.yN` first, in evaluation order, so `f(a(), (yield), b())` still calls
 * `a()` before suspending and `b()` after. Short-circuit forms (`and`, `or`, `x if c else
 * y`) become `if` statements assigning a temporary. Temporaries are cleared (quietly, see
 * ClearTemps) as soon as the statement that needed them has used them, so they hold no
 * reference longer than CPython's value stack would.
 *
 * Invariants: lowering changes nothing in a statement without a yield of its own scope;
 * it never descends into nested function, lambda or class bodies, nor into a
 * comprehension beyond its first iterable (the only part evaluated in this scope);
 * temporaries are numbered from 0 for each statement and are dead before any nested
 * statement runs, so nested statements may reuse the numbers.
 */

import type * as A from '../parse/ast.js';
import { ParseError } from '../parse/ast.js';

/** A statement the lowering adds: unbinds temporaries, tolerating unbound ones. */
export interface ClearTemps extends A.Pos {
  kind: 'Delete';
  targets: A.Name[];
  clearTemps: true;
}

export function isClearTemps(st: A.Stmt): st is ClearTemps & A.Delete {
  return st.kind === 'Delete' && (st as Partial<ClearTemps>).clearTemps === true;
}

/** Whether e (in this scope) contains a yield. */
export function exprHasYield(e: A.Expr | null): boolean {
  if (e === null) return false;
  switch (e.kind) {
    case 'Yield': case 'YieldFrom': return true;
    case 'Lambda': return false;
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
      return exprHasYield(e.generators[0].iter);
    case 'Name': case 'Constant': return false;
    default: return children(e).some((c) => exprHasYield(c));
  }
}

/** Whether a statement has a yield of this scope anywhere (sub-blocks included). */
export function stmtHasYield(st: A.Stmt): boolean {
  switch (st.kind) {
    case 'If': case 'While':
      return exprHasYield(st.test) || st.body.some(stmtHasYield) || st.orelse.some(stmtHasYield);
    case 'For':
      return exprHasYield(st.iter) || exprHasYield(st.target) || st.body.some(stmtHasYield) || st.orelse.some(stmtHasYield);
    case 'Try':
      return st.body.some(stmtHasYield) || st.orelse.some(stmtHasYield) || st.finalbody.some(stmtHasYield)
        || st.handlers.some((h) => exprHasYield(h.type) || h.body.some(stmtHasYield));
    case 'With':
      return st.items.some((i) => exprHasYield(i.contextExpr) || exprHasYield(i.optionalVars)) || st.body.some(stmtHasYield);
    default:
      return ownExprs(st).some((e) => exprHasYield(e));
  }
}

/** The expressions a simple statement evaluates in this scope. */
function ownExprs(st: A.Stmt): A.Expr[] {
  switch (st.kind) {
    case 'Expr': return [st.value];
    case 'Assign': return [st.value, ...st.targets];
    case 'AugAssign': return [st.target, st.value];
    case 'AnnAssign': return [st.target, st.annotation, ...(st.value ? [st.value] : [])];
    case 'Return': return st.value ? [st.value] : [];
    case 'Delete': return st.targets;
    case 'Raise': return [...(st.exc ? [st.exc] : []), ...(st.cause ? [st.cause] : [])];
    case 'Assert': return [st.test, ...(st.msg ? [st.msg] : [])];
    case 'FunctionDef':
      return [...st.decoratorList, ...st.args.defaults, ...st.args.kwDefaults.filter((d): d is A.Expr => d !== null), ...(st.returns ? [st.returns] : [])];
    case 'ClassDef': return [...st.decoratorList, ...st.bases, ...st.keywords.map((k) => k.value)];
    default: return [];
  }
}

/** Direct sub-expressions of e, in CPython's evaluation order. */
function children(e: A.Expr): A.Expr[] {
  switch (e.kind) {
    case 'BoolOp': return e.values;
    case 'NamedExpr': return [e.value];
    case 'BinOp': return [e.left, e.right];
    case 'UnaryOp': return [e.operand];
    case 'IfExp': return [e.test, e.body, e.orelse];
    case 'Dict': {
      const out: A.Expr[] = [];
      e.keys.forEach((k, i) => {
        if (k) out.push(k);
        out.push(e.values[i]);
      });
      return out;
    }
    case 'Set': case 'List': case 'Tuple': return e.elts;
    case 'Compare': return [e.left, ...e.comparators];
    case 'Call': return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'FormattedValue': return e.formatSpec ? [e.value, e.formatSpec] : [e.value];
    case 'JoinedStr': return e.values;
    case 'Attribute': return [e.value];
    case 'Subscript': return [e.value, e.slice];
    case 'Starred': return [e.value];
    case 'Slice': return [e.lower, e.upper, e.step].filter((x): x is A.Expr => x !== null);
    case 'Yield': return e.value ? [e.value] : [];
    case 'YieldFrom': return [e.value];
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': return [e.generators[0].iter];
    default: return [];
  }
}

/** Rebuilds e with its direct sub-expressions replaced (same order as `children`). */
function withChildren(e: A.Expr, cs: A.Expr[]): A.Expr {
  let i = 0;
  const next = (): A.Expr => cs[i++];
  switch (e.kind) {
    case 'BoolOp': return { ...e, values: e.values.map(next) };
    case 'NamedExpr': return { ...e, value: next() };
    case 'BinOp': return { ...e, left: next(), right: next() };
    case 'UnaryOp': return { ...e, operand: next() };
    case 'IfExp': return { ...e, test: next(), body: next(), orelse: next() };
    case 'Dict': {
      const keys: (A.Expr | null)[] = [];
      const values: A.Expr[] = [];
      e.keys.forEach((k) => {
        keys.push(k ? next() : null);
        values.push(next());
      });
      return { ...e, keys, values };
    }
    case 'Set': return { ...e, elts: e.elts.map(next) };
    case 'List': return { ...e, elts: e.elts.map(next) };
    case 'Tuple': return { ...e, elts: e.elts.map(next) };
    case 'Compare': return { ...e, left: next(), comparators: e.comparators.map(next) };
    case 'Call': return { ...e, func: next(), args: e.args.map(next), keywords: e.keywords.map((k) => ({ ...k, value: next() })) };
    case 'FormattedValue': return { ...e, value: next(), formatSpec: e.formatSpec ? (next() as A.JoinedStr) : null };
    case 'JoinedStr': return { ...e, values: e.values.map(() => next() as A.Constant | A.FormattedValue) };
    case 'Attribute': return { ...e, value: next() };
    case 'Subscript': return { ...e, value: next(), slice: next() };
    case 'Starred': return { ...e, value: next() };
    case 'Slice': return { ...e, lower: e.lower ? next() : null, upper: e.upper ? next() : null, step: e.step ? next() : null };
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
      return { ...e, generators: [{ ...e.generators[0], iter: next() }, ...e.generators.slice(1)] } as A.Expr;
    default: return e;
  }
}

/**
 * Lowers a generator body. `tempName(i)` returns the name of temporary i, creating its
 * frame slot on first use.
 */
export function lowerGeneratorBody(body: A.Stmt[], tempName: (i: number) => string, filename: string, lines: string[]): A.Stmt[] {
  return new Lowering(tempName, filename, lines).block(body);
}

class Lowering {
  private ntemps = 0;
  constructor(
    private readonly tempName: (i: number) => string,
    private readonly filename: string,
    private readonly lines: string[],
  ) {}

  block(body: A.Stmt[]): A.Stmt[] {
    if (!body.some(stmtHasYield)) return body;
    const out: A.Stmt[] = [];
    for (const st of body) {
      if (!stmtHasYield(st)) out.push(st);
      else this.stmt(st, out);
    }
    return out;
  }

  private unsupported(node: A.Pos, what: string): never {
    throw new ParseError({
      type: 'SyntaxError', msg: `${what} is not supported by memsnake`, filename: this.filename,
      lineno: node.line, offset: node.col + 1, endOffset: node.endCol + 1, endLineno: node.endLine,
      text: this.lines[node.line - 1] ?? null,
    });
  }

  private temp(at: A.Pos, ctx: A.ExprContext): A.Name {
    const id = this.tempName(this.ntemps++);
    return { kind: 'Name', id, ctx, line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol };
  }

  private clear(from: number, at: A.Pos): A.Stmt[] {
    if (this.ntemps === from) return [];
    const targets: A.Name[] = [];
    for (let i = from; i < this.ntemps; i++) targets.push({ kind: 'Name', id: this.tempName(i), ctx: 'Del', ...pos(at) });
    const c: ClearTemps = { kind: 'Delete', targets, clearTemps: true, ...pos(at) };
    return [c as A.Stmt];
  }

  /** Appends the lowered form of st (which contains a yield) to out. */
  private stmt(st: A.Stmt, out: A.Stmt[]): void {
    this.ntemps = 0;
    switch (st.kind) {
      case 'Expr': {
        if (isLeafYield(st.value)) {
          out.push(st);
          return;
        }
        const v = this.expr(st.value, out);
        out.push({ ...st, value: v }, ...this.clear(0, st));
        return;
      }
      case 'Assign': {
        if (st.targets.some((t) => exprHasYield(t))) this.unsupported(st, "'yield' inside an assignment target");
        if (isLeafYield(st.value)) {
          out.push(st);
          return;
        }
        const v = this.expr(st.value, out);
        out.push({ ...st, value: v }, ...this.clear(0, st));
        return;
      }
      case 'AugAssign': {
        if (exprHasYield(st.target)) this.unsupported(st, "'yield' inside an assignment target");
        const v = this.spill(this.expr(st.value, out), out);
        out.push({ ...st, value: v }, ...this.clear(0, st));
        return;
      }
      case 'AnnAssign': {
        if (exprHasYield(st.target) || exprHasYield(st.annotation)) this.unsupported(st, "'yield' inside an annotation");
        const v = this.expr(st.value!, out);
        out.push({ ...st, value: v }, ...this.clear(0, st));
        return;
      }
      case 'Return': {
        out.push({ ...st, value: this.expr(st.value!, out) });
        return;
      }
      case 'Raise': {
        const exc = st.exc ? this.expr(st.exc, out) : null;
        const cause = st.cause ? this.expr(st.cause, out) : null;
        out.push({ ...st, exc, cause });
        return;
      }
      case 'Assert': {
        const test = this.expr(st.test, out);
        if (exprHasYield(st.msg)) this.unsupported(st, "'yield' inside an assert message");
        out.push({ ...st, test });
        return;
      }
      case 'Delete': this.unsupported(st, "'yield' inside a del target");
      // falls through (unsupported throws)
      case 'If': {
        const test = this.expr(st.test, out);
        const clear = this.clear(0, st.test);
        const body = [...clear, ...this.block(st.body)];
        const orelse = [...clear, ...this.block(st.orelse)];
        out.push({ ...st, test, body, orelse });
        return;
      }
      case 'While': {
        if (!exprHasYield(st.test)) {
          out.push({ ...st, body: this.block(st.body), orelse: this.block(st.orelse) });
          return;
        }
        if (st.orelse.length > 0) this.unsupported(st, "'while ... else' with 'yield' in its condition");
        // while C: B  ==>  while True: <prelude of C>; if not C': break; B
        const prelude: A.Stmt[] = [];
        const test = this.expr(st.test, prelude);
        const clear = this.clear(0, st.test);
        const brk: A.Stmt = { kind: 'Break', ...pos(st.test) };
        const notTest: A.Expr = { kind: 'UnaryOp', op: 'Not', operand: test, ...pos(st.test) };
        const check: A.If = { kind: 'If', test: notTest, body: [...clear, brk], orelse: [], ...pos(st.test) };
        const always: A.Constant = { kind: 'Constant', value: true, ...pos(st.test) };
        out.push({ ...st, test: always, body: [...prelude, check, ...clear, ...this.block(st.body)], orelse: [] });
        return;
      }
      case 'For': {
        if (exprHasYield(st.target)) this.unsupported(st, "'yield' inside a for target");
        const iter = exprHasYield(st.iter) ? this.expr(st.iter, out) : st.iter;
        out.push({ ...st, iter, body: this.block(st.body), orelse: this.block(st.orelse) });
        return;
      }
      case 'Try': {
        if (st.handlers.some((h) => exprHasYield(h.type))) this.unsupported(st, "'yield' inside an except clause's type");
        out.push({
          ...st, body: this.block(st.body), orelse: this.block(st.orelse), finalbody: this.block(st.finalbody),
          handlers: st.handlers.map((h) => ({ ...h, body: this.block(h.body) })),
        });
        return;
      }
      case 'With': {
        const [first, ...rest] = st.items;
        if (rest.length > 0) {
          // `with a, b: B` is `with a: with b: B`; each item's context is evaluated after
          // the previous one has been entered.
          const inner: A.With = { ...st, items: rest };
          this.stmt({ ...st, items: [first], body: [inner] }, out);
          return;
        }
        if (exprHasYield(first.optionalVars)) this.unsupported(st, "'yield' inside a with target");
        if (!exprHasYield(first.contextExpr)) {
          out.push({ ...st, body: this.block(st.body) });
          return;
        }
        const ctx = this.expr(first.contextExpr, out);
        const clear = this.clear(0, first.contextExpr);
        out.push({ ...st, items: [{ ...first, contextExpr: ctx }], body: [...clear, ...this.block(st.body)] });
        return;
      }
      case 'FunctionDef': case 'ClassDef':
        this.unsupported(st, "'yield' inside a decorator, default or base");
      // falls through (unsupported throws)
      default:
        this.unsupported(st, "'yield' here");
    }
  }

  /**
   * Emits into `out` what must run before e's value can be computed without suspending,
   * and returns the residual expression (yield-free).
   */
  private expr(e: A.Expr, out: A.Stmt[]): A.Expr {
    if (!exprHasYield(e)) return e;
    switch (e.kind) {
      case 'Yield': case 'YieldFrom': {
        const inner = e.kind === 'Yield' ? e.value : e.value;
        const v = inner ? this.expr(inner, out) : null;
        const y: A.Expr = e.kind === 'Yield' ? { ...e, value: v } : { ...e, value: v! };
        const t = this.temp(e, 'Store');
        out.push({ kind: 'Assign', targets: [t], value: y, ...pos(e) });
        return { ...t, ctx: 'Load' };
      }
      case 'BoolOp': return this.boolOp(e, out);
      case 'IfExp': {
        const test = this.expr(e.test, out);
        const t = this.temp(e, 'Store');
        const arm = (x: A.Expr): A.Stmt[] => {
          const body: A.Stmt[] = [];
          const v = this.expr(x, body);
          body.push({ kind: 'Assign', targets: [t], value: v, ...pos(x) });
          return body;
        };
        out.push({ kind: 'If', test, body: arm(e.body), orelse: arm(e.orelse), ...pos(e) });
        return { ...t, ctx: 'Load' };
      }
      case 'Compare':
        if (e.comparators.slice(1).some((c) => exprHasYield(c))) this.unsupported(e, "'yield' inside a chained comparison");
        break;
      case 'NamedExpr': return { ...e, value: this.expr(e.value, out) };
      default: break;
    }
    const cs = children(e);
    let last = -1;
    for (let i = 0; i < cs.length; i++) if (exprHasYield(cs[i])) last = i;
    const lowered = cs.map((c, i) => {
      if (i > last) return c;
      const r = this.expr(c, out);
      return i < last ? this.spill(r, out) : r;
    });
    return withChildren(e, lowered);
  }

  /** `a or b`: `t = a; if not t: t = b` (and the like for `and`), suspending inside b. */
  private boolOp(e: A.BoolOp, out: A.Stmt[]): A.Expr {
    const t = this.temp(e, 'Store');
    const load: A.Name = { ...t, ctx: 'Load' };
    const first = this.expr(e.values[0], out);
    out.push({ kind: 'Assign', targets: [t], value: first, ...pos(e.values[0]) });
    let tail = out;
    for (const v of e.values.slice(1)) {
      const body: A.Stmt[] = [];
      const r = this.expr(v, body);
      body.push({ kind: 'Assign', targets: [t], value: r, ...pos(v) });
      const test: A.Expr = e.op === 'And' ? load : { kind: 'UnaryOp', op: 'Not', operand: load, ...pos(v) };
      const ifs: A.If = { kind: 'If', test, body, orelse: [], ...pos(v) };
      tail.push(ifs);
      tail = body;
    }
    return load;
  }

  /** Saves an already-lowered operand in a temporary unless it is a constant or temporary. */
  private spill(e: A.Expr, out: A.Stmt[]): A.Expr {
    if (e.kind === 'Constant') return e;
    if (e.kind === 'Name' && e.id.startsWith('.y')) return e;
    if (e.kind === 'Starred') return { ...e, value: this.spill(e.value, out) };
    const t = this.temp(e, 'Store');
    out.push({ kind: 'Assign', targets: [t], value: e, ...pos(e) });
    return { ...t, ctx: 'Load' };
  }
}

function isLeafYield(e: A.Expr): boolean {
  if (e.kind === 'Yield') return !exprHasYield(e.value);
  if (e.kind === 'YieldFrom') return !exprHasYield(e.value);
  return false;
}

function pos(p: A.Pos): A.Pos {
  return { line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
}
