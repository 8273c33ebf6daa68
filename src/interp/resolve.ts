/**
 * The resolver: CPython's symtable pass (Python/symtable.c) in small. Before anything
 * runs, every scope (module, class body, function, lambda, comprehension) learns which
 * names are its locals, which are cells (locals captured by an inner function), which are
 * free (captured from an enclosing function) and which are global; every Name node gets
 * `scope` and `slot`, so the evaluator never looks a local up by string.
 *
 * Frame slot order is CPython 3.11's localsplus order, which is also the order a frame
 * releases its slots on return: parameters, then other locals in order of first
 * appearance, then cell variables that are not locals, then free variables.
 */

import type * as A from '../parse/ast.js';
import { ParseError } from '../parse/ast.js';

export type ScopeKind = 'module' | 'class' | 'function';

export class Scope {
  /** name → how it was seen in this scope. */
  readonly assigned = new Set<string>();
  readonly used = new Set<string>();
  readonly params: string[] = [];
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  /** Names in order of first appearance (assignment or use). */
  readonly order: string[] = [];
  readonly children: Scope[] = [];
  /** Final classification. */
  readonly cells = new Set<string>();
  readonly frees = new Set<string>();
  /** localsplus names (slots). */
  slots: string[] = [];
  slotOf = new Map<string, number>();
  isGenerator = false;
  hasVarargs = false;
  hasKwargs = false;
  /** Class scope: a method uses super() or __class__, so the class needs a __class__ cell. */
  needsClassCell = false;
  /** Function defined directly in a class body (for super()). */
  inClass = false;

  constructor(readonly kind: ScopeKind, readonly name: string, readonly parent: Scope | null, readonly node: unknown) {}

  note(name: string): void {
    if (!this.assigned.has(name) && !this.used.has(name)) this.order.push(name);
  }
  bind(name: string): void {
    this.note(name);
    this.assigned.add(name);
  }
  use(name: string): void {
    this.note(name);
    this.used.add(name);
  }

  /** How a name is accessed from this scope. */
  classify(name: string): A.NameScope {
    if (this.kind === 'module') return 'name';
    if (this.globals.has(name)) return 'global';
    if (this.kind === 'class') {
      if (this.frees.has(name) && !this.assigned.has(name)) return 'free';
      return 'name';
    }
    if (this.cells.has(name)) return 'cell';
    if (this.frees.has(name)) return 'free';
    if (this.assigned.has(name) || this.params.includes(name)) return 'fast';
    return 'global';
  }
}

function syntaxError(msg: string, node: A.Pos, filename: string, source: string[]): never {
  throw new ParseError({
    type: 'SyntaxError', msg, filename, lineno: node.line, offset: node.col + 1,
    endOffset: node.endCol + 1, endLineno: node.endLine, text: source[node.line - 1] ?? null,
  });
}

/** Collects names per scope and builds the scope tree. Mutates nothing in the AST yet. */
class Collector {
  constructor(readonly filename: string, readonly lines: string[]) {}

  module(m: A.Module): Scope {
    const s = new Scope('module', '<module>', null, m);
    this.stmts(m.body, s);
    return s;
  }

  stmts(body: A.Stmt[], s: Scope): void {
    for (const st of body) this.stmt(st, s);
  }

  target(t: A.Expr, s: Scope): void {
    switch (t.kind) {
      case 'Name': s.bind(t.id); break;
      case 'Tuple': case 'List': for (const e of t.elts) this.target(e, s); break;
      case 'Starred': this.target(t.value, s); break;
      default: this.expr(t, s);
    }
  }

  args(a: A.Arguments, s: Scope): void {
    // Defaults and annotations are evaluated in the enclosing scope.
    for (const d of a.defaults) this.expr(d, s);
    for (const d of a.kwDefaults) if (d) this.expr(d, s);
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
      if (p && p.annotation) this.expr(p.annotation, s);
    }
  }

  funcScope(name: string, a: A.Arguments, parent: Scope, node: unknown): Scope {
    const fs = new Scope('function', name, parent, node);
    parent.children.push(fs);
    fs.inClass = parent.kind === 'class';
    const seen = new Set<string>();
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of all) {
      if (seen.has(p.arg)) syntaxError(`duplicate argument '${p.arg}' in function definition`, p, this.filename, this.lines);
      seen.add(p.arg);
    }
    // Slot order: positional, then keyword-only, then *args, then **kwargs (co_varnames).
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) fs.params.push(p.arg);
    if (a.vararg) {
      fs.params.push(a.vararg.arg);
      fs.hasVarargs = true;
    }
    if (a.kwarg) {
      fs.params.push(a.kwarg.arg);
      fs.hasKwargs = true;
    }
    for (const p of fs.params) fs.bind(p);
    return fs;
  }

  stmt(st: A.Stmt, s: Scope): void {
    switch (st.kind) {
      case 'FunctionDef': {
        for (const d of st.decoratorList) this.expr(d, s);
        this.args(st.args, s);
        if (st.returns) this.expr(st.returns, s);
        s.bind(st.name);
        const fs = this.funcScope(st.name, st.args, s, st);
        st.scope = fs;
        this.stmts(st.body, fs);
        break;
      }
      case 'ClassDef': {
        for (const d of st.decoratorList) this.expr(d, s);
        for (const b of st.bases) this.expr(b, s);
        for (const k of st.keywords) this.expr(k.value, s);
        s.bind(st.name);
        const cs = new Scope('class', st.name, s, st);
        s.children.push(cs);
        st.scope = cs;
        this.stmts(st.body, cs);
        break;
      }
      case 'Return':
        if (s.kind !== 'function') syntaxError("'return' outside function", st, this.filename, this.lines);
        if (st.value) this.expr(st.value, s);
        break;
      case 'Delete': for (const t of st.targets) this.target(t, s); break;
      case 'Assign':
        this.expr(st.value, s);
        for (const t of st.targets) this.target(t, s);
        break;
      case 'AugAssign':
        if (st.target.kind === 'Name') {
          s.use(st.target.id);
          s.bind(st.target.id);
        } else this.expr(st.target, s);
        this.expr(st.value, s);
        break;
      case 'AnnAssign':
        if (st.value) this.expr(st.value, s);
        if (st.target.kind === 'Name') s.bind(st.target.id);
        else this.expr(st.target, s);
        if (s.kind !== 'function') this.expr(st.annotation, s);
        break;
      case 'For':
        this.expr(st.iter, s);
        this.target(st.target, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        break;
      case 'While':
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        break;
      case 'If':
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        break;
      case 'With':
        for (const it of st.items) {
          this.expr(it.contextExpr, s);
          if (it.optionalVars) this.target(it.optionalVars, s);
        }
        this.stmts(st.body, s);
        break;
      case 'Raise':
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        break;
      case 'Try':
        this.stmts(st.body, s);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s);
          if (h.name) s.bind(h.name);
          this.stmts(h.body, s);
        }
        this.stmts(st.orelse, s);
        this.stmts(st.finalbody, s);
        break;
      case 'Assert':
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        break;
      case 'Import':
        for (const a of st.names) s.bind(a.asname ?? a.name.split('.')[0]);
        break;
      case 'ImportFrom':
        for (const a of st.names) if (a.name !== '*') s.bind(a.asname ?? a.name);
        break;
      case 'Global':
        for (const n of st.names) {
          if (s.assigned.has(n) || s.used.has(n)) {
            const what = s.params.includes(n) ? 'parameter' : s.assigned.has(n) ? 'assigned to' : 'used';
            syntaxError(what === 'parameter' ? `name '${n}' is parameter and global` : `name '${n}' is ${what} before global declaration`, st, this.filename, this.lines);
          }
          s.globals.add(n);
        }
        break;
      case 'Nonlocal':
        if (s.kind === 'module') syntaxError('nonlocal declaration not allowed at module level', st, this.filename, this.lines);
        for (const n of st.names) {
          if (s.params.includes(n)) syntaxError(`name '${n}' is parameter and nonlocal`, st, this.filename, this.lines);
          if (s.assigned.has(n) || s.used.has(n)) syntaxError(`name '${n}' is ${s.assigned.has(n) ? 'assigned to' : 'used'} before nonlocal declaration`, st, this.filename, this.lines);
          s.nonlocals.add(n);
        }
        break;
      case 'Expr': this.expr(st.value, s); break;
      case 'Pass': case 'Break': case 'Continue': break;
    }
  }

  comp(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, s: Scope): void {
    // The first iterable is evaluated in the enclosing scope; the rest in the new one.
    this.expr(node.generators[0].iter, s);
    const cs = new Scope('function', node.kind === 'GeneratorExp' ? '<genexpr>' : node.kind === 'ListComp' ? '<listcomp>' : node.kind === 'SetComp' ? '<setcomp>' : '<dictcomp>', s, node);
    s.children.push(cs);
    cs.params.push('.0');
    cs.bind('.0');
    if (node.kind === 'GeneratorExp') cs.isGenerator = true;
    node.scope = cs;
    node.generators.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, cs);
      this.target(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
    });
    if (node.kind === 'DictComp') {
      this.expr(node.key, cs);
      this.expr(node.value, cs);
    } else this.expr(node.elt, cs);
  }

  expr(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'Load') {
          s.use(e.id);
          if (e.id === 'super' || e.id === '__class__') markClassCell(s);
        } else s.bind(e.id);
        break;
      case 'BoolOp': for (const v of e.values) this.expr(v, s); break;
      case 'NamedExpr': {
        this.expr(e.value, s);
        // The target binds in the nearest enclosing non-comprehension scope.
        let t = s;
        while (t.kind === 'function' && t.params[0] === '.0' && t.parent) t = t.parent;
        t.bind(e.target.id);
        if (t !== s) {
          s.use(e.target.id);
          if (t.kind === 'function' || t.kind === 'module') {
            if (t.kind === 'module') s.globals.add(e.target.id);
          }
        }
        break;
      }
      case 'BinOp': this.expr(e.left, s); this.expr(e.right, s); break;
      case 'UnaryOp': this.expr(e.operand, s); break;
      case 'Lambda': {
        this.args(e.args, s);
        const fs = this.funcScope('<lambda>', e.args, s, e);
        e.scope = fs;
        this.expr(e.body, fs);
        break;
      }
      case 'IfExp': this.expr(e.test, s); this.expr(e.body, s); this.expr(e.orelse, s); break;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k, s);
        for (const v of e.values) this.expr(v, s);
        break;
      case 'Set': case 'List': case 'Tuple':
        if (e.kind !== 'Set' && e.ctx !== 'Load') { this.target(e, s); break; }
        for (const x of e.elts) this.expr(x, s);
        break;
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': this.comp(e, s); break;
      case 'Yield':
        if (s.kind !== 'function') syntaxError("'yield' outside function", e, this.filename, this.lines);
        s.isGenerator = true;
        if (e.value) this.expr(e.value, s);
        break;
      case 'YieldFrom':
        if (s.kind !== 'function') syntaxError("'yield' outside function", e, this.filename, this.lines);
        s.isGenerator = true;
        this.expr(e.value, s);
        break;
      case 'Compare': this.expr(e.left, s); for (const c of e.comparators) this.expr(c, s); break;
      case 'Call':
        this.expr(e.func, s);
        for (const a of e.args) this.expr(a, s);
        for (const k of e.keywords) this.expr(k.value, s);
        break;
      case 'FormattedValue':
        this.expr(e.value, s);
        if (e.formatSpec) this.expr(e.formatSpec, s);
        break;
      case 'JoinedStr': for (const v of e.values) this.expr(v, s); break;
      case 'Constant': break;
      case 'Attribute': this.expr(e.value, s); break;
      case 'Subscript': this.expr(e.value, s); this.expr(e.slice, s); break;
      case 'Starred': this.expr(e.value, s); break;
      case 'Slice':
        if (e.lower) this.expr(e.lower, s);
        if (e.upper) this.expr(e.upper, s);
        if (e.step) this.expr(e.step, s);
        break;
    }
  }
}

function markClassCell(s: Scope): void {
  // super()/__class__ inside a method: the method gets a free __class__ and the class a cell.
  let f: Scope | null = s;
  while (f && f.kind === 'function' && !f.inClass) f = f.parent;
  if (f && f.kind === 'function' && f.inClass && f.parent) {
    f.parent.needsClassCell = true;
    f.use('__class__');
  }
}

/** Names bound in enclosing function scopes, visible to nested functions. */
function analyze(s: Scope, visible: Set<string>, filename: string, lines: string[]): Set<string> {
  // Returns the free names of s (that must come from outside s).
  const childVisible = new Set(visible);
  if (s.kind === 'function') {
    for (const n of s.assigned) if (!s.globals.has(n) && !s.nonlocals.has(n)) childVisible.add(n);
    for (const n of s.globals) childVisible.delete(n);
  }
  if (s.kind === 'class' && s.needsClassCell) s.cells.add('__class__');
  const childFree = new Set<string>();
  for (const c of s.children) for (const n of analyze(c, s.kind === 'class' ? classVisible(s, visible) : childVisible, filename, lines)) childFree.add(n);
  const free = new Set<string>();
  if (s.kind === 'function') {
    for (const n of s.nonlocals) {
      if (!visible.has(n)) {
        const node = s.node as A.Pos;
        syntaxError(`no binding for nonlocal '${n}' found`, node, filename, lines);
      }
      s.frees.add(n);
      free.add(n);
    }
    for (const n of s.used) {
      if (s.assigned.has(n) || s.globals.has(n) || s.nonlocals.has(n)) continue;
      if (visible.has(n)) {
        s.frees.add(n);
        free.add(n);
      }
    }
    for (const n of childFree) {
      if (s.globals.has(n)) continue;
      if (s.assigned.has(n) && !s.nonlocals.has(n)) s.cells.add(n);
      else {
        s.frees.add(n);
        free.add(n);
      }
    }
  } else if (s.kind === 'class') {
    for (const n of childFree) {
      if (n === '__class__') continue;
      s.frees.add(n);
      free.add(n);
    }
    for (const n of s.used) {
      if (!s.assigned.has(n) && visible.has(n) && !s.globals.has(n)) {
        s.frees.add(n);
        free.add(n);
      }
    }
  }
  assignSlots(s);
  return free;
}

function classVisible(_s: Scope, visible: Set<string>): Set<string> {
  // Class bodies do not make their names visible to nested functions, except __class__.
  const v = new Set(visible);
  v.add('__class__');
  return v;
}

function assignSlots(s: Scope): void {
  const slots: string[] = [];
  if (s.kind === 'function') {
    for (const p of s.params) if (!slots.includes(p)) slots.push(p);
    for (const n of s.order) {
      if (slots.includes(n)) continue;
      if (s.assigned.has(n) && !s.globals.has(n) && !s.nonlocals.has(n)) slots.push(n);
    }
    for (const n of s.cells) if (!slots.includes(n)) slots.push(n);
    for (const n of s.frees) if (!slots.includes(n)) slots.push(n);
  } else if (s.kind === 'class') {
    for (const n of s.cells) slots.push(n);
    for (const n of s.frees) if (!slots.includes(n)) slots.push(n);
  }
  s.slots = slots;
  s.slotOf = new Map(slots.map((n, i) => [n, i]));
}

/** Builds and analyzes the scope tree of a module. */
export function resolveModule(m: A.Module, filename: string, source: string): Scope {
  const lines = source.split('\n');
  const top = new Collector(filename, lines).module(m);
  analyze(top, new Set(), filename, lines);
  return top;
}
