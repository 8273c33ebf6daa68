/**
 * The expression half of the compiler (see compile.ts): names, constants, operators,
 * calls, attribute and item access, displays, comprehensions, lambdas, f-strings, and the
 * assignment-target stores. Also the per-code-object bookkeeping (co_consts, qualnames,
 * closures) shared with the statement half.
 */

import type * as A from '../parse/ast.js';
import { H, PyObject, PyRaise, PyType } from '../objects/object.js';
import { PyDict, newDict, newDictPresized } from '../objects/dict.js';
import { PyStr, internStr, newStr, newStrFresh } from '../objects/str.js';
import { PyInt, newInt } from '../objects/int.js';
import { newTuple, PyTuple } from '../objects/tuple.js';
import { PyList, listAppend, newList } from '../objects/list.js';
import { False, None, True, newBool } from '../objects/singletons.js';
import { PyCell, PyFunction, newCell, newCode, newFunction } from '../objects/function.js';
import { NameError, TypeError, UnboundLocalError, ValueError, PyBaseException, raise, raiseWith, KeyError, IndexError } from '../objects/exceptions.js';
import {
  call, callMethodWith, compareBool, contains, getAttr, getItem, getIter, isInstance, isTrue, iterNext,
  iterToArray, repr, setAttr, setItem, str as pyStr, type CompareOp, richCompare, callMethod, wrapperKwCheck,
} from '../objects/abstract.js';
import { binaryOp, unaryOp } from '../objects/number.js';
import { typeLookup } from '../objects/typeobject.js';
import { PyMethodDescr } from '../objects/descr.js';
import { dictType, functionType, listType, strType, tupleType, intType, wrapperDescrType } from '../objects/typeobjects.js';
import { newSlice } from '../objects/slice.js';
import { fastIntCompare, fastIntOps } from '../objects/fastint.js';
import { dict_merge } from '../objects/types/dict.js';
import { list_extend } from '../objects/types/list.js';
import { Frame, VS, dropTo, unwindTo, releaseFrame, addTraceback } from './frame.js';
import { NORMAL, type CodeInfo, type Ev, type GEx } from './code.js';
import { lowerGeneratorBody } from './yield-lower.js';
import { callerWarning, subscriptWarning } from './comma-warnings.js';
import { functionStackSize, genexpStackSize } from './stack-depth.js';
import { newGenerator } from './generator.js';
import type { Scope } from './resolve.js';
import { ConstTable, fold } from './consts.js';
import { callFromStack, callFunction } from './call.js';
import { checkInterrupt, ts } from './state.js';
import { toPyRaise } from './errors.js';
import { formatValue } from './glue.js';
import { PySet, newSet, setAdd, setFromConstants } from '../objects/set.js';

export type StoreFn = (f: Frame, v: PyObject) => void;

export function unboundLocal(name: string): PyRaise {
  return raise(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

function freeUnbound(name: string): PyRaise {
  return raise(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

function nameErr(name: string): PyRaise {
  const r = raise(NameError, `name '${name}' is not defined`);
  const n = newStr(name);
  (r.exc as PyBaseException).setExtra('name', n);
  H.decref(n);
  return r;
}

const cmpOps: Record<string, CompareOp> = { Eq: 'Eq', NotEq: 'NotEq', Lt: 'Lt', LtE: 'LtE', Gt: 'Gt', GtE: 'GtE' };

export class ExprCompiler {
  /** co_consts of the code objects being compiled, innermost last. */
  private codeStack: { consts: PyObject[]; qual: string }[] = [];
  warnings: A.CompileWarning[] = [];

  constructor(readonly filename: string, readonly lines: string[], readonly consts: ConstTable) {}

  newCodeInfo(name: string, qualname: string, scope: Scope, pos: A.Pos): CodeInfo {
    return {
      name, qualname, filename: this.filename, pos, scope, nslots: scope.slots.length, stacksize: 1, hiddenSlots: 0,
      slotNames: scope.slots, argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, varargs: false,
      varkw: false, cellSlots: [], freeSlots: [], body: () => NORMAL, genBody: null,
      isGenerator: scope.isGenerator, pycode: null, doc: null,
    };
  }

  pushCode(qual = ''): void {
    this.codeStack.push({ consts: [], qual });
  }

  /** Adds an object to the current code object's co_consts (one reference per code object). */
  addConst(o: PyObject): void {
    const top = this.codeStack[this.codeStack.length - 1];
    if (top.consts.includes(o)) return;
    o.rc++;
    top.consts.push(o);
  }

  finishCode(ci: CodeInfo): void {
    const top = this.codeStack.pop()!;
    const sc = ci.scope;
    for (const n of sc.cells) {
      const s = sc.slotOf.get(n);
      if (s !== undefined) ci.cellSlots.push(s);
    }
    for (const n of sc.frees) ci.freeSlots.push(sc.slotOf.get(n)!);
    ci.pycode = newCode(ci.name, ci.qualname, this.filename, ci.pos.line, top.consts, ci);
  }

  qualnameFor(name: string, sc: Scope): string {
    const parentQual = this.codeStack.length > 0 ? this.codeStack[this.codeStack.length - 1].qual : '';
    if (sc.kind === 'module') return name;
    if (sc.kind === 'class') return `${parentQual}.${name}`;
    return `${parentQual}.<locals>.${name}`;
  }

  /** Slots (in the enclosing frame) of the cells a nested scope's free variables bind to. */
  closureSlots(inner: Scope, outer: Scope): number[] {
    const out: number[] = [];
    for (const n of inner.frees) {
      const s = outer.slotOf.get(n);
      if (s === undefined) throw new Error(`internal error: no cell for free variable ${n}`);
      out.push(s);
    }
    return out;
  }

  // ---------------------------------------------------------------- expressions

  expr(e0: A.Expr, sc: Scope): Ev {
    const e = fold(e0);
    switch (e.kind) {
      case 'Constant': {
        const c = this.consts.get(e.value);
        this.addConst(c);
        return () => {
          c.rc++;
          return c;
        };
      }
      case 'Name': return this.loadName(e, sc);
      case 'BinOp': {
        const l = this.expr(e.left, sc), r = this.expr(e.right, sc), op = e.op;
        const fast = fastIntOps[op];
        return (f) => {
          const a = l(f);
          VS.push(a);
          const b = r(f);
          if (fast !== undefined && a.type === intType && b.type === intType) {
            // Checked inline, not through a helper taking `fast`: that call site would be
            // polymorphic over every operator and not inlined (measured: loop.py ~15% slower).
            const x = (a as PyInt).v, y = (b as PyInt).v;
            const v = typeof x === 'number' && typeof y === 'number' ? fast(x, y) : undefined;
            if (v !== undefined) {
              // The result is allocated before the operands are released, as CPython does
              // (it decides which freed block the result may reuse: its id).
              const res = newIntOrRelease(v, b);
              VS.pop();
              H.decref(a);
              H.decref(b);
              return res;
            }
          }
          VS.push(b);
          f.pos = e;
          const v = binaryOp(a, b, op);
          VS.pop(); VS.pop();
          H.decref(a);
          H.decref(b);
          return v;
        };
      }
      case 'UnaryOp': {
        const o = this.expr(e.operand, sc);
        if (e.op === 'Not') {
          return (f) => {
            const v = o(f);
            VS.push(v);
            const b = isTrue(v);
            VS.pop();
            H.decref(v);
            return newBool(!b);
          };
        }
        const op = e.op;
        return (f) => {
          const v = o(f);
          VS.push(v);
          f.pos = e;
          const r = unaryOp(v, op);
          VS.pop();
          H.decref(v);
          return r;
        };
      }
      case 'BoolOp': {
        const vals = e.values.map((v) => this.expr(v, sc));
        const isAnd = e.op === 'And';
        return (f) => {
          let v = vals[0](f);
          for (let i = 1; i < vals.length; i++) {
            VS.push(v);
            const t = isTrue(v);
            VS.pop();
            if (t !== isAnd) return v;
            H.decref(v);
            v = vals[i](f);
          }
          return v;
        };
      }
      case 'Compare': return this.compare(e, sc);
      case 'IfExp': {
        const t = this.expr(e.test, sc), b = this.expr(e.body, sc), o = this.expr(e.orelse, sc);
        return (f) => {
          const v = t(f);
          VS.push(v);
          const c = isTrue(v);
          VS.pop();
          H.decref(v);
          return c ? b(f) : o(f);
        };
      }
      case 'Call': return this.callExpr(e, sc);
      case 'Attribute': {
        const o = this.expr(e.value, sc), name = e.attr;
        return (f) => {
          const v = o(f);
          VS.push(v);
          f.pos = e;
          const r = getAttr(v, name);
          VS.pop();
          H.decref(v);
          return r;
        };
      }
      case 'Subscript': {
        const w = subscriptWarning(e.value, e.slice);
        if (w !== null) this.warnings.push({ category: 'SyntaxWarning', lineno: e.line, msg: w });
        const o = this.expr(e.value, sc), k = this.expr(e.slice, sc);
        return (f) => {
          const v = o(f);
          VS.push(v);
          const key = k(f);
          VS.push(key);
          f.pos = e;
          const r = this.getItemFast(v, key);
          VS.pop(); VS.pop();
          H.decref(key);
          H.decref(v);
          return r;
        };
      }
      case 'Slice': {
        const lo = e.lower ? this.expr(e.lower, sc) : null;
        const hi = e.upper ? this.expr(e.upper, sc) : null;
        const st = e.step ? this.expr(e.step, sc) : null;
        return (f) => {
          const sp = VS.length;
          const a = lo ? lo(f) : (None.rc++, None);
          VS.push(a);
          const b = hi ? hi(f) : (None.rc++, None);
          VS.push(b);
          const c = st ? st(f) : (None.rc++, None);
          VS.push(c);
          const s = newSlice(a, b, c); // the three references move into the slice
          dropTo(sp);
          return s;
        };
      }
      case 'Tuple': case 'List': case 'Set': return this.display(e, sc);
      case 'Dict': return this.dictDisplay(e, sc);
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': return this.comprehension(e, sc);
      case 'Lambda': {
        const body: A.Stmt[] = [{ kind: 'Return', value: e.body, line: e.body.line, col: e.body.col, endLine: e.body.endLine, endCol: e.body.endCol }];
        return this.makeFunction(e, '<lambda>', e.args, body, e.scope as Scope, sc, null);
      }
      case 'JoinedStr': return this.joinedStr(e, sc);
      case 'FormattedValue': return this.joinedStr({ kind: 'JoinedStr', values: [e], line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol }, sc);
      case 'NamedExpr': {
        const v = this.expr(e.value, sc);
        const target = this.store(e.target, sc);
        return (f) => {
          const x = v(f);
          x.rc++;
          target(f, x);
          return x;
        };
      }
      case 'Starred':
        return () => {
          throw raise(excSyntax(), "can't use starred expression here");
        };
      case 'Yield': case 'YieldFrom':
        return () => {
          throw raise(excSyntax(), "'yield' in this position is not supported by memsnake yet");
        };
    }
  }

  private loadName(e: A.Name, sc: Scope): Ev {
    const name = e.id;
    const kind = sc.classify(name);
    if (kind === 'fast') {
      const slot = sc.slotOf.get(name)!;
      return (f) => {
        const v = f.fast[slot];
        if (v === null) {
          f.pos = e;
          throw unboundLocal(name);
        }
        v.rc++;
        return v;
      };
    }
    if (kind === 'cell' || kind === 'free') {
      const slot = sc.slotOf.get(name)!;
      return (f) => {
        const v = (f.fast[slot] as PyCell).ref;
        if (v === null) {
          f.pos = e;
          throw kind === 'cell' ? unboundLocal(name) : freeUnbound(name);
        }
        v.rc++;
        return v;
      };
    }
    if (kind === 'global') {
      return (f) => {
        let v = f.globals.getStr(name);
        if (v === undefined) {
          v = f.builtins.getStr(name);
          if (v === undefined) {
            f.pos = e;
            throw nameErr(name);
          }
        }
        v.rc++;
        return v;
      };
    }
    return (f) => {
      let v = f.locals !== null ? f.locals.getStr(name) : undefined;
      if (v === undefined) v = f.globals.getStr(name);
      if (v === undefined) {
        v = f.builtins.getStr(name);
        if (v === undefined) {
          f.pos = e;
          throw nameErr(name);
        }
      }
      v.rc++;
      return v;
    };
  }

  getItemFast(o: PyObject, k: PyObject): PyObject {
    const t = o.type;
    if (k.type === intType && (t === listType || t === tupleType)) {
      const items = (o as PyList).items;
      let i = (k as PyInt).v as number;
      if (typeof i === 'number') {
        if (i < 0) i += items.length;
        if (i >= 0 && i < items.length) {
          const v = items[i];
          v.rc++;
          return v;
        }
        throw raise(IndexError, t === listType ? 'list index out of range' : 'tuple index out of range');
      }
    }
    if (t === dictType) {
      const v = (o as PyDict).get(k);
      if (v !== undefined) {
        v.rc++;
        return v;
      }
      throw raiseWith(KeyError, k);
    }
    return getItem(o, k);
  }

  private compare(e: A.Compare, sc: Scope): Ev {
    const left = this.expr(e.left, sc);
    const rights = e.comparators.map((c) => this.expr(c, sc));
    const ops = e.ops;
    for (let i = 0; i < ops.length; i++) {
      if (ops[i] === 'Is' || ops[i] === 'IsNot') {
        const a = i === 0 ? fold(e.left) : fold(e.comparators[i - 1]);
        const b = fold(e.comparators[i]);
        if (isLiteral(a) || isLiteral(b)) {
          this.warnings.push({
            category: 'SyntaxWarning', lineno: e.line,
            msg: ops[i] === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?',
          });
          break;
        }
      }
    }
    const one = (a: PyObject, b: PyObject, op: A.CmpOp): PyObject => {
      switch (op) {
        case 'Is': return newBool(a === b);
        case 'IsNot': return newBool(a !== b);
        case 'In': return newBool(contains(b, a));
        case 'NotIn': return newBool(!contains(b, a));
        default: return richCompare(a, b, cmpOps[op]);
      }
    };
    if (ops.length === 1) {
      const r0 = rights[0], op = ops[0];
      const fast = fastIntCompare[op];
      return (f) => {
        const a = left(f);
        VS.push(a);
        const b = r0(f);
        if (fast !== undefined && a.type === intType && b.type === intType) {
          const x = (a as PyInt).v, y = (b as PyInt).v;
          if (typeof x === 'number' && typeof y === 'number') {
            const t = fast(x, y);
            VS.pop();
            H.decref(a);
            H.decref(b);
            return newBool(t);
          }
        }
        VS.push(b);
        f.pos = e;
        const r = one(a, b, op);
        VS.pop(); VS.pop();
        H.decref(a);
        H.decref(b);
        return r;
      };
    }
    return (f) => {
      let a = left(f);
      for (let i = 0; i < ops.length; i++) {
        VS.push(a);
        const b = rights[i](f);
        VS.push(b);
        f.pos = e;
        const r = one(a, b, ops[i]);
        VS.pop(); VS.pop();
        H.decref(a);
        a = b;
        if (i === ops.length - 1) {
          H.decref(b);
          return r;
        }
        VS.push(b);
        VS.push(r);
        const t = isTrue(r);
        VS.pop(); VS.pop();
        if (!t) {
          H.decref(b);
          return r;
        }
        H.decref(r);
      }
      throw new Error('unreachable');
    };
  }

  private callExpr(e: A.Call, sc: Scope): Ev {
    const w = e.func.kind === 'Attribute' ? null : callerWarning(e.func);
    if (w !== null) this.warnings.push({ category: 'SyntaxWarning', lineno: e.line, msg: w });
    const hasStar = e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null);
    const args = e.args.map((a) => (a.kind === 'Starred' ? this.expr(a.value, sc) : this.expr(a, sc)));
    const kwvals = e.keywords.map((k) => this.expr(k.value, sc));
    const kwnames = e.keywords.length > 0 && !hasStar ? e.keywords.map((k) => k.arg!) : null;
    if (hasStar) return this.callStar(e, sc, args, kwvals);
    // Method call: obj.name(...) without creating a bound method (LOAD_METHOD).
    if (e.func.kind === 'Attribute') {
      const objEv = this.expr(e.func.value, sc);
      const name = e.func.attr;
      const attrNode = e.func;
      return (f) => {
        const sp = VS.length;
        const o = objEv(f);
        VS.push(o);
        f.pos = attrNode;
        const t = o.type;
        const m = typeLookup(t, name);
        if (m !== null && (m.type === functionType || m instanceof PyMethodDescr) && !(o instanceof PyType) && noInstanceAttr(o, name) && !(t.heaptype && hasGetattribute(t)) ) {
          for (let i = 0; i < args.length; i++) VS.push(args[i](f));
          for (let i = 0; i < kwvals.length; i++) VS.push(kwvals[i](f));
          f.pos = e;
          if (ts.interrupt[0] !== 0) checkInterrupt();
          if (m.type === functionType) {
            // self is already on the stack right below the args: it moves into the frame.
            m.rc++;
            VS.splice(sp, 0, m);
            const r = callFromStack(m as PyFunction, sp + 1, kwnames);
            unwindTo(sp);
            return r;
          }
          const d = m as PyMethodDescr;
          // A slot wrapper other than __init__/__call__ refuses keywords (wrapper_call).
          if (kwnames !== null && d.type === wrapperDescrType) wrapperKwCheck(d.name, kwnames);
          const r = d.fn(o, VS.slice(sp + 1), kwnames);
          unwindTo(sp);
          return r;
        }
        const bound = getAttr(o, name);
        VS[sp] = bound;
        H.decref(o);
        for (let i = 0; i < args.length; i++) VS.push(args[i](f));
        for (let i = 0; i < kwvals.length; i++) VS.push(kwvals[i](f));
        f.pos = e;
        const r = callAt(bound, sp + 1, kwnames);
        unwindTo(sp);
        return r;
      };
    }
    const fnEv = this.expr(e.func, sc);
    return (f) => {
      const sp = VS.length;
      const fn = fnEv(f);
      VS.push(fn);
      for (let i = 0; i < args.length; i++) VS.push(args[i](f));
      for (let i = 0; i < kwvals.length; i++) VS.push(kwvals[i](f));
      f.pos = e;
      const r = callAt(fn, sp + 1, kwnames);
      unwindTo(sp);
      return r;
    };
  }

  private callStar(e: A.Call, _sc: Scope, args: Ev[], kwvals: Ev[]): Ev {
    return (f) => {
      const sp = VS.length;
      const fn = this.expr(e.func, _sc)(f);
      VS.push(fn);
      const pos: PyObject[] = [];
      for (let i = 0; i < e.args.length; i++) {
        const v = args[i](f);
        VS.push(v);
        if (e.args[i].kind === 'Starred') {
          f.pos = e;
          let items: PyObject[];
          try {
            items = iterToArray(v);
          } catch (err) {
            if (err instanceof PyRaise && (err.exc.type.name === 'TypeError')) {
              H.decref(err.exc);
              throw raise(TypeError, `${calleeName(fn)} argument after * must be an iterable, not ${v.type.name}`);
            }
            throw err;
          }
          for (const x of items) {
            VS.push(x);
            pos.push(x);
          }
        } else pos.push(v);
      }
      const names: string[] = [];
      const vals: PyObject[] = [];
      for (let i = 0; i < e.keywords.length; i++) {
        const k = e.keywords[i];
        const v = kwvals[i](f);
        VS.push(v);
        if (k.arg !== null) {
          if (names.includes(k.arg)) throw raise(TypeError, `${calleeName(fn)} got multiple values for keyword argument '${k.arg}'`);
          names.push(k.arg);
          vals.push(v);
        } else {
          if (!(v instanceof PyDict)) {
            const keysM = typeLookup(v.type, 'keys');
            if (keysM === null) throw raise(TypeError, `${calleeName(fn)} argument after ** must be a mapping, not ${v.type.name}`);
            const ks = callMethod(v, 'keys');
            VS.push(ks);
            const kl = iterToArray(ks);
            for (const kk of kl) {
              VS.push(kk);
              const vv = getItem(v, kk);
              VS.push(vv);
              names.push((kk as PyStr).v);
              vals.push(vv);
            }
            continue;
          }
          for (let j = 0; j < v.ks.length; j++) {
            const kk = v.ks[j];
            if (kk === null) continue;
            if (!(kk instanceof PyStr)) throw raise(TypeError, 'keywords must be strings');
            if (names.includes(kk.v)) throw raise(TypeError, `${calleeName(fn)} got multiple values for keyword argument '${kk.v}'`);
            names.push(kk.v);
            vals.push(v.vs[j]!);
          }
        }
      }
      f.pos = e;
      const all = [...pos, ...vals];
      const r = fn.type === functionType ? callFunction(fn, all, names.length ? names : null) : call(fn, all, names.length ? names : null);
      unwindTo(sp);
      return r;
    };
  }

  private display(e: A.Tuple | A.List | A.SetExpr, sc: Scope): Ev {
    const hasStar = e.elts.some((x) => x.kind === 'Starred');
    const elts = e.elts.map((x) => (x.kind === 'Starred' ? this.expr(x.value, sc) : this.expr(x, sc)));
    const stars = e.elts.map((x) => x.kind === 'Starred');
    const kind = e.kind;
    // 3.11 builds displays of 3+ constants from a tuple/frozenset constant (LIST_EXTEND,
    // SET_UPDATE), which gives them a different capacity than item-by-item building.
    const allConst = kind !== 'Tuple' && !hasStar && e.elts.length >= 3 && e.elts.every((x) => fold(x).kind === 'Constant');
    if (kind !== 'Set' && !allConst && (hasStar || elts.length > 30)) return this.builtDisplay(e, elts, stars);
    return (f) => {
      const sp = VS.length;
      for (let i = 0; i < elts.length; i++) {
        const v = elts[i](f);
        if (hasStar && stars[i]) {
          VS.push(v);
          f.pos = e;
          const items = iterToArray(v);
          VS.pop();
          H.decref(v);
          for (const x of items) VS.push(x);
        } else VS.push(v);
      }
      const items = VS.splice(sp);
      if (kind === 'Tuple') return newTuple(items);
      if (kind === 'List') {
        const l = newList(items);
        if (allConst && items.length % 2 === 1) {
          // 3.11 builds constant displays with LIST_EXTEND from a tuple: capacity rounds up.
          listGrowTo(l, (items.length + 1) & ~1);
        }
        return l;
      }
      if (allConst) {
        try {
          return setFromConstants(items);
        } finally {
          for (const x of items) H.decref(x);
        }
      }
      return newSet(items);
    };
  }

  /**
   * A list or tuple display with a starred item or more than 30 items (3.11's
   * starunpack_helper): the items before the first star are pushed and a list made for
   * them (BUILD_LIST i); a big display starts from an empty list instead (BUILD_LIST 0,
   * before any item is evaluated); then each item is appended (LIST_APPEND) or, starred,
   * extended (LIST_EXTEND), so the list grows as by append/extend; a tuple is made from
   * that list at the end (LIST_TO_TUPLE).
   */
  private builtDisplay(e: A.Tuple | A.List | A.SetExpr, elts: Ev[], stars: boolean[]): Ev {
    const n = elts.length;
    const big = n > 30;
    const firstStar = stars.indexOf(true);
    const pushed = big ? 0 : firstStar;
    const tuple = e.kind === 'Tuple';
    return (f) => {
      const sp = VS.length;
      for (let i = 0; i < pushed; i++) VS.push(elts[i](f));
      const l = newList(VS.slice(sp));
      dropTo(sp);
      VS.push(l);
      for (let i = pushed; i < n; i++) {
        const v = elts[i](f);
        if (stars[i]) {
          VS.push(v);
          f.pos = e;
          try {
            list_extend(l, v);
          } catch (err) {
            // LIST_EXTEND's message for what is not iterable at all.
            if (err instanceof PyRaise && isInstance(err.exc, TypeError) && typeLookup(v.type, '__iter__') === null && typeLookup(v.type, '__getitem__') === null) {
              H.decref(err.exc);
              throw raise(TypeError, `Value after * must be an iterable, not ${v.type.name}`);
            }
            throw err;
          }
          VS.pop();
          H.decref(v);
        } else listAppend(l, v);
      }
      VS.pop();
      if (!tuple) return l;
      const items = l.items.slice();
      for (const x of items) x.rc++;
      const t = newTuple(items);
      H.decref(l);
      return t;
    };
  }

  /**
   * A dict display as 3.11's compiler_dict builds it, which decides allocation order and
   * table sizes: pairs go in chunks (compiler_subdict); a chunk of up to 15 pairs
   * evaluates its keys and values first and then makes a dict presized for them
   * (BUILD_MAP n, or BUILD_CONST_KEY_MAP when its keys are constants), a chunk of 17 pairs
   * (the stack-use guideline) starts from an empty dict and adds pair by pair; every chunk
   * after the first, and every `**m`, is merged into the first dict (DICT_UPDATE).
   */
  private dictDisplay(e: A.Dict, sc: Scope): Ev {
    const keys = e.keys.map((k) => (k ? this.expr(k, sc) : null));
    const vals = e.values.map((v) => this.expr(v, sc));
    const n = keys.length;
    type Step = { star: false; begin: number; end: number; big: boolean } | { star: true; index: number };
    const steps: Step[] = [];
    const chunk = (begin: number, end: number): Step => ({ star: false, begin, end, big: (end - begin) * 2 > 30 });
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (keys[i] === null) {
        if (elements > 0) steps.push(chunk(i - elements, i));
        elements = 0;
        steps.push({ star: true, index: i });
      } else if (elements * 2 > 30) {
        steps.push(chunk(i - elements, i + 1));
        elements = 0;
      } else elements++;
    }
    if (elements > 0) steps.push(chunk(n - elements, n));
    const subdict = (f: Frame, st: { begin: number; end: number; big: boolean }): PyDict => {
      const count = st.end - st.begin;
      if (st.big) {
        const d = newDict();
        VS.push(d);
        for (let i = st.begin; i < st.end; i++) {
          const k = keys[i]!(f);
          VS.push(k);
          const v = vals[i](f);
          VS.push(v);
          f.pos = e;
          d.set(k, v);
          VS.pop(); VS.pop();
          H.decref(v);
          H.decref(k);
        }
        VS.pop();
        return d;
      }
      const sp = VS.length;
      for (let i = st.begin; i < st.end; i++) {
        VS.push(keys[i]!(f));
        VS.push(vals[i](f));
      }
      f.pos = e;
      const d = count > 5 ? newDictPresized(count) : newDict();
      VS.push(d);
      for (let i = sp; i < sp + 2 * count; i += 2) d.set(VS[i], VS[i + 1]);
      VS.pop();
      unwindTo(sp);
      return d;
    };
    /** DICT_UPDATE: PyDict_Update(d, m); a non-mapping is a TypeError. */
    const update = (f: Frame, d: PyDict, m: PyObject): void => {
      f.pos = e;
      if (m instanceof PyDict) {
        dict_merge(d, m);
        return;
      }
      if (typeLookup(m.type, 'keys') === null) throw raise(TypeError, `'${m.type.name}' object is not a mapping`);
      const ks = callMethod(m, 'keys');
      VS.push(ks);
      for (const kk of iterToArray(ks)) {
        VS.push(kk);
        const vv = getItem(m, kk);
        d.set(kk, vv);
        VS.pop();
        H.decref(kk);
        H.decref(vv);
      }
      VS.pop();
      H.decref(ks);
    };
    return (f) => {
      let d: PyDict | null = null;
      const sp = VS.length;
      for (const st of steps) {
        if (st.star) {
          if (d === null) {
            d = newDict(); // BUILD_MAP 0
            VS.push(d);
          }
          const m = vals[st.index](f);
          VS.push(m);
          update(f, d, m);
          VS.pop();
          H.decref(m);
          continue;
        }
        const c = subdict(f, st);
        if (d === null) {
          d = c;
          VS.push(d);
          continue;
        }
        VS.push(c);
        update(f, d, c);
        VS.pop();
        H.decref(c);
      }
      if (d === null) return newDict();
      dropTo(sp);
      return d;
    };
  }

  /** `at`: 3.11 locates every FORMAT_VALUE of an f-string, nested specs too, at the whole f-string. */
  private joinedStr(e: A.JoinedStr, sc: Scope, at: A.Pos = e): Ev {
    const parts = e.values.map((v) => {
      if (v.kind === 'Constant') {
        const s = v.value as string;
        return (): string => s;
      }
      const val = this.expr(v.value, sc);
      const spec = v.formatSpec ? this.joinedStr(v.formatSpec, sc, at) : null;
      const conv = v.conversion;
      return (f: Frame): string => {
        let x = val(f);
        VS.push(x);
        f.pos = at;
        if (conv === 114 || conv === 115 || conv === 97) {
          const c = conv === 115 ? pyStr(x) : repr(x);
          VS.pop();
          H.decref(x);
          x = c;
          VS.push(x);
        }
        let sp = '';
        if (spec) {
          const so = spec(f) as PyStr;
          sp = so.v;
          H.decref(so);
        }
        f.pos = at;
        const r = formatValue(x, sp);
        VS.pop();
        H.decref(x);
        return r;
      };
    });
    return (f) => {
      let s = '';
      for (const p of parts) s += p(f);
      return newStrFresh(s);
    };
  }

  // ---------------------------------------------------------------- functions

  makeFunction(node: A.Pos, name: string, args: A.Arguments, body: A.Stmt[], fs: Scope, sc: Scope, returns: A.Expr | null): Ev {
    const qual = this.qualnameFor(name, sc);
    let hidden = 0;
    const stacksize = fs.isGenerator ? functionStackSize(body) : 1;
    if (fs.isGenerator) {
      // Hidden temporaries of the yield lowering get slots after every real one.
      body = lowerGeneratorBody(body, (i) => {
        const t = `.y${i}`;
        if (!fs.slotOf.has(t)) {
          fs.slotOf.set(t, fs.slots.length);
          fs.slots.push(t);
          fs.assigned.add(t);
          hidden++;
        }
        return t;
      }, this.filename, this.lines);
    }
    const ci = this.newCodeInfo(name, qual, fs, node);
    ci.hiddenSlots = hidden;
    ci.stacksize = stacksize;
    ci.argcount = args.posonlyargs.length + args.args.length;
    ci.posonlyargcount = args.posonlyargs.length;
    ci.kwonlyargcount = args.kwonlyargs.length;
    ci.varargs = args.vararg !== null;
    ci.varkw = args.kwarg !== null;
    this.pushCode(qual);
    const first = body[0];
    if (name !== '<lambda>' && first && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') {
      ci.doc = this.consts.get(first.value.value);
      this.addConst(ci.doc);
    }
    if (fs.isGenerator) ci.genBody = this.genBody(body, fs);
    else ci.body = (this as unknown as { block(b: A.Stmt[], s: Scope): (f: Frame) => number }).block(body, fs);
    this.finishCode(ci);
    const code = ci.pycode!;
    this.addConst(code);
    H.decref(code); // co_consts owns the nested code object; ci.pycode is borrowed from here
    const defaults = args.defaults.map((d) => this.expr(d, sc));
    const kwdefs = args.kwDefaults.map((d, i) => (d ? { name: args.kwonlyargs[i].arg, ev: this.expr(d, sc) } : null)).filter((x) => x !== null) as { name: string; ev: Ev }[];
    const annos: { name: string; ev: Ev }[] = [];
    for (const a of [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])]) {
      if (a.annotation) annos.push({ name: a.arg, ev: this.expr(a.annotation, sc) });
    }
    if (returns) annos.push({ name: 'return', ev: this.expr(returns, sc) });
    const closureSlots = this.closureSlots(fs, sc);
    const nameObj = internStr(name);
    this.addConst(nameObj);
    H.decref(nameObj);
    return (f) => {
      const sp = VS.length;
      let dt: PyTuple | null = null;
      if (defaults.length > 0) {
        for (const d of defaults) VS.push(d(f));
        dt = newTuple(VS.splice(sp));
        VS.push(dt);
      }
      let kd: PyDict | null = null;
      if (kwdefs.length > 0) {
        kd = newDict();
        VS.push(kd);
        for (const k of kwdefs) {
          const v = k.ev(f);
          const ks = internStr(k.name);
          kd.set(ks, v);
          H.decref(ks);
          H.decref(v);
        }
      }
      let ann: PyDict | null = null;
      if (annos.length > 0) {
        ann = newDict();
        VS.push(ann);
        for (const a of annos) {
          const v = a.ev(f);
          const ks = internStr(a.name);
          ann.set(ks, v);
          H.decref(ks);
          H.decref(v);
        }
      }
      // MAKE_FUNCTION takes the closure tuple already built (it is allocated first).
      const closure = closureSlots.length > 0 ? newTuple(closureSlots.map((s) => {
        const c = f.fast[s]!;
        c.rc++;
        return c;
      })) : null;
      code.rc++;
      f.globals.rc++;
      const fn = newFunction(code, f.globals, internStr(name), newStr(qual));
      fn.defaults = dt;
      fn.kwdefaults = kd;
      fn.annotations = ann;
      if (ci.doc) {
        ci.doc.rc++;
        fn.doc = ci.doc;
      }
      const mod = f.globals.getStr('__name__');
      if (mod) {
        mod.rc++;
        fn.module = mod;
      }
      fn.closure = closure;
      dropTo(sp);
      return fn;
    };
  }

  /** The generator-mode body (compile.ts overrides this with compile-gen.ts's compiler). */
  genBody(_body: A.Stmt[], _fs: Scope): GEx | null {
    return null;
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, sc: Scope): Ev {
    const cs = e.scope as Scope;
    const qual = this.qualnameFor(cs.name, sc);
    const ci = this.newCodeInfo(cs.name, qual, cs, e);
    ci.argcount = 1;
    this.pushCode(qual);
    const gens: CompGen[] = e.generators.map((g, i) => ({
      iter: i === 0 ? null : this.expr(g.iter, cs),
      store: this.store(g.target, cs),
      ifs: g.ifs.map((c) => this.expr(c, cs)),
      node: g.iter,
    }));
    const elt = e.kind === 'DictComp' ? null : this.expr(e.elt, cs);
    const key = e.kind === 'DictComp' ? this.expr(e.key, cs) : null;
    const value = e.kind === 'DictComp' ? this.expr(e.value, cs) : null;
    this.finishCode(ci);
    this.addConst(ci.pycode!);
    H.decref(ci.pycode!); // co_consts owns the nested code object; ci.pycode is borrowed
    const firstIter = this.expr(e.generators[0].iter, sc);
    const closureSlots = this.closureSlots(cs, sc);
    const kind = e.kind;
    if (kind === 'GeneratorExp') return this.generatorExp(e, ci, gens, elt!, firstIter, closureSlots);
    return (f) => {
      const src = firstIter(f);
      VS.push(src);
      f.pos = e.generators[0].iter;
      const it0 = getIter(src);
      VS.pop();
      H.decref(src);
      // The comprehension's own call is located at the whole comprehension (3.11's CALL).
      f.pos = e;
      const cf = new Frame(ci, f.globals, f.builtins, null, null, f);
      cf.fast[0] = it0;
      for (const s of ci.cellSlots) cf.fast[s] = newCell(cf.fast[s]);
      for (let i = 0; i < closureSlots.length; i++) {
        const c = f.fast[closureSlots[i]]!;
        c.rc++;
        cf.fast[ci.freeSlots[i]] = c;
      }
      const result: PyObject = kind === 'ListComp' ? newList([]) : kind === 'SetComp' ? newSet() : newDict();
      VS.push(result);
      const saved = ts.frame;
      ts.frame = cf;
      try {
        const loop = (level: number, it: PyObject): void => {
          const g = gens[level];
          for (;;) {
            cf.pos = e;
            const v = iterNext(it);
            if (v === null) return;
            g.store(cf, v);
            let ok = true;
            for (const c of g.ifs) {
              const t = c(cf);
              const b = isTrue(t);
              H.decref(t);
              if (!b) {
                ok = false;
                break;
              }
            }
            if (!ok) continue;
            if (level + 1 < gens.length) {
              const s2 = gens[level + 1].iter!(cf);
              VS.push(s2);
              const it2 = getIter(s2);
              VS.pop();
              H.decref(s2);
              VS.push(it2);
              loop(level + 1, it2);
              VS.pop();
              H.decref(it2);
              continue;
            }
            if (kind === 'DictComp') {
              const k = key!(cf);
              VS.push(k);
              const val = value!(cf);
              (result as PyDict).set(k, val);
              VS.pop();
              H.decref(k);
              H.decref(val);
            } else {
              const x = elt!(cf);
              if (kind === 'SetComp') {
                VS.push(x);
                setAdd(result as PySet, x);
                VS.pop();
                H.decref(x);
              } else listAppend(result as PyList, x);
            }
          }
        };
        loop(0, it0);
      } catch (err) {
        const pr = toPyRaise(err);
        unwindTo(cf.base);
        addTraceback(pr.exc as PyBaseException, cf);
        ts.frame = saved;
        releaseFrame(cf);
        throw pr;
      }
      ts.frame = saved;
      releaseFrame(cf);
      VS.pop();
      return result;
    };
  }

  /**
   * A generator expression: the first iterable is evaluated and iterated here, in the
   * enclosing scope; the rest runs lazily in a generator whose frame gets that iterator
   * as its argument `.0`, as CPython's `<genexpr>` function.
   */
  private generatorExp(e: A.GeneratorExp, ci: CodeInfo, gens: CompGen[], elt: Ev, firstIter: Ev, closureSlots: number[]): Ev {
    const n = gens.length;
    ci.stacksize = genexpStackSize(e);
    const level = function* (cf: Frame, i: number, it: PyObject): Generator<PyObject, void, PyObject> {
      const g = gens[i];
      for (;;) {
        cf.pos = e;
        const v = iterNext(it);
        if (v === null) return;
        g.store(cf, v);
        let ok = true;
        for (const c of g.ifs) {
          const t = c(cf);
          const b = isTrue(t);
          H.decref(t);
          if (!b) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (i + 1 < n) {
          const s2 = gens[i + 1].iter!(cf);
          VS.push(s2);
          const it2 = getIter(s2);
          VS.pop();
          H.decref(s2);
          VS.push(it2);
          yield* level(cf, i + 1, it2);
          VS.pop();
          H.decref(it2);
          continue;
        }
        const x = elt(cf);
        cf.pos = e.elt;
        H.decref(yield x);
      }
    };
    const body: GEx = function* (cf) {
      yield* level(cf, 0, cf.fast[0]!);
      return NORMAL;
    };
    ci.genBody = body;
    return (f) => {
      const src = firstIter(f);
      VS.push(src);
      f.pos = e.generators[0].iter;
      const it0 = getIter(src);
      VS.pop();
      H.decref(src);
      const cf = new Frame(ci, f.globals, f.builtins, null, null, f);
      cf.fast[0] = it0;
      for (const s of ci.cellSlots) cf.fast[s] = newCell(cf.fast[s]);
      for (let i = 0; i < closureSlots.length; i++) {
        const c = f.fast[closureSlots[i]]!;
        c.rc++;
        cf.fast[ci.freeSlots[i]] = c;
      }
      return newGenerator(cf, null, ci);
    };
  }

  // ---------------------------------------------------------------- stores


  store(t: A.Expr, sc: Scope): StoreFn {
    switch (t.kind) {
      case 'Name': {
        const name = t.id;
        const kind = sc.classify(name);
        if (kind === 'fast') {
          const slot = sc.slotOf.get(name)!;
          return (f, v) => {
            const old = f.fast[slot];
            f.fast[slot] = v;
            if (old !== null) H.decref(old);
          };
        }
        if (kind === 'cell' || kind === 'free') {
          const slot = sc.slotOf.get(name)!;
          return (f, v) => {
            const c = f.fast[slot] as PyCell;
            const old = c.ref;
            c.ref = v;
            if (old !== null) H.decref(old);
          };
        }
        // The key is owned by the code object (as co_names would), borrowed here.
        const key = internStr(name);
        this.addConst(key);
        H.decref(key);
        const global = kind === 'global';
        return (f, v) => {
          const d = global ? f.globals : f.locals ?? f.globals;
          d.set(key, v);
          H.decref(v);
        };
      }
      case 'Attribute': {
        const o = this.expr(t.value, sc);
        const name = t.attr;
        return (f, v) => {
          VS.push(v);
          const obj = o(f);
          VS.push(obj);
          f.pos = t;
          setAttr(obj, name, v);
          VS.pop(); VS.pop();
          H.decref(obj);
          H.decref(v);
        };
      }
      case 'Subscript': {
        const o = this.expr(t.value, sc);
        const k = this.expr(t.slice, sc);
        return (f, v) => {
          VS.push(v);
          const obj = o(f);
          VS.push(obj);
          const key = k(f);
          VS.push(key);
          f.pos = t;
          if (obj.type === dictType) (obj as PyDict).set(key, v);
          else setItem(obj, key, v);
          VS.pop(); VS.pop(); VS.pop();
          H.decref(key);
          H.decref(obj);
          H.decref(v);
        };
      }
      case 'Tuple': case 'List': {
        const starAt = t.elts.findIndex((x) => x.kind === 'Starred');
        const subs = t.elts.map((x) => this.store(x.kind === 'Starred' ? x.value : x, sc));
        const n = t.elts.length;
        return (f, v) => {
          VS.push(v);
          f.pos = t;
          let items: PyObject[];
          if ((v.type === tupleType || v.type === listType) && starAt < 0) {
            const src = (v as PyTuple).items;
            if (src.length !== n) throw unpackError(src.length, n);
            items = src.slice();
            for (const x of items) x.rc++;
          } else {
            items = unpackIter(v, n, starAt);
          }
          VS.pop();
          H.decref(v);
          const sp = VS.length;
          for (const x of items) VS.push(x);
          if (starAt >= 0) {
            const before = items.slice(0, starAt);
            const after = items.slice(items.length - (n - starAt - 1));
            const mid = items.slice(starAt, items.length - (n - starAt - 1));
            dropTo(sp);
            for (let i = 0; i < before.length; i++) subs[i](f, before[i]);
            subs[starAt](f, newList(mid));
            for (let i = 0; i < after.length; i++) subs[starAt + 1 + i](f, after[i]);
            return;
          }
          dropTo(sp);
          for (let i = 0; i < n; i++) subs[i](f, items[i]);
        };
      }
      case 'Starred':
        return this.store(t.value, sc);
      default:
        return () => {
          throw raise(excSyntax(), 'cannot assign to expression');
        };
    }
  }
}

import { excTypes } from '../objects/exceptions.js';
function excSyntax() {
  return excTypes.get('SyntaxError')!;
}

function isLiteral(e: A.Expr): boolean {
  // CPython folds `()` into a constant before this check (fold_tuple), so it warns too.
  if (e.kind === 'Tuple' && e.ctx === 'Load' && e.elts.length === 0) return true;
  if (e.kind !== 'Constant') return false;
  const v = e.value;
  return !(v === null || v === true || v === false || typeof v === 'symbol');
}

function unpackError(got: number, want: number): PyRaise {
  if (got > want) return raise(ValueError, `too many values to unpack (expected ${want})`);
  return raise(ValueError, `not enough values to unpack (expected ${want}, got ${got})`);
}

function unpackIter(v: PyObject, n: number, starAt: number): PyObject[] {
  let it: PyObject;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyRaise && e.exc.type === TypeError) {
      H.decref(e.exc);
      throw raise(TypeError, `cannot unpack non-iterable ${v.type.name} object`);
    }
    throw e;
  }
  const out: PyObject[] = [];
  try {
    if (starAt < 0) {
      for (;;) {
        const x = iterNext(it);
        if (x === null) break;
        if (out.length === n) {
          H.decref(x);
          throw raise(ValueError, `too many values to unpack (expected ${n})`);
        }
        out.push(x);
      }
      if (out.length < n) throw unpackError(out.length, n);
      return out;
    }
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      out.push(x);
    }
    if (out.length < n - 1) throw raise(ValueError, `not enough values to unpack (expected at least ${n - 1}, got ${out.length})`);
    return out;
  } catch (e) {
    for (const x of out) H.decref(x);
    throw e;
  } finally {
    H.decref(it);
  }
}

function calleeName(fn: PyObject): string {
  if (fn instanceof PyFunction) return `${fn.qualname.v}()`;
  const n = (fn as unknown as { name?: string }).name;
  return n ? `${n}()` : `${fn.type.name} object`;
}

function hasGetattribute(t: PyType): boolean {
  const g = typeLookup(t, '__getattribute__');
  return g !== null && g.type === functionType;
}

function noInstanceAttr(o: PyObject, name: string): boolean {
  const a = o.attrs as unknown as { get(n: string): unknown } | null;
  return a === null || a.get(name) === undefined;
}


/** Calls fn with the stack entries above `sp` as arguments (owned there). */
export function callAt(fn: PyObject, sp: number, kwnames: string[] | null): PyObject {
  if (ts.interrupt[0] !== 0) checkInterrupt();
  if (fn.type === functionType) return callFromStack(fn as PyFunction, sp, kwnames);
  return call(fn, VS.slice(sp), kwnames);
}

import { setAllocated } from '../objects/list.js';
function listGrowTo(l: PyList, n: number): void {
  setAllocated(l, n);
}

export { compareBool, callMethodWith, True, False, strType, newTuple };

/** newInt(v); if that raises (MemoryError), releases `b` first (an operand not on the value stack). */
export function newIntOrRelease(v: number, b: PyObject): PyObject {
  try {
    return newInt(v);
  } catch (e) {
    H.decref(b);
    throw e;
  }
}

/** One `for ... in ... if ...` clause of a compiled comprehension. */
interface CompGen {
  iter: Ev | null;
  store: StoreFn;
  ifs: Ev[];
  node: A.Expr;
}
