/**
 * An estimate of CPython 3.11's `co_stacksize` from the AST.
 *
 * memsnake has no bytecode, but `sys.getsizeof(generator)` counts the value stack of the
 * generator's frame (genobject.c gen_sizeof: locals plus co_stacksize pointers), so the
 * depth CPython's compiler (Python/compile.c stackdepth) would compute is needed. The
 * rules below follow 3.11's code generation for each construct: what it pushes, in
 * which order, and the extra entries of exception handlers (PUSH_EXC_INFO, the `lasti`
 * of cleanup handlers). They are checked against co_stacksize measured with python3
 * 3.11 in test/unit/interp/stack-depth.test.ts; constructs outside those cases are
 * approximations.
 *
 * `e(x)` is the peak depth while x is evaluated (its result is one entry); `s(st, b)` the
 * peak while a statement runs at base depth b.
 */

import type * as A from '../parse/ast.js';

function isConst(x: A.Expr): boolean {
  return x.kind === 'Constant' || ((x.kind === 'Tuple') && x.elts.every(isConst));
}

/** Items pushed one after another (BUILD_TUPLE/LIST/SET, call arguments...). */
function seqDepth(items: A.Expr[], base: number): number {
  let m = base;
  items.forEach((x, i) => {
    m = Math.max(m, base + i + e(x));
  });
  return m;
}

function e(x: A.Expr | null): number {
  if (x === null) return 1;
  switch (x.kind) {
    case 'Constant': case 'Name': return 1;
    case 'BinOp': return Math.max(e(x.left), 1 + e(x.right));
    case 'UnaryOp': return e(x.operand);
    case 'BoolOp': return Math.max(...x.values.map(e));
    case 'NamedExpr': return Math.max(e(x.value), 2);
    case 'IfExp': return Math.max(e(x.test), e(x.body), e(x.orelse));
    case 'Compare': {
      if (x.comparators.length === 1) return Math.max(e(x.left), 1 + e(x.comparators[0]));
      // Chained: each middle operand is duplicated (SWAP/COPY) to be compared twice.
      return Math.max(e(x.left), 1 + Math.max(...x.comparators.map(e)), 3);
    }
    case 'Attribute': return e(x.value);
    case 'Subscript': return Math.max(e(x.value), 1 + e(x.slice));
    case 'Slice': return Math.max(e(x.lower), 1 + e(x.upper), x.step ? 2 + e(x.step) : 0);
    case 'Starred': return e(x.value);
    case 'Tuple': case 'List': case 'Set': {
      if (x.kind === 'Tuple' && isConst(x)) return 1;
      if (x.elts.length >= 3 && x.elts.every(isConst)) return 2; // BUILD_LIST + LIST_EXTEND (const tuple)
      if (x.elts.some((y) => y.kind === 'Starred')) return 1 + Math.max(1, ...x.elts.map(e));
      return Math.max(1, seqDepth(x.elts, 0));
    }
    case 'Dict': {
      if (x.keys.length > 1 && x.keys.every((k) => k !== null && k.kind === 'Constant')) {
        // BUILD_CONST_KEY_MAP: the values, then the tuple of keys.
        return Math.max(seqDepth(x.values, 0), x.values.length + 1);
      }
      let m = 1;
      x.keys.forEach((k, i) => {
        if (k === null) m = Math.max(m, 1 + e(x.values[i]));
        else m = Math.max(m, 2 * i + e(k), 2 * i + 1 + e(x.values[i]));
      });
      return m;
    }
    case 'Call': {
      // PUSH_NULL + callable, or LOAD_METHOD's two entries: the arguments start at 2.
      const head = x.func.kind === 'Attribute' ? Math.max(e(x.func.value), 2) : Math.max(1 + e(x.func), 2);
      const starred = x.args.some((a) => a.kind === 'Starred') || x.keywords.some((k) => k.arg === null);
      if (!starred) return Math.max(head, seqDepth([...x.args, ...x.keywords.map((k) => k.value)], 2));
      // CALL_FUNCTION_EX: a tuple (built as a list) of positionals, then a dict.
      let m = Math.max(head, 2 + Math.max(1, ...x.args.map((a) => 1 + e(a))));
      if (x.keywords.length > 0) m = Math.max(m, 4 + Math.max(...x.keywords.map((k) => e(k.value))));
      return m;
    }
    case 'JoinedStr': {
      if (x.values.length === 1 && x.values[0].kind === 'FormattedValue') return e(x.values[0]);
      return Math.max(1, seqDepth(x.values, 0));
    }
    case 'FormattedValue': return Math.max(e(x.value), x.formatSpec ? 1 + e(x.formatSpec) : 0);
    case 'Yield': return e(x.value);
    case 'YieldFrom': return Math.max(e(x.value), 2);
    case 'Lambda': return 1 + (x.args.defaults.length > 0 ? 1 : 0);
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
      // MAKE_FUNCTION, then the first iterable (GET_ITER), then CALL 0.
      return Math.max(2, 1 + e(x.generators[0].iter));
  }
}

/** Peak depth of a store into t whose value is on top of a stack of depth b + 1. */
function storeDepth(t: A.Expr, b: number): number {
  switch (t.kind) {
    case 'Name': return b + 1;
    case 'Attribute': return b + 1 + e(t.value);
    case 'Subscript': return b + 1 + Math.max(e(t.value), 1 + e(t.slice));
    case 'Tuple': case 'List': {
      const n = t.elts.length;
      let m = b + Math.max(1, n);
      t.elts.forEach((x, i) => {
        m = Math.max(m, storeDepth(x, b + n - i - 1));
      });
      return m;
    }
    case 'Starred': return storeDepth(t.value, b);
    default: return b + 1;
  }
}

/** A condition: `x is None` / `x is not None` jump on x alone (POP_JUMP_IF_NONE). */
function test(x: A.Expr): number {
  if (x.kind === 'Compare' && x.ops.length === 1 && (x.ops[0] === 'Is' || x.ops[0] === 'IsNot')
    && x.comparators[0].kind === 'Constant' && x.comparators[0].value === null) return e(x.left);
  return e(x);
}

function block(body: A.Stmt[], b: number): number {
  let m = b;
  for (const st of body) m = Math.max(m, s(st, b));
  return m;
}

function s(st: A.Stmt, b: number): number {
  switch (st.kind) {
    case 'Expr': return b + e(st.value);
    case 'Assign': {
      const extra = st.targets.length > 1 ? 1 : 0;
      return Math.max(b + e(st.value), ...st.targets.map((t) => storeDepth(t, b + extra) + extra));
    }
    case 'AugAssign': {
      const t = st.target;
      if (t.kind === 'Name') return b + Math.max(1, 1 + e(st.value));
      if (t.kind === 'Attribute') return b + Math.max(e(t.value), 2, 2 + e(st.value));
      return b + Math.max(e(t.value), 1 + e(t.slice), 4, 3 + e(st.value));
    }
    case 'AnnAssign': return st.value ? Math.max(b + e(st.value), storeDepth(st.target, b)) : b;
    case 'Return': return b + e(st.value);
    case 'Delete': return b + Math.max(1, ...st.targets.map((t) => (t.kind === 'Subscript' ? Math.max(e(t.value), 1 + e(t.slice)) : t.kind === 'Attribute' ? e(t.value) : 0)));
    case 'If': case 'While': return Math.max(b + test(st.test), block(st.body, b), block(st.orelse, b));
    case 'For':
      // The iterator stays on the stack; FOR_ITER pushes each item above it.
      return Math.max(b + e(st.iter), storeDepth(st.target, b + 1), block(st.body, b + 1), block(st.orelse, b));
    case 'Try': {
      let m = Math.max(block(st.body, b), block(st.orelse, b));
      if (st.handlers.length > 0) {
        // Handler entry: the exception, PUSH_EXC_INFO, the type to match; the handler's
        // cleanup (with `lasti`) COPYs above the saved exception.
        m = Math.max(m, b + 4);
        for (const h of st.handlers) {
          if (h.type) m = Math.max(m, b + 2 + e(h.type));
          m = Math.max(m, block(h.body, b + 1));
        }
      }
      if (st.finalbody.length > 0) {
        // The finally body runs twice: inline at b, and in the handler above the
        // exception and the saved one.
        m = Math.max(m, block(st.finalbody, b), block(st.finalbody, b + 2), b + 3);
      }
      return m;
    }
    case 'With': {
      let m = b;
      st.items.forEach((it, i) => {
        const bi = b + i;
        m = Math.max(m, bi + e(it.contextExpr), bi + 6);
        if (it.optionalVars) m = Math.max(m, storeDepth(it.optionalVars, bi + 1));
      });
      return Math.max(m, block(st.body, b + st.items.length));
    }
    case 'Raise': return b + Math.max(e(st.exc), st.cause ? 1 + e(st.cause) : 0);
    case 'Assert': return b + Math.max(e(st.test), 1 + (st.msg ? e(st.msg) : 0), 2);
    case 'FunctionDef': return b + 2 + st.decoratorList.length + (st.args.defaults.length > 0 ? 1 : 0);
    case 'ClassDef': return b + 4 + st.bases.length + st.decoratorList.length;
    case 'Import': case 'ImportFrom': return b + 2;
    default: return b;
  }
}

/** co_stacksize of a function body (`def`/lambda). Never less than 1. */
export function functionStackSize(body: A.Stmt[]): number {
  return Math.max(1, block(body, 0));
}

/** co_stacksize of a generator expression's code: `.0`, each FOR_ITER, the ifs, the element. */
export function genexpStackSize(e0: A.GeneratorExp): number {
  let m = 2;
  e0.generators.forEach((g, i) => {
    const b = i + 1; // the iterators of the enclosing loops
    if (i > 0) m = Math.max(m, b - 1 + e(g.iter));
    m = Math.max(m, storeDepth(g.target, b));
    for (const c of g.ifs) m = Math.max(m, b + e(c));
  });
  return Math.max(m, e0.generators.length + e(e0.elt));
}
