/**
 * The interpreter's side of the heap checker (heap/check.ts): what it holds outside the
 * heap's objects (the roots), how static objects are told apart, how an object is
 * described in a report, and the two checks a session runs when checking is on:
 *
 *   - 'end' (the program ended, before shutdown): the invariant. No frame may be running,
 *     the value stack must be empty and no exception may be left as being handled.
 *   - 'shutdown' (after finalize): the leak check (the invariant again, leaks and
 *     uncollected cycles).
 *   - 'running' (from inside a native call, tests): the invariant alone, with the running
 *     frames and the value stack as roots.
 *
 * The roots, each one counted reference held by the interpreter itself:
 *   - the session's `__main__` dict, builtins dict and imported modules (sys.modules);
 *   - running frames: their local slots (values and cells), their frame object, a
 *     pending return value; the value stack's temporaries; exceptions being handled.
 *     (A running generator's frame is reached through its generator object instead.)
 * Borrowed references (a frame's globals/builtins/function, type method caches, the
 * interned-strings table, sys's current module) are not roots. Code objects' constants
 * are held by the code objects (heap objects, counted through traverse), and a code
 * object by its functions or its parent's co_consts, except the running module body's,
 * held by the session; the script's parser arena (consts.ts) holds one more reference
 * to each constant until the main module finishes.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { checkHeap, checkLeaks, formatReport, staticBaseline, type CheckOptions, type HeapRoots, type StaticBaseline } from '../heap/check.js';
import { PyObject, PyType, isStaticAddr, staticAddr } from '../objects/object.js';
import { allBuiltinTypes, objectType } from '../objects/typeobjects.js';
import { excTypes } from '../objects/exceptions.js';
import { PyStr, emptyStr, latin1Chars } from '../objects/str.js';
import { PyInt, smallInts } from '../objects/int.js';
import { None, True, False, Ellipsis, NotImplemented } from '../objects/singletons.js';
import { emptyBytes } from '../objects/bytes.js';
import { PyFloat } from '../objects/float.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyTuple, emptyTuple } from '../objects/tuple.js';
import { PyCode, PyFunction } from '../objects/function.js';
import { PyModule } from '../objects/module.js';
import { VS, type Frame } from './frame.js';
import type { HeapCheckResult } from './session-api.js';
import { ts } from './state.js';
import { PyGenerator } from './generator.js';
import { ConstTable } from './consts.js';

/** What the session itself holds (each one counted reference). */
export interface SessionRoots {
  /** Null after finalize released it (interp/shutdown.ts). */
  mainDict: PyObject | null;
  builtins: PyObject;
  modules: Iterable<[string, PyObject]>;
}

/**
 * Statically allocated (asked only of objects that are not live): an address from the
 * static data segment. Their counts are checked relative to the session's start
 * (check.ts, StaticBaseline): the immortal ones sit near STATIC_RC and None/True/False/
 * Ellipsis/NotImplemented start at plausible 3.11 counts, part of which the static world
 * holds. An object with address 0 is neither live nor static: the checker reports it.
 */
function isStatic(o: HeapObject): boolean {
  return isStaticAddr(o.addr);
}

function clip(s: string): string {
  return s.length > 40 ? JSON.stringify(s.slice(0, 37)).slice(0, -1) + '..."' : JSON.stringify(s);
}

/** A short description that never calls Python code. */
export function describe(h: HeapObject): string {
  const o = h as PyObject;
  const t = o.type?.name ?? '?';
  if (o === None) return 'None';
  if (o === True) return 'True';
  if (o === False) return 'False';
  if (o === Ellipsis) return 'Ellipsis';
  if (o === NotImplemented) return 'NotImplemented';
  if (o instanceof PyStr) return `${t} ${clip(o.v)}`;
  if (o instanceof PyInt || o instanceof PyFloat) {
    const v = String(o.v);
    return `${t} ${v.length > 30 ? v.slice(0, 27) + '...' : v}`;
  }
  if (o instanceof PyType) return `${t} ${o.qualname}`;
  if (o instanceof PyFunction) return `${t} ${o.qualname.v}`;
  if (o instanceof PyCode) return `${t} ${o.qualname}`;
  if (o instanceof PyModule) return `${t} ${o.name}`;
  if (o instanceof PyDict) return `${t} len=${o.used}`;
  if (o instanceof PyList || o instanceof PyTuple) return `${t} len=${o.items.length}`;
  return t;
}

const OPTIONS: CheckOptions = { describe, isStatic };

/** Static types' namespaces and MRO tuples (a static type's traverse visits nothing). */
function traverseStatic(h: HeapObject, visit: (o: HeapObject) => void): void {
  if (h instanceof PyType && !h.heaptype) {
    if (h.dict) visit(h.dict);
    if (h.mroTuple) visit(h.mroTuple);
    if (h.basesTuple) visit(h.basesTuple);
    return;
  }
  h.traverse(visit);
}

/** The frames on the frame stack, innermost first. */
function frames(): Frame[] {
  const out: Frame[] = [];
  for (let f = ts.frame; f !== null; f = f.back) out.push(f);
  return out;
}

/**
 * Frames owned by generator objects: the generator's traverse visits their locals and
 * frame object (gen_traverse), so while such a frame runs it is not a root itself.
 */
function generatorFrames(heap: Heap): Set<Frame> {
  const out = new Set<Frame>();
  for (const o of heap.live) if (o instanceof PyGenerator && o.frame !== null) out.add(o.frame);
  return out;
}

function rootsOf(heap: Heap, s: SessionRoots): HeapRoots {
  return {
    forEachRef(ref) {
      const owned = generatorFrames(heap);
      if (s.mainDict !== null) ref(s.mainDict, '__main__ dict (session)');
      ref(s.builtins, 'builtins dict (session)');
      for (const [n, m] of s.modules) ref(m, `sys.modules['${n}'] (session)`);
      for (const f of frames()) {
        const where = `frame ${f.code.qualname}`;
        if (f.retval !== null) ref(f.retval, `${where} return value`);
        // A running module body's code object is held by the session (runMain/REPL entry);
        // every other code object is held by a function or by its parent's co_consts.
        if (f.code.scope.kind === 'module' && f.code.pycode !== null) ref(f.code.pycode, `${where} code (session)`);
        if (owned.has(f)) continue;
        f.fast.forEach((v, i) => {
          if (v !== null) ref(v, `${where} local ${f.code.slotNames[i] ?? i}`);
        });
        if (f.frameObj !== null) ref(f.frameObj, `${where} frame object`);
      }
      VS.forEach((v, i) => ref(v, `value stack[${i}]`));
      for (const t of ConstTable.withArena) t.arena.forEach((c) => ref(c, 'parser arena (script constants)'));
      ts.handled.forEach((e, i) => ref(e, `exception being handled[${i}]`));
    },
    statics: staticRoots(heap),
    traverseStatic,
  };
}

/**
 * The built-in types, the exception types, the types of live objects, and the static
 * singletons and caches (which hold nothing, but must be in the static baseline even when
 * nothing refers to them at session start, so that a count broken later is seen).
 */
function* staticRoots(heap: Heap): Iterable<HeapObject> {
  yield None;
  yield True;
  yield False;
  yield Ellipsis;
  yield NotImplemented;
  yield emptyTuple;
  yield emptyStr;
  yield emptyBytes;
  yield* smallInts;
  yield* latin1Chars;
  yield* allBuiltinTypes;
  yield* excTypes.values();
  yield* staticSubtypes();
  for (const o of heap.live.values()) {
    const t = (o as PyObject).type;
    if (t !== undefined && !t.heaptype) yield t;
  }
}

/** Static baselines (check.ts, check 2b) of the sessions that record one, by heap. */
const baselines = new WeakMap<Heap, StaticBaseline>();

/**
 * Records the static objects' unaccounted counts for the session's later checks. Called
 * once, by a session created with checking on, after its builtins exist and before any
 * program runs.
 */
export function recordStaticBaseline(heap: Heap, s: SessionRoots): void {
  // staticAddr(0) reserves nothing: it reads the static segment's end, the `mark` after
  // which static objects are new (heap/check.ts, check 2b).
  baselines.set(heap, staticBaseline(heap, rootsOf(heap, s), OPTIONS, staticAddr(0)));
}

/**
 * Every static type, found through the subclass sets from `object` (each static type
 * registers with its base): the ones no live object uses yet (sys's types before an
 * import) are followed too, so that the static baseline sees what their dicts hold.
 */
function staticSubtypes(): PyType[] {
  const out: PyType[] = [objectType];
  const seen = new Set<PyType>(out);
  for (let i = 0; i < out.length; i++) {
    for (const t of out[i].subclasses) {
      if (!t.heaptype && !seen.has(t)) {
        seen.add(t);
        out.push(t);
      }
    }
  }
  return out;
}

/**
 * Runs the check of `phase` over the session's heap (which must track live objects).
 * Never changes the heap and never throws for a finding: everything is in the result.
 */
export function runHeapCheck(heap: Heap, phase: 'end' | 'shutdown' | 'running', s: SessionRoots): HeapCheckResult {
  const state: string[] = [];
  if (phase === 'end' || phase === 'shutdown') {
    if (ts.frame !== null) state.push(`a frame is still running (${ts.frame.code.qualname})`);
    if (VS.length !== 0) state.push(`value stack holds ${VS.length} temporaries`);
    if (ts.handled.length !== 0) state.push(`${ts.handled.length} exception(s) left as being handled`);
  }
  const roots = rootsOf(heap, s);
  const opts: CheckOptions = { ...OPTIONS, baseline: baselines.get(heap) };
  if (phase !== 'shutdown') {
    const r = checkHeap(heap, roots, opts);
    return {
      phase, violations: r.violations.length + r.more, leaks: 0, cycles: 0, state,
      lines: [...state.map((x) => `state: ${x}`), ...formatReport(r, '')],
    };
  }
  const r = checkLeaks(heap, roots, opts);
  return {
    phase, violations: r.violations.length + r.more, leaks: r.leaks.length, cycles: r.cycles.length, state,
    lines: [...state.map((x) => `state: ${x}`), ...formatReport(r, '')],
  };
}
