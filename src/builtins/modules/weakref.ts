/**
 * The `weakref` module (Modules/_weakref.c plus the classes of Lib/weakref.py and
 * Lib/_weakrefset.py). The types live in objects/weakref*.ts; this file gives them the
 * protocol operations and the callback runner they need (both run Python code), builds the
 * module object per session, and runs `finalize`'s atexit hook at shutdown.
 *
 * In CPython `weakref` is already imported when a script starts, so importing it
 * allocates nothing but the module here (its functions and types are static).
 */

import { H, PyObject } from '../../objects/object.js';
import type { HeapObject, Heap } from '../../heap/heap.js';
import type { PyDict } from '../../objects/dict.js';
import { newInt } from '../../objects/int.js';
import { newList } from '../../objects/list.js';
import { newTuple } from '../../objects/tuple.js';
import { None } from '../../objects/singletons.js';
import { StopIteration, TypeError, raise } from '../../objects/exceptions.js';
import { bindArgs } from '../../objects/methods.js';
import { staticBuiltin } from '../../objects/descr.js';
import {
  call, contains, delItem, getItem, getIter, index, isTrue, iterNext, len, setAttr, setItem, str,
} from '../../objects/abstract.js';
import { binaryOp, unaryOp } from '../../objects/number.js';
import type { Operator } from '../../parse/ast.js';
import { PyModule, moduleSet, moduleSetOwned } from '../../objects/module.js';
import { newDict } from '../../objects/dict.js';
import { newStr } from '../../objects/str.js';
import {
  PyWeakref, callableProxyType, handleWeakrefsForCollection, initWeakrefTypes, newProxy, proxyType, refType, setWeakrefCallbackRunner,
  supportsWeakrefs, weakrefCount, weakrefsOf,
} from '../../objects/weakref.js';
import {
  initWeakCollections, keyedRefType, weakKeyDictType, weakSetType, weakValueDictType,
} from '../../objects/weakref_collections.js';
import {
  finalizeType, initFinalizeType, newFinalizeState, runFinalizersAtExit, type FinalizeState,
} from '../../objects/weakref_finalize.js';
import { VS, unwindTo } from '../../interp/frame.js';
import { ts } from '../../interp/state.js';
import { toPyRaise } from '../../interp/errors.js';
import { writeUnraisable } from '../../interp/unraisable.js';
import { formatException } from '../../interp/traceback.js';
import { activeContext } from '../context.js';
import { gcHooks } from '../../gc/collect.js';
import { listMove, type GcHead } from '../../gc/list.js';

/**
 * handle_callback: callback(wr), an exception printed as unraisable with the callback as
 * the object ("Exception ignored in: <function cb at 0x...>"). As for `__del__`
 * (interp/finalizer.ts), a failed call leaves the value stack and the handled-exception
 * stack as they were.
 */
function runCallback(wr: PyObject, callback: PyObject): void {
  const height = VS.length;
  const handled = ts.handled.length;
  try {
    H.decref(call(callback, [wr]));
  } catch (e) {
    const pr = toPyRaise(e);
    unwindTo(height);
    while (ts.handled.length > handled) H.decref(ts.handled.pop()!);
    try {
      writeUnraisable(pr.exc, callback);
    } finally {
      H.decref(pr.exc);
    }
  }
}

const binops: Record<string, Operator> = {
  add: 'Add', sub: 'Sub', mul: 'Mult', matmul: 'MatMult', truediv: 'Div', floordiv: 'FloorDiv',
  mod: 'Mod', pow: 'Pow', lshift: 'LShift', rshift: 'RShift', and: 'BitAnd', or: 'BitOr', xor: 'BitXor',
};

setWeakrefCallbackRunner(runCallback);
initWeakrefTypes({
  setAttr, str, isTrue, len,
  newInt: (n) => newInt(n),
  getItem, setItem, delItem, contains, getIter,
  next: (o) => {
    const r = iterNext(o);
    if (r === null) throw raise(StopIteration);
    return r;
  },
  binaryOp: (a, b, op) => binaryOp(a, b, op as Operator),
  unaryOp,
  newIndex: (o) => newInt(index(o)),
  binops,
  call: (f, args, kw) => call(f, args, kw),
});
initWeakCollections();
initFinalizeType();

/**
 * The collector's handle_weakrefs step (gc/collect.ts): objects/weakref.ts does the work;
 * this adapts it to the collector's lists. Which weakrefs are themselves garbage is noted
 * first (CPython's COLLECTING flag; the collector has reset gc_refs by now). A reachable
 * weakref whose callback ran and that survived goes to the tail of `old`, as gcmodule.c's
 * move out of wrcb_to_call does, whatever generation it was in.
 */
gcHooks.handleWeakrefs = (unreachable: GcHead, old: GcHead): number => {
  const garbageRefs = new Set<PyObject>();
  for (let g = unreachable.gcNext; g !== unreachable; g = g.gcNext!) {
    if (g instanceof PyWeakref) garbageRefs.add(g);
  }
  function* walk(): Generator<PyObject> {
    for (let g = unreachable.gcNext; g !== unreachable; g = g.gcNext!) yield g as PyObject;
  }
  return handleWeakrefsForCollection(walk(), (o) => garbageRefs.has(o), (wr, freed) => {
    if (!freed && wr.gcNext !== null) listMove(wr, old);
  });
};

// ------------------------------------------------------------------ functions

function getweakrefcount(args: PyObject[], kw: string[] | null): PyObject {
  const [o] = bindArgs('getweakrefcount', args, kw, ['object'], 1, 1);
  return newInt(supportsWeakrefs(o!) ? weakrefCount(o!) : 0);
}

function getweakrefs(args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) throw raise(TypeError, 'getweakrefs() takes no keyword arguments');
  if (args.length !== 1) throw raise(TypeError, `getweakrefs() takes exactly one argument (${args.length} given)`);
  const refs = supportsWeakrefs(args[0]) ? weakrefsOf(args[0]).slice() : [];
  for (const r of refs) r.rc++;
  return newList(refs);
}

function proxy(args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) throw raise(TypeError, 'proxy() takes no keyword arguments');
  if (args.length < 1) throw raise(TypeError, `proxy expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw raise(TypeError, `proxy expected at most 2 arguments, got ${args.length}`);
  return newProxy(args[0], args.length > 1 ? args[1] : null);
}

/** _remove_dead_weakref(dct, key): deletes dct[key] if it is a dead weakref. */
function removeDeadWeakref(args: PyObject[], kw: string[] | null): PyObject {
  const [d, k] = bindArgs('_remove_dead_weakref', args, kw, ['dct', 'key'], 2, 2);
  const dict = d as PyDict;
  if (typeof dict.pop !== 'function') throw raise(TypeError, 'not a dict');
  const v = dict.get(k!);
  if (v !== undefined && (v as { referent?: PyObject | null }).referent === null) {
    const old = dict.pop(k!);
    if (old !== undefined) H.decref(old);
  }
  None.rc++;
  return None;
}

const functions: [string, (a: PyObject[], k: string[] | null) => PyObject][] = [
  ['getweakrefcount', getweakrefcount],
  ['getweakrefs', getweakrefs],
  ['proxy', proxy],
  ['_remove_dead_weakref', removeDeadWeakref],
];
const functionObjects = new Map<string, PyObject>();

// ------------------------------------------------------------------ the module

/** The weakref module object: also owns finalize's registry (a class attribute in CPython). */
class PyWeakrefModule extends PyModule {
  constructor(dict: PyDict, readonly finalizers: FinalizeState) {
    super(dict);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    super.traverse(visit);
    visit(this.finalizers.registry);
  }
  override clearContents(heap: Heap): void {
    super.clearContents(heap);
    heap.decref(this.finalizers.registry);
  }
}

/** A new `weakref` module (once per session). */
export function createWeakrefModule(): PyModule {
  const d = newDict();
  const m = new PyWeakrefModule(d, newFinalizeState());
  try {
    H.allocate(m, 16 + 56, 16);
  } catch (e) {
    H.decref(d);
    H.decref(m.finalizers.registry);
    throw e;
  }
  m.builtin = false;
  moduleSetOwned(m, '__name__', newStr('weakref'));
  moduleSetOwned(m, '__doc__', newStr('Weak reference support for Python.\n\nThis module is an implementation of PEP 205:\n\nhttps://peps.python.org/pep-0205/\n'));
  for (const n of ['__package__', '__loader__', '__spec__']) moduleSet(m, n, None);
  for (const [n, f] of functions) {
    let o = functionObjects.get(n);
    if (o === undefined) {
      o = staticBuiltin(n, f, '_weakref');
      functionObjects.set(n, o);
    }
    moduleSet(m, n, o);
  }
  moduleSet(m, 'ref', refType);
  moduleSet(m, 'ReferenceType', refType);
  moduleSet(m, 'ProxyType', proxyType);
  moduleSet(m, 'CallableProxyType', callableProxyType);
  proxyType.rc++;
  callableProxyType.rc++;
  moduleSetOwned(m, 'ProxyTypes', newTuple([proxyType, callableProxyType]));
  moduleSet(m, 'WeakValueDictionary', weakValueDictType);
  moduleSet(m, 'WeakKeyDictionary', weakKeyDictType);
  moduleSet(m, 'WeakSet', weakSetType);
  moduleSet(m, 'KeyedRef', keyedRefType);
  moduleSet(m, 'finalize', finalizeType);
  return m;
}

/**
 * atexit's turn in Py_FinalizeEx: weakref.finalize's exit function. A finalizer's
 * exception is printed by sys.excepthook (the full traceback) and the next one runs.
 */
export function runWeakrefAtexit(): void {
  runFinalizersAtExit((exc) => {
    let text: string;
    try {
      text = formatException(exc);
    } catch {
      text = `${exc.type.name}: <unprintable exception>\n`;
    }
    activeContext().write('stderr', text);
  });
}


