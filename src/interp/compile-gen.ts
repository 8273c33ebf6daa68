/**
 * The generator-mode compiler: a generator function's body becomes a JS generator
 * function (`GEx`) that suspends at each Python `yield` (generator.ts drives it).
 *
 * Only what can suspend is compiled twice. yield-lower.ts first rewrites the body so
 * every `yield` is a statement (`yield v` or `targets = yield v`); then a statement with
 * no yield inside compiles exactly as in a normal function (compile.ts, an `Ex` called
 * directly), and only the statements that contain one — the yield statements themselves
 * and the compound statements around them (if, while, for, try, with) — get a
 * suspendable form here, mirroring compile.ts's semantics line for line.
 *
 * Value-stack heights: a suspended body's temporaries are moved off the shared value
 * stack and pushed back at the next resumption, possibly at a different height, so a
 * height saved across a `yield` is kept relative to the frame's base (`f.base`).
 */

import type * as A from '../parse/ast.js';
import { H, PyObject, PyRaise } from '../objects/object.js';
import { None, newNone } from '../objects/singletons.js';
import { GeneratorExit, StopIteration, TypeError, PyBaseException, raise } from '../objects/exceptions.js';
import { callMethodWith, getIter, isInstance, iterNext } from '../objects/abstract.js';
import { typeLookup } from '../objects/typeobject.js';
import { Frame, VS, addTraceback, unwindTo } from './frame.js';
import { BREAK, NORMAL, RETURN, type Ex, type GEx } from './code.js';
import type { Scope } from './resolve.js';
import { checkInterrupt, popHandled, pushHandled, ts } from './state.js';
import { toPyRaise } from './errors.js';
import type { Compiler } from './compile.js';
import { contextManagerMethods, enterHandler, handlerMatches, isTrueAndRelease, setContext } from './compile.js';
import { isClearTemps, stmtHasYield } from './yield-lower.js';
import { PyGenerator, genClose, genResume, takeReturned } from './generator.js';

type Item = { ex: Ex; gex: null } | { ex: null; gex: GEx };

export class GenCompiler {
  constructor(private readonly c: Compiler, private readonly sc: Scope) {}

  /** A block: runs of yield-free statements stay plain closures, called without `yield*`. */
  block(body: A.Stmt[]): GEx {
    const items: Item[] = [];
    let plain: A.Stmt[] = [];
    const flush = (): void => {
      if (plain.length > 0) items.push({ ex: this.c.block(plain, this.sc), gex: null });
      plain = [];
    };
    for (const st of body) {
      if (isClearTemps(st)) {
        flush();
        items.push({ ex: this.clearTemps(st.targets), gex: null });
      } else if (!stmtHasYield(st)) plain.push(st);
      else {
        flush();
        items.push({ ex: null, gex: this.stmt(st) });
      }
    }
    flush();
    if (items.length === 1 && items[0].gex !== null) return items[0].gex;
    const n = items.length;
    return function* (f) {
      for (let i = 0; i < n; i++) {
        const it = items[i];
        const c = it.ex !== null ? it.ex(f) : yield* it.gex(f);
        if (c !== NORMAL) return c;
      }
      return NORMAL;
    };
  }

  /** Unbinds the lowering's temporaries (some may be unbound: no error). */
  private clearTemps(targets: A.Name[]): Ex {
    const slots = targets.map((t) => this.sc.slotOf.get(t.id)!);
    return (f) => {
      for (const s of slots) {
        const v = f.fast[s];
        if (v !== null) {
          f.fast[s] = null;
          H.decref(v);
        }
      }
      return NORMAL;
    };
  }

  private stmt(st: A.Stmt): GEx {
    switch (st.kind) {
      case 'Expr': return this.yieldStmt(st.value as A.Yield | A.YieldFrom, null, st);
      case 'Assign': return this.yieldStmt(st.value as A.Yield | A.YieldFrom, st.targets, st);
      case 'If': return this.ifStmt(st);
      case 'While': return this.whileStmt(st);
      case 'For': return this.forStmt(st);
      case 'Try': return this.tryStmt(st);
      case 'With': return this.withStmt(st);
      default:
        // yield-lower.ts leaves no other statement with a yield inside.
        throw new Error(`generator-mode compiler: unexpected ${st.kind}`);
    }
  }

  /** `yield v`, `targets = yield v`, and the same with `yield from`. */
  private yieldStmt(y: A.Yield | A.YieldFrom, targets: A.Expr[] | null, st: A.Stmt): GEx {
    const c = this.c, sc = this.sc;
    const stores = targets === null ? [] : targets.map((t) => c.store(t, sc));
    const deliver = (f: Frame, v: PyObject): void => {
      f.pos = st;
      if (stores.length === 0) H.decref(v);
      else if (stores.length === 1) stores[0](f, v);
      else {
        VS.push(v);
        for (const s of stores) {
          v.rc++;
          s(f, v);
        }
        VS.pop();
        H.decref(v);
      }
    };
    if (y.kind === 'Yield') {
      const val = y.value ? c.expr(y.value, sc) : null;
      return function* (f) {
        f.pos = y;
        const v = val !== null ? val(f) : newNone();
        const sent = yield v;
        deliver(f, sent);
        return NORMAL;
      };
    }
    const src = c.expr(y.value, sc);
    return function* (f) {
      f.pos = y;
      const s = src(f);
      VS.push(s);
      const it = s instanceof PyGenerator ? (s.rc++, s) : getIter(s);
      VS.pop();
      H.decref(s);
      VS.push(it);
      const r = yield* delegate(f, y, it);
      VS.pop();
      H.decref(it);
      deliver(f, r);
      return NORMAL;
    };
  }

  private ifStmt(st: A.If): GEx {
    const test = this.c.expr(st.test, this.sc);
    const body = this.block(st.body);
    const orelse = st.orelse.length > 0 ? this.block(st.orelse) : null;
    return function* (f) {
      f.pos = st.test;
      if (isTrueAndRelease(test(f))) return yield* body(f);
      return orelse !== null ? yield* orelse(f) : NORMAL;
    };
  }

  private whileStmt(st: A.While): GEx {
    const test = this.c.expr(st.test, this.sc);
    const body = this.block(st.body);
    const orelse = st.orelse.length > 0 ? this.block(st.orelse) : null;
    return function* (f) {
      for (;;) {
        f.pos = st.test;
        if (!isTrueAndRelease(test(f))) break;
        const c = yield* body(f);
        if (c === BREAK) return NORMAL;
        if (c === RETURN) return c;
        if (ts.interrupt[0] !== 0) checkInterrupt();
      }
      return orelse !== null ? yield* orelse(f) : NORMAL;
    };
  }

  private forStmt(st: A.For): GEx {
    const iter = this.c.expr(st.iter, this.sc);
    const store = this.c.store(st.target, this.sc);
    const body = this.block(st.body);
    const orelse = st.orelse.length > 0 ? this.block(st.orelse) : null;
    return function* (f) {
      f.pos = st.iter;
      const src = iter(f);
      VS.push(src);
      const it = getIter(src);
      VS.pop();
      H.decref(src);
      VS.push(it);
      for (;;) {
        f.pos = st;
        const v = iterNext(it);
        if (v === null) break;
        store(f, v);
        const c = yield* body(f);
        if (c === BREAK || c === RETURN) {
          VS.pop();
          H.decref(it);
          return c === BREAK ? NORMAL : c;
        }
        if (ts.interrupt[0] !== 0) checkInterrupt();
      }
      VS.pop();
      H.decref(it);
      return orelse !== null ? yield* orelse(f) : NORMAL;
    };
  }

  private tryStmt(st: A.Try): GEx {
    const c = this.c, sc = this.sc;
    const body = this.block(st.body);
    const handlers = st.handlers.map((h) => ({
      node: h,
      type: h.type ? c.expr(h.type, sc) : null,
      store: h.name ? c.store({ kind: 'Name', id: h.name, ctx: 'Store', line: h.line, col: h.col, endLine: h.endLine, endCol: h.endCol }, sc) : null,
      del: h.name ? c.delName(h.name, sc) : null,
      body: this.block(h.body),
    }));
    const orelse = st.orelse.length > 0 ? this.block(st.orelse) : null;
    const finalbody = st.finalbody.length > 0 ? this.block(st.finalbody) : null;

    const tryExcept = function* (f: Frame): Generator<PyObject, number, PyObject> {
      const sp = VS.length - f.base;
      let c: number;
      try {
        c = yield* body(f);
      } catch (e0) {
        const pr = toPyRaise(e0);
        unwindTo(f.base + sp);
        const exc = pr.exc as PyBaseException;
        addTraceback(exc, f);
        for (const h of handlers) {
          if (!handlerMatches(f, exc, h.type, h.node)) continue;
          enterHandler(exc);
          try {
            if (h.store) {
              exc.rc++;
              h.store(f, exc);
            }
            try {
              return yield* h.body(f);
            } finally {
              if (h.del) h.del(f);
            }
          } catch (e1) {
            const inner = toPyRaise(e1);
            setContext(inner.exc as PyBaseException, exc);
            throw inner;
          } finally {
            popHandled();
          }
        }
        throw pr;
      }
      if (orelse !== null && c === NORMAL) return yield* orelse(f);
      return c;
    };
    if (finalbody === null) return tryExcept;
    const inner = handlers.length > 0 || orelse !== null ? tryExcept : body;
    return function* (f) {
      const sp = VS.length - f.base;
      let c: number;
      try {
        c = yield* inner(f);
      } catch (e0) {
        const pr = toPyRaise(e0);
        unwindTo(f.base + sp);
        const exc = pr.exc as PyBaseException;
        addTraceback(exc, f);
        pushHandled(exc);
        let fc: number;
        try {
          fc = yield* finalbody(f);
        } catch (e1) {
          const p2 = toPyRaise(e1);
          setContext(p2.exc as PyBaseException, exc);
          popHandled();
          H.decref(exc);
          throw p2;
        }
        popHandled();
        if (fc !== NORMAL) {
          H.decref(exc);
          return fc;
        }
        throw pr;
      }
      // A return's value waits (on the value stack) while the finally block runs.
      const saved = c === RETURN ? f.retval : null;
      if (c === RETURN) {
        f.retval = null;
        VS.push(saved!);
      }
      const fc = yield* finalbody(f);
      if (c === RETURN) VS.pop();
      if (fc !== NORMAL) {
        if (saved) H.decref(saved);
        return fc;
      }
      if (c === RETURN) f.retval = saved;
      return c;
    };
  }

  private withStmt(st: A.With): GEx {
    // yield-lower.ts splits `with a, b:` into nested single-item statements.
    const item = st.items[0];
    const ctx = this.c.expr(item.contextExpr, this.sc);
    const store = item.optionalVars ? this.c.store(item.optionalVars, this.sc) : null;
    const body = this.block(st.body);
    return function* (f) {
      f.pos = item.contextExpr;
      const mgr = ctx(f);
      VS.push(mgr);
      const [enter, exit] = contextManagerMethods(mgr);
      const sp = VS.length - f.base;
      const v = callMethodWith(enter, mgr, [], null);
      if (store) store(f, v);
      else H.decref(v);
      let c: number;
      try {
        c = yield* body(f);
      } catch (e0) {
        const pr = toPyRaise(e0);
        unwindTo(f.base + sp);
        const exc = pr.exc as PyBaseException;
        addTraceback(exc, f);
        pushHandled(exc);
        let suppress: boolean;
        // Where the exception was raised: restored before re-raising, so the frame's
        // traceback entry is not repeated for the 'with' line (RERAISE adds none).
        const raisedAt = f.pos;
        try {
          f.pos = st;
          const tb = exc.traceback ?? None;
          suppress = isTrueAndRelease(callMethodWith(exit, mgr, [exc.type, exc, tb], null));
        } catch (e1) {
          const p2 = toPyRaise(e1);
          setContext(p2.exc as PyBaseException, exc);
          popHandled();
          H.decref(exc);
          throw p2;
        }
        popHandled();
        if (suppress) {
          H.decref(exc);
          VS.pop();
          H.decref(mgr);
          return NORMAL;
        }
        f.pos = raisedAt;
        throw pr;
      }
      const saved = c === RETURN ? f.retval : null;
      if (saved) {
        f.retval = null;
        VS.push(saved);
      }
      f.pos = st;
      H.decref(callMethodWith(exit, mgr, [None, None, None], null));
      if (saved) {
        VS.pop();
        f.retval = saved;
      }
      VS.pop();
      H.decref(mgr);
      return c;
    };
  }
}

/**
 * `yield from it` (3.11's SEND / YIELD_VALUE loop and gen_send_ex / _gen_throw delegation):
 * values the sub-iterator yields pass straight out; what is sent in goes to it (next()
 * for None, else its `send`); an exception thrown in is thrown into it through its
 * `throw` (or raised here when it has none); GeneratorExit closes it first. Returns the
 * sub-iterator's return value (new reference; None when it had none).
 */
function* delegate(f: Frame, node: A.Pos, it: PyObject): Generator<PyObject, PyObject, PyObject> {
  let sent: PyObject | null = null;
  let thrown: PyRaise | null = null;
  for (;;) {
    let v: PyObject | null;
    if (it instanceof PyGenerator) {
      v = genResume(it, sent, thrown);
      if (v === null) return takeReturned() ?? newNone();
    } else {
      try {
        v = resumeIterator(it, sent, thrown);
      } catch (e) {
        if (e instanceof PyRaise && isInstance(e.exc, StopIteration)) {
          const val = (e.exc as PyBaseException).args.items[0] ?? None;
          val.rc++;
          H.decref(e.exc);
          return val;
        }
        throw e;
      }
      if (v === null) return newNone();
    }
    sent = null;
    thrown = null;
    try {
      sent = yield v;
    } catch (e) {
      const pr = toPyRaise(e);
      f.pos = node;
      if (isInstance(pr.exc, GeneratorExit)) {
        closeIterator(it, pr);
        throw pr;
      }
      thrown = pr;
    }
  }
}

/** One step of a non-generator sub-iterator; null when it is exhausted by next(). */
function resumeIterator(it: PyObject, sent: PyObject | null, thrown: PyRaise | null): PyObject | null {
  if (thrown !== null) {
    const m = typeLookup(it.type, 'throw');
    if (m === null) throw thrown;
    const exc = thrown.exc as PyBaseException;
    try {
      return callMethodWith(m, it, [exc.type, exc, exc.traceback ?? None], null);
    } finally {
      H.decref(exc);
    }
  }
  if (sent === null || sent === None) {
    if (sent !== null) H.decref(sent);
    return iterNextRaising(it);
  }
  const m = typeLookup(it.type, 'send');
  try {
    if (m === null) throw raise(TypeError, `'${it.type.name}' object has no attribute 'send'`);
    return callMethodWith(m, it, [sent], null);
  } finally {
    H.decref(sent);
  }
}

/** __next__ of a non-generator, letting its StopIteration (and value) through. */
function iterNextRaising(it: PyObject): PyObject | null {
  const m = typeLookup(it.type, '__next__');
  if (m === null) return iterNext(it);
  return callMethodWith(m, it, [], null);
}

/** gen_close_iter: close the sub-iterator on GeneratorExit; its error replaces `pending`. */
function closeIterator(it: PyObject, pending: PyRaise): void {
  try {
    if (it instanceof PyGenerator) genClose(it);
    else {
      const m = typeLookup(it.type, 'close');
      if (m !== null) H.decref(callMethodWith(m, it, [], null));
    }
  } catch (e) {
    H.decref(pending.exc);
    throw e;
  }
}

export function compileGenBody(c: Compiler, body: A.Stmt[], sc: Scope): GEx {
  return new GenCompiler(c, sc).block(body);
}

