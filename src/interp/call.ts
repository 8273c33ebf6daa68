/**
 * Calling Python functions (Python/ceval.c `_PyEval_Vector`, `initialize_locals`):
 * binding arguments to frame slots, creating cells, running the body, and releasing the
 * frame in slot order on return.
 *
 * 3.11 moves a call's arguments from the caller's stack into the callee's frame, so an
 * argument counts once while the callee runs (`getrefcount(a)` inside `f(x)` is 3). The
 * evaluator gets the same effect by binding with new references and then dropping its
 * stack references before the body runs (`callFromStack`).
 */

import { H, PyObject, PyRaise } from '../objects/object.js';
import { PyFunction, PyCell, newCell } from '../objects/function.js';
import { PyDict, newDict } from '../objects/dict.js';
import { PyStr, newStr } from '../objects/str.js';
import { newTuple, PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { RecursionError, TypeError, raise } from '../objects/exceptions.js';
import { recursion } from '../objects/abstract.js';
import { hooks } from '../objects/hooks.js';
import { Frame, VS, addTraceback, releaseFrame, unwindTo } from './frame.js';
import type { CodeInfo } from './code.js';
import { checkInterrupt, ts } from './state.js';
import { toPyRaise } from './errors.js';
import { newGenerator } from './generator.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * Binds args (borrowed: positional then keyword values, names in kwnames) into the new
 * frame's slots, taking new references. Raises CPython's TypeErrors.
 */
function bindArgs(f: Frame, func: PyFunction, code: CodeInfo, args: PyObject[], kwnames: string[] | null): void {
  const fast = f.fast;
  const nk = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nk;
  const argc = code.argcount;
  const fname = func.qualname.v;
  const n = Math.min(npos, argc);
  for (let i = 0; i < n; i++) {
    const v = args[i];
    v.rc++;
    fast[i] = v;
  }
  let kwdict: PyDict | null = null;
  const kwIndex = argc + code.kwonlyargcount + (code.varargs ? 1 : 0);
  if (code.varkw) {
    kwdict = newDict();
    fast[kwIndex] = kwdict;
  }
  if (code.varargs) {
    const extra = npos > argc ? args.slice(argc, npos) : [];
    for (const x of extra) x.rc++;
    fast[argc + code.kwonlyargcount] = newTuple(extra);
  } else if (npos > argc) {
    const defaults = func.defaults ? func.defaults.items.length : 0;
    let kwGiven = 0;
    if (nk > 0) for (const k of kwnames!) if (code.slotNames.indexOf(k) >= argc && code.slotNames.indexOf(k) < argc + code.kwonlyargcount) kwGiven++;
    const takes = defaults > 0 ? `from ${argc - defaults} to ${argc} positional arguments` : `${plural(argc, 'positional argument')}`;
    const given = kwGiven > 0 ? `${plural(npos, 'positional argument')} (and ${plural(kwGiven, 'keyword-only argument')}) were given` : `${npos} ${npos === 1 ? 'was' : 'were'} given`;
    throw raise(TypeError, `${fname}() takes ${takes} but ${given}`);
  }
  if (nk > 0) {
    const posOnlyPassed: string[] = [];
    for (let j = 0; j < nk; j++) {
      const k = kwnames![j];
      const v = args[npos + j];
      const i = code.slotNames.indexOf(k);
      if (i < code.posonlyargcount || i >= argc + code.kwonlyargcount || i < 0) {
        if (kwdict !== null) {
          if (i >= 0 && i < code.posonlyargcount) {
            // posonly names may also appear in **kwargs
          }
          const ks = newStr(k);
          if (kwdict.getStr(k) !== undefined) {
            H.decref(ks);
            throw raise(TypeError, `${fname}() got multiple values for argument '${k}'`);
          }
          kwdict.set(ks, v);
          H.decref(ks);
          continue;
        }
        if (i >= 0 && i < code.posonlyargcount) {
          posOnlyPassed.push(k);
          continue;
        }
        throw raise(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
      }
      if (fast[i] !== null) throw raise(TypeError, `${fname}() got multiple values for argument '${k}'`);
      v.rc++;
      fast[i] = v;
    }
    if (posOnlyPassed.length > 0) {
      throw raise(TypeError, `${fname}() got some positional-only arguments passed as keyword arguments: '${posOnlyPassed.join(', ')}'`);
    }
  }
  // Defaults for missing positionals.
  if (npos < argc) {
    const defs = func.defaults ? func.defaults.items : [];
    const firstDefault = argc - defs.length;
    const missing: string[] = [];
    for (let i = npos; i < argc; i++) {
      if (fast[i] !== null) continue;
      if (i >= firstDefault) {
        const d = defs[i - firstDefault];
        d.rc++;
        fast[i] = d;
      } else missing.push(code.slotNames[i]);
    }
    if (missing.length > 0) {
      throw raise(TypeError, `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
    }
  }
  if (code.kwonlyargcount > 0) {
    const missing: string[] = [];
    for (let i = argc; i < argc + code.kwonlyargcount; i++) {
      if (fast[i] !== null) continue;
      const name = code.slotNames[i];
      const d = func.kwdefaults ? func.kwdefaults.getStr(name) : undefined;
      if (d !== undefined) {
        d.rc++;
        fast[i] = d;
      } else missing.push(name);
    }
    if (missing.length > 0) {
      throw raise(TypeError, `${fname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
    }
  }
}

/** Sets up cells and free variables (MAKE_CELL, COPY_FREE_VARS). */
function initCells(f: Frame, func: PyFunction, code: CodeInfo): void {
  const fast = f.fast;
  for (const s of code.cellSlots) fast[s] = newCell(fast[s]);
  if (code.freeSlots.length > 0) {
    const cl = func.closure!.items;
    for (let i = 0; i < code.freeSlots.length; i++) {
      const c = cl[i];
      c.rc++;
      fast[code.freeSlots[i]] = c;
    }
  }
}

/**
 * Calls a Python function with borrowed arguments (the path natives use: `sorted(key=f)`,
 * `__eq__` from a dict lookup...). Returns a new reference.
 */
export function callFunction(fo: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const func = fo as PyFunction;
  const code = func.code.impl as CodeInfo;
  const f = new Frame(code, func.globals, ts.builtins, null, func, ts.frame);
  try {
    bindArgs(f, func, code, args, kwnames);
    initCells(f, func, code);
  } catch (e) {
    releaseFrame(f);
    throw e;
  }
  return runFrame(f, func, code);
}
hooks.callFunction = callFunction;

/**
 * Calls a Python function whose arguments are the top `nargs` entries of the value stack
 * (owned there): they move into the frame. The stack is truncated to `sp` before the body
 * runs. Returns a new reference.
 */
export function callFromStack(func: PyFunction, sp: number, kwnames: string[] | null): PyObject {
  const code = func.code.impl as CodeInfo;
  const f = new Frame(code, func.globals, ts.builtins, null, func, ts.frame);
  const n = VS.length - sp;
  if (kwnames === null && n === code.argcount && !code.varargs && !code.varkw && code.kwonlyargcount === 0) {
    // Exactly the positional parameters: the references move from the stack as they are.
    const fast = f.fast;
    for (let i = n - 1; i >= 0; i--) fast[i] = VS.pop()!;
    if (code.cellSlots.length > 0 || code.freeSlots.length > 0) initCells(f, func, code);
    f.base = sp;
    return runFrame(f, func, code);
  }
  try {
    bindArgs(f, func, code, n === 0 ? NOARGS : VS.slice(sp), kwnames);
    initCells(f, func, code);
  } catch (e) {
    releaseFrame(f);
    throw e;
  }
  unwindTo(sp);
  f.base = sp;
  return runFrame(f, func, code);
}
const NOARGS: PyObject[] = [];

function runFrame(f: Frame, func: PyFunction, code: CodeInfo): PyObject {
  if (code.isGenerator) return newGenerator(f, func, code);
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    releaseFrame(f);
    throw raise(RecursionError, 'maximum recursion depth exceeded');
  }
  if (ts.interrupt[0] !== 0) {
    recursion.depth--;
    releaseFrame(f);
    checkInterrupt();
  }
  const saved = ts.frame;
  ts.frame = f;
  try {
    code.body(f);
  } catch (e) {
    const pr = toPyRaise(e);
    unwindTo(f.base);
    addTraceback(pr.exc as unknown as { traceback: PyObject | null }, f);
    ts.frame = saved;
    recursion.depth--;
    releaseFrame(f);
    throw pr;
  }
  ts.frame = saved;
  recursion.depth--;
  let r = f.retval;
  f.retval = null;
  if (r === null) {
    None.rc++;
    r = None;
  }
  releaseFrame(f);
  return r;
}

export { PyRaise, PyCell, PyStr, PyTuple };
