/**
 * The compiler: turns each resolved AST node into a JS closure once, so running a program
 * is calling closures (architecture §4: no per-node dispatch, names pre-resolved to frame
 * slots). Expressions compile to `Ev` (returns a new reference), statements to `Ex`
 * (returns a completion: NORMAL, BREAK, CONTINUE or RETURN with the value in f.retval).
 *
 * Reference discipline inside the closures: every intermediate result that must survive a
 * later evaluation step which may raise is pushed on the value stack `VS` and popped after
 * the step; unwinding (try statements, frame exit) releases whatever is left above the
 * saved height. So an exception in the middle of `a + f(b)` releases `a`.
 *
 * The expression half lives in compile-expr.ts, the statement half here.
 */

import type * as A from '../parse/ast.js';
import { H, PyObject, PyRaise, PyType } from '../objects/object.js';
import { PyDict, newDict } from '../objects/dict.js';
import { PyStr, internStr, newStr } from '../objects/str.js';
import { newTuple, PyTuple } from '../objects/tuple.js';
import { newList, PyList } from '../objects/list.js';
import { None, newNone } from '../objects/singletons.js';
import { PyFunction, PyCell, newCode, newFunction } from '../objects/function.js';
import {
  AssertionError, BaseException, NameError, RuntimeError, TypeError, UnboundLocalError,
  PyBaseException, newException, raise,
} from '../objects/exceptions.js';
import {
  call, callMethodWith, delItem, getAttr, getIter, isInstance, isTrue, iterNext, setAttr, setItem,
} from '../objects/abstract.js';
import { inplaceOp } from '../objects/number.js';
import { typeLookup } from '../objects/typeobject.js';
import { newClass } from '../objects/classes.js';
import { typeType, tupleType, listType, dictType, intType } from '../objects/typeobjects.js';
import { Frame, VS, addTraceback, unwindTo, releaseFrame } from './frame.js';
import { BREAK, CONTINUE, NORMAL, RETURN, type CodeInfo, type Ex, type GEx } from './code.js';
import type { Scope } from './resolve.js';
import { ConstTable } from './consts.js';
import { checkInterrupt, currentHandled, popHandled, pushHandled, ts } from './state.js';
import { toPyRaise } from './errors.js';
import { ExprCompiler, newIntOrRelease, unboundLocal, type StoreFn } from './compile-expr.js';
import { activeImporter } from './imports.js';
import { compileGenBody } from './compile-gen.js';
import { fastIntOps } from '../objects/fastint.js';
import type { PyInt } from '../objects/int.js';
import { assertRaisePos } from './positions.js';

export class Compiler extends ExprCompiler {
  constructor(filename: string, lines: string[], consts: ConstTable) {
    super(filename, lines, consts);
  }

  override genBody(body: A.Stmt[], fs: Scope): GEx {
    return compileGenBody(this, body, fs);
  }

  /** Compiles a module (or one REPL entry) into a CodeInfo with its heap code object. */
  compileModule(m: A.Module, scope: Scope, interactive: boolean): CodeInfo {
    const ci = this.newCodeInfo('<module>', '<module>', scope, { line: 1, col: 0, endLine: 1, endCol: 0 });
    this.pushCode();
    const body = m.body;
    const stmts: Ex[] = [];
    for (let i = 0; i < body.length; i++) {
      const st = body[i];
      this.interactive = interactive;
      stmts.push(this.stmt(st, scope));
    }
    this.interactive = false;
    ci.body = seq(stmts);
    this.finishCode(ci);
    return ci;
  }

  /** An expression statement at the REPL: echo repr and bind `_` (sys.displayhook). */
  private displayStmt(st: A.ExprStmt, sc: Scope): Ex {
    const ev = this.expr(st.value, sc);
    return (f) => {
      f.pos = st;
      const v = ev(f);
      VS.push(v);
      this.displayHook(v);
      VS.pop();
      H.decref(v);
      return NORMAL;
    };
  }

  displayHook: (v: PyObject) => void = () => {};
  /** Compiling a REPL entry: module-level expression statements echo, nested ones too. */
  private interactive = false;

  block(body: A.Stmt[], sc: Scope): Ex {
    return seq(body.map((s) => this.stmt(s, sc)));
  }

  stmt(st: A.Stmt, sc: Scope): Ex {
    switch (st.kind) {
      case 'Expr': {
        // 'single' mode prints every expression statement of module-level code (inside
        // if/for/while/try/with too), never those in function or class bodies.
        if (this.interactive && sc.kind === 'module') return this.displayStmt(st, sc);
        const ev = this.expr(st.value, sc);
        return (f) => {
          f.pos = st;
          H.decref(ev(f));
          return NORMAL;
        };
      }
      case 'Assign': return this.assign(st, sc);
      case 'AugAssign': return this.augAssign(st, sc);
      case 'AnnAssign': return this.annAssign(st, sc);
      case 'Pass': return () => NORMAL;
      case 'Break': return () => BREAK;
      case 'Continue': return () => CONTINUE;
      case 'Return': {
        const ev = st.value ? this.expr(st.value, sc) : null;
        return (f) => {
          f.pos = st;
          f.retval = ev ? ev(f) : newNone();
          return RETURN;
        };
      }
      case 'If': {
        const test = this.expr(st.test, sc);
        const body = this.block(st.body, sc);
        const orelse = st.orelse.length ? this.block(st.orelse, sc) : null;
        return (f) => {
          f.pos = st.test;
          const t = test(f);
          const b = isTrueAndRelease(t);
          if (b) return body(f);
          return orelse ? orelse(f) : NORMAL;
        };
      }
      case 'While': return this.whileStmt(st, sc);
      case 'For': return this.forStmt(st, sc);
      case 'Delete': return seq(st.targets.map((t) => this.del(t, sc)));
      case 'FunctionDef': return this.functionDef(st, sc);
      case 'ClassDef': return this.classDef(st, sc);
      case 'Raise': return this.raiseStmt(st, sc);
      case 'Try': return this.tryStmt(st, sc);
      case 'Assert': return this.assertStmt(st, sc);
      case 'With': return this.withStmt(st, sc);
      case 'Import': return this.importStmt(st, sc);
      case 'ImportFrom': return this.importFrom(st, sc);
      case 'Global': case 'Nonlocal': return () => NORMAL;
    }
  }

  private assign(st: A.Assign, sc: Scope): Ex {
    const ev = this.expr(st.value, sc);
    const stores = st.targets.map((t) => this.store(t, sc));
    if (stores.length === 1) {
      const s0 = stores[0];
      return (f) => {
        f.pos = st;
        const v = ev(f);
        s0(f, v);
        return NORMAL;
      };
    }
    return (f) => {
      f.pos = st;
      const v = ev(f);
      VS.push(v);
      for (let i = 0; i < stores.length; i++) {
        v.rc++;
        stores[i](f, v);
      }
      VS.pop();
      H.decref(v);
      return NORMAL;
    };
  }

  private augAssign(st: A.AugAssign, sc: Scope): Ex {
    const t = st.target;
    const val = this.expr(st.value, sc);
    const op = st.op;
    if (t.kind === 'Name') {
      const load = this.expr({ ...t, ctx: 'Load' } as A.Name, sc);
      const store = this.store(t, sc);
      // int += int on JS numbers: as binaryOp would compute it, without the protocol.
      const fast = fastIntOps[op];
      return (f) => {
        f.pos = st;
        const a = load(f);
        VS.push(a);
        const b = val(f);
        // Checked inline (a helper taking `fast` would be a polymorphic, un-inlined call).
        const x = a.type === intType && b.type === intType ? (a as PyInt).v : null;
        const y = x !== null ? (b as PyInt).v : null;
        const v = fast !== undefined && typeof x === 'number' && typeof y === 'number' ? fast(x, y) : undefined;
        if (v !== undefined) {
          const r = newIntOrRelease(v, b); // allocated before the operands go, as CPython
          VS.pop();
          H.decref(b);
          H.decref(a);
          store(f, r);
          return NORMAL;
        }
        VS.push(b);
        f.pos = st;
        const r = inplaceOp(a, b, op);
        VS.pop(); VS.pop();
        H.decref(b);
        H.decref(a);
        store(f, r);
        return NORMAL;
      };
    }
    if (t.kind === 'Attribute') {
      const obj = this.expr(t.value, sc);
      const name = t.attr;
      return (f) => {
        f.pos = st;
        const o = obj(f);
        VS.push(o);
        f.pos = t;
        const a = getAttr(o, name);
        VS.push(a);
        const b = val(f);
        VS.push(b);
        f.pos = st;
        const r = inplaceOp(a, b, op);
        VS.push(r);
        setAttr(o, name, r);
        VS.pop(); VS.pop(); VS.pop(); VS.pop();
        H.decref(r);
        H.decref(b);
        H.decref(a);
        H.decref(o);
        return NORMAL;
      };
    }
    const sub = t as A.Subscript;
    const obj = this.expr(sub.value, sc);
    const key = this.expr(sub.slice, sc);
    return (f) => {
      f.pos = st;
      const o = obj(f);
      VS.push(o);
      const k = key(f);
      VS.push(k);
      f.pos = sub;
      const a = this.getItemFast(o, k);
      VS.push(a);
      const b = val(f);
      VS.push(b);
      f.pos = st;
      const r = inplaceOp(a, b, op);
      VS.push(r);
      setItem(o, k, r);
      VS.pop(); VS.pop(); VS.pop(); VS.pop(); VS.pop();
      H.decref(r);
      H.decref(b);
      H.decref(a);
      H.decref(k);
      H.decref(o);
      return NORMAL;
    };
  }

  private annAssign(st: A.AnnAssign, sc: Scope): Ex {
    const ev = st.value ? this.expr(st.value, sc) : null;
    const store = st.value ? this.store(st.target, sc) : null;
    const ann = sc.kind !== 'function' && st.simple && st.target.kind === 'Name' ? this.expr(st.annotation, sc) : null;
    const name = st.target.kind === 'Name' ? st.target.id : '';
    return (f) => {
      f.pos = st;
      if (ev) store!(f, ev(f));
      if (ann && f.locals) {
        const a = ann(f);
        VS.push(a);
        let d = f.locals.getStr('__annotations__');
        if (d === undefined) {
          const nd = newDict();
          const k = internStr('__annotations__');
          f.locals.set(k, nd);
          H.decref(k);
          H.decref(nd);
          d = nd;
        }
        const k = internStr(name);
        setItem(d, k, a);
        H.decref(k);
        VS.pop();
        H.decref(a);
      }
      return NORMAL;
    };
  }

  private whileStmt(st: A.While, sc: Scope): Ex {
    const test = this.expr(st.test, sc);
    const body = this.block(st.body, sc);
    const orelse = st.orelse.length ? this.block(st.orelse, sc) : null;
    return (f) => {
      for (;;) {
        f.pos = st.test;
        if (!isTrueAndRelease(test(f))) break;
        const c = body(f);
        if (c === BREAK) return NORMAL;
        if (c === RETURN) return c;
        if (ts.interrupt[0] !== 0) checkInterrupt();
      }
      return orelse ? orelse(f) : NORMAL;
    };
  }

  private forStmt(st: A.For, sc: Scope): Ex {
    const iter = this.expr(st.iter, sc);
    const store = this.store(st.target, sc);
    const body = this.block(st.body, sc);
    const orelse = st.orelse.length ? this.block(st.orelse, sc) : null;
    return (f) => {
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
        const c = body(f);
        if (c === BREAK) {
          VS.pop();
          H.decref(it);
          return NORMAL;
        }
        if (c === RETURN) {
          VS.pop();
          H.decref(it);
          return c;
        }
        if (ts.interrupt[0] !== 0) checkInterrupt();
      }
      VS.pop();
      H.decref(it);
      return orelse ? orelse(f) : NORMAL;
    };
  }

  private del(t: A.Expr, sc: Scope): Ex {
    switch (t.kind) {
      case 'Name': {
        const name = t.id;
        const kind = sc.classify(name);
        if (kind === 'fast') {
          const slot = sc.slotOf.get(name)!;
          return (f) => {
            const v = f.fast[slot];
            if (v === null) throw unboundLocal(name);
            f.fast[slot] = null;
            H.decref(v);
            return NORMAL;
          };
        }
        if (kind === 'cell' || kind === 'free') {
          const slot = sc.slotOf.get(name)!;
          return (f) => {
            const c = f.fast[slot] as PyCell;
            const v = c.ref;
            if (v === null) throw unboundLocal(name);
            c.ref = null;
            H.decref(v);
            return NORMAL;
          };
        }
        return (f) => {
          f.pos = t;
          const d = kind === 'global' ? f.globals : f.locals ?? f.globals;
          const k = internStr(name);
          const v = d.pop(k);
          H.decref(k);
          if (v === undefined) throw nameError(name);
          H.decref(v);
          return NORMAL;
        };
      }
      case 'Attribute': {
        const obj = this.expr(t.value, sc);
        return (f) => {
          const o = obj(f);
          VS.push(o);
          f.pos = t;
          setAttr(o, t.attr, null);
          VS.pop();
          H.decref(o);
          return NORMAL;
        };
      }
      case 'Subscript': {
        const obj = this.expr(t.value, sc);
        const key = this.expr(t.slice, sc);
        return (f) => {
          const o = obj(f);
          VS.push(o);
          const k = key(f);
          VS.push(k);
          f.pos = t;
          delItem(o, k);
          VS.pop(); VS.pop();
          H.decref(k);
          H.decref(o);
          return NORMAL;
        };
      }
      case 'Tuple': case 'List':
        return seq(t.elts.map((e) => this.del(e, sc)));
      default:
        return () => NORMAL;
    }
  }

  // ---------------------------------------------------------------- functions and classes

  private functionDef(st: A.FunctionDef, sc: Scope): Ex {
    const make = this.makeFunction(st, st.name, st.args, st.body, st.scope as Scope, sc, st.returns);
    const decos = st.decoratorList.map((d) => this.expr(d, sc));
    const store = this.store({ kind: 'Name', id: st.name, ctx: 'Store', line: st.line, col: st.col, endLine: st.endLine, endCol: st.endCol }, sc);
    return (f) => {
      const sp = VS.length;
      const ds: PyObject[] = [];
      for (const d of decos) {
        const v = d(f);
        VS.push(v);
        ds.push(v);
      }
      f.pos = st;
      const fn = applyDecorators(f, make(f), ds, st.decoratorList);
      unwindTo(sp);
      store(f, fn);
      return NORMAL;
    };
  }

  private classDef(st: A.ClassDef, sc: Scope): Ex {
    const cs = st.scope as Scope;
    const qual = this.qualnameFor(st.name, sc);
    const ci = this.newCodeInfo(st.name, qual, cs, st);
    this.pushCode(qual);
    const docNode = st.body[0];
    ci.body = this.block(st.body, cs);
    if (docNode && docNode.kind === 'Expr' && docNode.value.kind === 'Constant' && typeof docNode.value.value === 'string') {
      ci.doc = this.consts.get(docNode.value.value);
    }
    this.finishCode(ci);
    const code = ci.pycode!;
    this.addConst(code);
    H.decref(code); // co_consts owns the nested code object; ci.pycode is borrowed from here
    const bases = st.bases.map((b) => this.expr(b, sc));
    const starred = st.bases.some((b) => b.kind === 'Starred');
    const kws = st.keywords.map((k) => ({ name: k.arg, ev: this.expr(k.value, sc) }));
    const decos = st.decoratorList.map((d) => this.expr(d, sc));
    const store = this.store({ kind: 'Name', id: st.name, ctx: 'Store', line: st.line, col: st.col, endLine: st.endLine, endCol: st.endCol }, sc);
    const closureSlots = this.closureSlots(cs, sc);
    const name = st.name;
    return (f) => {
      const sp = VS.length;
      const ds: PyObject[] = [];
      for (const d of decos) {
        const v = d(f);
        VS.push(v);
        ds.push(v);
      }
      f.pos = st;
      const baseObjs: PyObject[] = [];
      for (let i = 0; i < bases.length; i++) {
        const v = bases[i](f);
        VS.push(v);
        if (starred) {
          // *bases: not common; flatten.
          if (st.bases[i].kind === 'Starred') {
            VS.pop();
            const items = (v as PyTuple).items ?? [];
            for (const x of items) {
              x.rc++;
              VS.push(x);
              baseObjs.push(x);
            }
            H.decref(v);
            continue;
          }
        }
        baseObjs.push(v);
      }
      let meta: PyObject | null = null;
      for (const k of kws) {
        const v = k.ev(f);
        VS.push(v);
        if (k.name === 'metaclass') meta = v;
      }
      for (const b of baseObjs) if (!(b instanceof PyType)) throw raise(TypeError, 'bases must be types');
      if (meta === null) {
        meta = baseObjs.length > 0 ? (baseObjs[0] as PyType).type : typeType;
        for (const b of baseObjs) if ((b.type as PyType).isSubtype(meta as PyType)) meta = b.type;
      }
      // __prepare__ → a plain dict; the body runs with it as its locals.
      const ns = newDict();
      VS.push(ns);
      const modName = f.globals.getStr('__name__');
      if (modName) setStr(ns, '__module__', modName);
      const q = newStr(qual);
      setStr(ns, '__qualname__', q);
      H.decref(q);
      // The compiler stores a class docstring as the body's first statement (__doc__ = ...).
      if (ci.doc) setStr(ns, '__doc__', ci.doc);
      const cf = new Frame(ci, f.globals, f.builtins, ns, null, f);
      for (const s of ci.cellSlots) cf.fast[s] = newCellObj(null);
      for (let i = 0; i < closureSlots.length; i++) {
        const c = f.fast[closureSlots[i]]!;
        c.rc++;
        cf.fast[ci.freeSlots[i]] = c;
      }
      runBody(cf);
      const classCell = cs.cells.has('__class__') ? cf.fast[cs.slotOf.get('__class__')!] : null;
      if (classCell) setStr(ns, '__classcell__', classCell);
      releaseFrame(cf);
      f.pos = st;
      let cls: PyObject;
      if (meta === typeType || (meta instanceof PyType && typeLookup(meta, '__new__') === typeLookup(typeType, '__new__') && typeLookup(meta, '__init__') === typeLookup(typeType, '__init__'))) {
        cls = newClass(meta as PyType, name, baseObjs as PyType[], ns, qual);
      } else {
        const nm = newStr(name);
        VS.push(nm);
        const bt = newTuple(baseObjs.map((b) => (b.rc++, b)));
        VS.push(bt);
        cls = call(meta, [nm, bt, ns]);
      }
      if (classCell && ns.getStr('__classcell__')) {
        const k = internStr('__classcell__');
        const v = ns.pop(k);
        H.decref(k);
        if (v) H.decref(v);
      }
      cls = applyDecorators(f, cls, ds, st.decoratorList);
      unwindTo(sp);
      store(f, cls);
      return NORMAL;
    };
  }

  // ---------------------------------------------------------------- exceptions

  private raiseStmt(st: A.Raise, sc: Scope): Ex {
    const exc = st.exc ? this.expr(st.exc, sc) : null;
    const cause = st.cause ? this.expr(st.cause, sc) : null;
    return (f) => {
      f.pos = st;
      if (exc === null) {
        const h = currentHandled();
        if (h === null) throw raise(RuntimeError, 'No active exception to reraise');
        h.rc++;
        throw new PyRaise(h);
      }
      const e = makeException(exc(f));
      if (cause) {
        VS.push(e);
        const c = cause(f);
        VS.pop();
        let cv: PyObject | null;
        if (c === None) {
          H.decref(c);
          cv = null;
        } else cv = makeExceptionCause(c, e);
        const old = e.cause;
        e.cause = cv;
        if (old) H.decref(old);
        e.suppressContext = true;
      }
      f.pos = st;
      throw new PyRaise(e);
    };
  }

  private tryStmt(st: A.Try, sc: Scope): Ex {
    const body = this.block(st.body, sc);
    const handlers = st.handlers.map((h) => ({
      node: h,
      type: h.type ? this.expr(h.type, sc) : null,
      store: h.name ? this.store({ kind: 'Name', id: h.name, ctx: 'Store', line: h.line, col: h.col, endLine: h.endLine, endCol: h.endCol }, sc) : null,
      del: h.name ? this.delName(h.name, sc) : null,
      body: this.block(h.body, sc),
    }));
    const orelse = st.orelse.length ? this.block(st.orelse, sc) : null;
    const finalbody = st.finalbody.length ? this.block(st.finalbody, sc) : null;

    const tryExcept = (f: Frame): number => {
      const sp = VS.length;
      let c: number;
      try {
        c = body(f);
      } catch (e0) {
        const pr = toPyRaise(e0);
        unwindTo(sp);
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
              return h.body(f);
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
      if (orelse && c === NORMAL) return orelse(f);
      return c;
    };
    if (finalbody === null) return tryExcept;
    const inner = handlers.length > 0 || orelse ? tryExcept : body;
    return (f) => {
      const sp = VS.length;
      let c: number;
      try {
        c = inner(f);
      } catch (e0) {
        const pr = toPyRaise(e0);
        unwindTo(sp);
        const exc = pr.exc as PyBaseException;
        addTraceback(exc, f);
        pushHandled(exc);
        let fc: number;
        try {
          fc = finalbody(f);
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
      // A return's value waits while the finally block runs; a return there replaces it.
      const saved = c === RETURN ? f.retval : null;
      if (c === RETURN) {
        f.retval = null;
        VS.push(saved!);
      }
      const fc = finalbody(f);
      if (c === RETURN) VS.pop();
      if (fc !== NORMAL) {
        if (saved) H.decref(saved);
        return fc;
      }
      if (c === RETURN) f.retval = saved;
      return c;
    };
  }

  delName(name: string, sc: Scope): (f: Frame) => void {
    const kind = sc.classify(name);
    if (kind === 'fast') {
      const slot = sc.slotOf.get(name)!;
      return (f) => {
        const v = f.fast[slot];
        f.fast[slot] = null;
        if (v) H.decref(v);
      };
    }
    if (kind === 'cell' || kind === 'free') {
      const slot = sc.slotOf.get(name)!;
      return (f) => {
        const c = f.fast[slot] as PyCell;
        const v = c.ref;
        c.ref = null;
        if (v) H.decref(v);
      };
    }
    return (f) => {
      const d = kind === 'global' ? f.globals : f.locals ?? f.globals;
      const k = internStr(name);
      const v = d.pop(k);
      H.decref(k);
      if (v) H.decref(v);
    };
  }

  private assertStmt(st: A.Assert, sc: Scope): Ex {
    const test = this.expr(st.test, sc);
    const msg = st.msg ? this.expr(st.msg, sc) : null;
    const raisePos = assertRaisePos(st);
    return (f) => {
      f.pos = st;
      if (isTrueAndRelease(test(f))) return NORMAL;
      f.pos = raisePos;
      if (msg) {
        const m = msg(f);
        f.pos = raisePos;
        throw new PyRaise(newException(AssertionError, newTuple([m])));
      }
      throw raise(AssertionError);
    };
  }

  private withStmt(st: A.With, sc: Scope): Ex {
    // `with a, b:` is `with a: with b:`.
    let body = this.block(st.body, sc);
    for (let i = st.items.length - 1; i >= 0; i--) body = this.withItem(st, st.items[i], body, sc);
    return body;
  }

  private withItem(st: A.With, item: A.WithItem, body: Ex, sc: Scope): Ex {
    const ctx = this.expr(item.contextExpr, sc);
    const store = item.optionalVars ? this.store(item.optionalVars, sc) : null;
    return (f) => {
      f.pos = item.contextExpr;
      const mgr = ctx(f);
      VS.push(mgr);
      const [enter, exit] = contextManagerMethods(mgr);
      const sp = VS.length;
      const v = callMethodWith(enter, mgr, [], null);
      if (store) store(f, v);
      else H.decref(v);
      let c: number;
      try {
        c = body(f);
      } catch (e0) {
        const pr = toPyRaise(e0);
        unwindTo(sp);
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
          const r = callMethodWith(exit, mgr, [exc.type, exc, tb], null);
          suppress = isTrueAndRelease(r);
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

  private importStmt(st: A.Import, sc: Scope): Ex {
    const parts = st.names.map((a) => ({
      name: a.name,
      store: this.store({ kind: 'Name', id: a.asname ?? a.name.split('.')[0], ctx: 'Store', line: a.line, col: a.col, endLine: a.endLine, endCol: a.endCol }, sc),
    }));
    return (f) => {
      f.pos = st;
      for (const p of parts) p.store(f, activeImporter()(p.name));
      return NORMAL;
    };
  }

  private importFrom(st: A.ImportFrom, sc: Scope): Ex {
    const mod = st.module ?? '';
    const names = st.names.map((a) => ({
      name: a.name,
      store: a.name === '*' ? null : this.store({ kind: 'Name', id: a.asname ?? a.name, ctx: 'Store', line: a.line, col: a.col, endLine: a.endLine, endCol: a.endCol }, sc),
    }));
    return (f) => {
      f.pos = st;
      const m = activeImporter()(mod);
      VS.push(m);
      for (const n of names) {
        if (n.store === null) {
          const d = (m as unknown as { dict: PyDict }).dict;
          const target = f.locals ?? f.globals;
          for (let i = 0; i < d.ks.length; i++) {
            const k = d.ks[i];
            if (k === null || (k as PyStr).v.startsWith('_')) continue;
            target.set(k, d.vs[i]!);
          }
          continue;
        }
        let v: PyObject;
        try {
          v = getAttr(m, n.name);
        } catch (e) {
          if (e instanceof PyRaise) {
            H.decref(e.exc);
            throw raiseImportError(`cannot import name '${n.name}' from '${mod}' (unknown location)`);
          }
          throw e;
        }
        n.store(f, v);
      }
      VS.pop();
      H.decref(m);
      return NORMAL;
    };
  }
}

function raiseImportError(msg: string): PyRaise {
  return raise(excType('ImportError'), msg);
}

import { excTypes } from '../objects/exceptions.js';
function excType(n: string): PyType {
  return excTypes.get(n)!;
}

function seq(stmts: Ex[]): Ex {
  const n = stmts.length;
  if (n === 0) return () => NORMAL;
  if (n === 1) return stmts[0];
  if (n === 2) {
    const [a, b] = stmts;
    return (f) => {
      const c = a(f);
      return c !== NORMAL ? c : b(f);
    };
  }
  return (f) => {
    for (let i = 0; i < n; i++) {
      const c = stmts[i](f);
      if (c !== NORMAL) return c;
    }
    return NORMAL;
  };
}

/** Applies decorators innermost (last) first; steals `obj`, returns a new reference. */
function applyDecorators(f: Frame, obj: PyObject, decorators: PyObject[], nodes: A.Expr[]): PyObject {
  for (let i = decorators.length - 1; i >= 0; i--) {
    VS.push(obj);
    f.pos = nodes[i];
    const r = call(decorators[i], [obj]);
    VS.pop();
    H.decref(obj);
    obj = r;
  }
  return obj;
}

export function isTrueAndRelease(v: PyObject): boolean {
  try {
    return isTrue(v);
  } finally {
    H.decref(v);
  }
}

function setStr(d: PyDict, name: string, v: PyObject): void {
  const k = internStr(name);
  d.set(k, v);
  H.decref(k);
}

function newCellObj(v: PyObject | null): PyCell {
  const c = new PyCell(v);
  H.allocate(c, 40, 16);
  return c;
}

/** Runs a class body (or module) frame's statements. */
function runBody(f: Frame): void {
  const saved = ts.frame;
  ts.frame = f;
  try {
    f.code.body(f);
  } catch (e) {
    const pr = toPyRaise(e);
    unwindTo(f.base);
    addTraceback(pr.exc as PyBaseException, f);
    ts.frame = saved;
    releaseFrame(f);
    throw pr;
  }
  ts.frame = saved;
}

export function nameError(name: string): PyRaise {
  const r = raise(NameError, `name '${name}' is not defined`);
  const n = newStr(name);
  (r.exc as PyBaseException).setExtra('name', n);
  H.decref(n);
  return r;
}

/** Turns the value of `raise X` into an exception instance (steals v). */
export function makeException(v: PyObject): PyBaseException {
  if (v instanceof PyType) {
    if (!v.isSubtype(BaseException)) {
      H.decref(v);
      throw raise(TypeError, 'exceptions must derive from BaseException');
    }
    try {
      const e = call(v, []);
      if (!(e instanceof PyBaseException)) {
        H.decref(e);
        throw raise(TypeError, `calling ${v.name} should have returned an instance of BaseException, not ${e.type.name}`);
      }
      return e;
    } finally {
      H.decref(v);
    }
  }
  if (v instanceof PyBaseException) return v;
  H.decref(v);
  throw raise(TypeError, 'exceptions must derive from BaseException');
}

function makeExceptionCause(c: PyObject, _e: PyBaseException): PyObject {
  if (c instanceof PyType || c instanceof PyBaseException) return makeException(c);
  H.decref(c);
  throw raise(TypeError, 'exception causes must derive from BaseException');
}

/**
 * An except clause's test (shared by the plain and the generator-mode compiler): whether
 * `exc` matches the clause's type expression (evaluated here; null for a bare except).
 */
export function handlerMatches(f: Frame, exc: PyBaseException, type: ((f: Frame) => PyObject) | null, node: A.ExceptHandler): boolean {
  if (type === null) return true;
  VS.push(exc);
  f.pos = node.type!;
  const t = type(f);
  VS.push(t);
  const matched = exceptionMatches(exc, t);
  VS.pop(); VS.pop();
  H.decref(t);
  return matched;
}

/**
 * Entering a matching except clause: the exception becomes the one being handled (the
 * carrier's reference moves to the handled-exception stack). If it was raised while
 * another one was being handled, and caught before leaving that handler, it gets that
 * one as its context, as CPython chains at raise time.
 */
export function enterHandler(exc: PyBaseException): void {
  const outer = currentHandled();
  if (outer !== null) setContext(exc, outer);
  pushHandled(exc);
  H.decref(exc);
}

/** A with statement's `__enter__` and `__exit__` (looked up on the type), or CPython's TypeError. */
export function contextManagerMethods(mgr: PyObject): [PyObject, PyObject] {
  const enter = typeLookup(mgr.type, '__enter__');
  const exit = typeLookup(mgr.type, '__exit__');
  if (enter === null) throw raise(TypeError, `'${mgr.type.name}' object does not support the context manager protocol`);
  if (exit === null) throw raise(TypeError, `'${mgr.type.name}' object does not support the context manager protocol (missed __exit__ method)`);
  return [enter, exit];
}

/** Implicit chaining: a new exception raised while `handled` was being handled. */
export function setContext(e: PyBaseException, handled: PyObject): void {
  if (e === handled || e.context !== null) return;
  // Avoid creating a cycle in the context chain.
  let c: PyObject | null = handled;
  while (c instanceof PyBaseException) {
    if (c.context === e) {
      c.context = null;
      H.decref(e);
      break;
    }
    c = c.context;
  }
  handled.rc++;
  e.context = handled;
}

/** except T: — T a class or a tuple of classes. */
export function exceptionMatches(exc: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => exceptionMatches(exc, x));
  if (!(t instanceof PyType) || !t.isSubtype(BaseException)) {
    throw raise(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }
  return isInstance(exc, t);
}

export type { GEx, StoreFn, PyFunction, PyList, newList, listType, tupleType, dictType, unboundLocal, UnboundLocalError, newCode, newFunction };
