/**
 * Generator objects (Objects/genobject.c, 3.11).
 *
 * Calling a generator function creates its frame at once (the arguments move into it, as
 * for any call) and returns a generator that owns the frame. The body was compiled by the
 * generator-mode compiler (compile-gen.ts) into a JS generator function; resuming the
 * Python generator resumes that JS generator, which suspends at each `yield`.
 *
 * State, as 3.11's gi_frame_state: CREATED (frame made, body not started), SUSPENDED (at
 * a yield), EXECUTING (running), COMPLETED (returned or raised; the frame is released).
 *
 * While suspended, what the body keeps on the shared value stack VS (a for loop's
 * iterator, a with statement's manager, a pending return value) and the exceptions it is
 * handling (ts.handled) are moved into the generator (`savedVS`, `savedHandled`) and
 * pushed back on resume: CPython keeps them in the generator's own frame and exc_state.
 * The generator's references: its frame's locals (through the frame), the saved
 * temporaries and handled exceptions, its function (3.11's frame holds f_func), and its
 * `__name__`/`__qualname__`.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject, PyRaise } from '../objects/object.js';
import type { PyFunction } from '../objects/function.js';
import { PyStr, internStr, newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { None, newNone } from '../objects/singletons.js';
import {
  GeneratorExit, RecursionError, RuntimeError, StopIteration, TypeError, ValueError, PyBaseException, newException, raise,
} from '../objects/exceptions.js';
import { isInstance, recursion } from '../objects/abstract.js';
import { generatorType } from '../objects/typeobjects.js';
import { Frame, VS, addTraceback, frameObjectOf, releaseFrame, unwindTo } from './frame.js';
import type { CodeInfo } from './code.js';
import { ts } from './state.js';
import { toPyRaise } from './errors.js';
import { writeUnraisable } from './unraisable.js';
import { clearWeakrefs } from '../objects/weakref.js';
import './generator_methods.js';

const CREATED = 0;
const SUSPENDED = 1;
const EXECUTING = 2;
const COMPLETED = 3;

/** The JS generator a generator-mode body compiles to: yields owned values, returns a completion. */
export type BodyGen = Generator<PyObject, number, PyObject>;

export class PyGenerator extends PyObject {
  state = CREATED;
  frame: Frame | null;
  body: BodyGen | null;
  /** What the suspended body had on the value stack / handled-exception stack (owned). */
  savedVS: PyObject[] | null = null;
  savedHandled: PyObject[] | null = null;
  /** gi_yieldfrom: the iterator a `yield from` is delegating to (borrowed from savedVS). */
  yieldFrom: PyObject | null = null;

  constructor(
    frame: Frame,
    readonly code: CodeInfo,
    /** The function whose call made this generator (owned while the frame lives), or null for a genexp. */
    public func: PyFunction | null,
    public name: PyStr,
    public qualname: PyStr,
  ) {
    super(generatorType);
    this.frame = frame;
    this.body = code.genBody!(frame);
  }

  /** tp_iternext (for loops and next() take this path). */
  iternext(): PyObject | null {
    return genNext(this);
  }

  override traverse(visit: (o: HeapObject) => void): void {
    const f = this.frame;
    if (f !== null) {
      for (const v of f.fast) if (v !== null) visit(v);
      if (f.frameObj !== null) visit(f.frameObj);
    }
    if (this.savedVS) for (const v of this.savedVS) visit(v);
    if (this.savedHandled) for (const v of this.savedHandled) visit(v);
    if (this.func) visit(this.func);
    visit(this.name);
    visit(this.qualname);
  }

  /**
   * tp_finalize then tp_dealloc. A suspended generator is closed first (GeneratorExit
   * thrown in, so its `finally` blocks run); an exception from that is unraisable. The
   * object is kept alive (rc 1) while it runs, and survives if it was resurrected.
   */
  override dealloc(heap: Heap): boolean | void {
    // gen_dealloc clears the weakrefs first, before the finalizer closes the generator.
    if (this.weakrefs !== null) clearWeakrefs(this);
    if (this.state === SUSPENDED && !this.finalized) {
      this.finalized = true;
      this.rc = 1;
      try {
        genClose(this);
      } catch (e) {
        const pr = toPyRaise(e);
        writeUnraisable(pr.exc, this);
        H.decref(pr.exc);
      }
      if (--this.rc !== 0) return false;
    }
    return super.dealloc(heap);
  }

  override clearContents(heap: Heap): void {
    this.finish();
    heap.decref(this.name);
    heap.decref(this.qualname);
  }

  /** Marks the generator completed and releases its frame and everything it held. */
  finish(): void {
    this.state = COMPLETED;
    this.body = null;
    this.yieldFrom = null;
    const sv = this.savedVS;
    this.savedVS = null;
    if (sv) for (const v of sv) H.decref(v);
    const sh = this.savedHandled;
    this.savedHandled = null;
    if (sh) for (const v of sh) H.decref(v);
    const f = this.frame;
    this.frame = null;
    if (f !== null) releaseFrame(f);
    const fn = this.func;
    this.func = null;
    if (fn) H.decref(fn);
  }
}

/**
 * Creates the generator for a call of a generator function: `f` is the new frame with its
 * arguments bound (owned by the generator from now on); `func` is borrowed (null for a
 * generator expression). sys.getsizeof counts the frame's slots and stack, as 3.11's
 * gen_sizeof (`co_nlocalsplus + co_stacksize` pointers after a 152-byte header).
 */
export function newGenerator(f: Frame, func: PyFunction | null, code: CodeInfo): PyObject {
  if (func) func.rc++;
  const name = func ? (func.name.rc++, func.name) : internStr(code.name);
  const qualname = func ? (func.qualname.rc++, func.qualname) : newStr(code.qualname);
  const g = new PyGenerator(f, code, func, name, qualname);
  H.allocate(g, 16 + 152 + 8 * (code.nslots - code.hiddenSlots + code.stacksize), 16);
  return g;
}

/** The return value of the last generator that completed in genResume (owned), null for None. */
let returned: PyObject | null = null;

/** Takes the value the generator returned (a new reference or null for None). */
export function takeReturned(): PyObject | null {
  const r = returned;
  returned = null;
  return r;
}

/**
 * gen_send_ex: resumes g with `sent` (owned; null means None, as for next()) or with
 * `thrown` raised at the suspension point. Returns the yielded value (new reference), or
 * null when the generator returned (its value, if not None, is then in takeReturned()).
 * Raises what the body raises; a StopIteration escaping the body becomes RuntimeError
 * (PEP 479).
 */
export function genResume(g: PyGenerator, sent: PyObject | null, thrown: PyRaise | null): PyObject | null {
  const state = g.state;
  if (state === EXECUTING) {
    if (sent) H.decref(sent);
    if (thrown) H.decref(thrown.exc);
    throw raise(ValueError, 'generator already executing');
  }
  if (state === COMPLETED) {
    if (sent) H.decref(sent);
    if (thrown) throw thrown;
    return null;
  }
  if (state === CREATED && sent !== null && sent !== None && thrown === null) {
    H.decref(sent);
    throw raise(TypeError, "can't send non-None value to a just-started generator");
  }
  const f = g.frame!;
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    if (sent) H.decref(sent);
    if (thrown) H.decref(thrown.exc);
    throw raise(RecursionError, 'maximum recursion depth exceeded');
  }
  g.state = EXECUTING;
  const savedFrame = ts.frame;
  f.back = savedFrame;
  ts.frame = f;
  const base = VS.length;
  f.base = base;
  const sv = g.savedVS;
  if (sv !== null) {
    g.savedVS = null;
    for (const v of sv) VS.push(v);
  }
  const hbase = ts.handled.length;
  const sh = g.savedHandled;
  if (sh !== null) {
    g.savedHandled = null;
    for (const v of sh) ts.handled.push(v);
  }
  let r: IteratorResult<PyObject, number>;
  try {
    if (thrown !== null) r = g.body!.throw(thrown);
    else if (state === CREATED) {
      if (sent) H.decref(sent);
      r = g.body!.next(None);
    } else r = g.body!.next(sent ?? newNone());
  } catch (e) {
    const pr = toPyRaise(e);
    unwindTo(base);
    while (ts.handled.length > hbase) H.decref(ts.handled.pop()!);
    addTraceback(pr.exc as PyBaseException, f);
    ts.frame = savedFrame;
    recursion.depth--;
    g.finish();
    if (isInstance(pr.exc, StopIteration)) throw stopIterationInGenerator(pr);
    throw pr;
  }
  ts.frame = savedFrame;
  recursion.depth--;
  if (r.done) {
    unwindTo(base);
    while (ts.handled.length > hbase) H.decref(ts.handled.pop()!);
    const rv = f.retval;
    f.retval = null;
    g.finish();
    if (rv !== null && rv !== None) returned = rv;
    else if (rv !== null) H.decref(rv);
    return null;
  }
  if (VS.length > base) g.savedVS = VS.splice(base);
  if (ts.handled.length > hbase) g.savedHandled = ts.handled.splice(hbase);
  g.state = SUSPENDED;
  return r.value;
}

/** PEP 479: `RuntimeError: generator raised StopIteration`, caused by the StopIteration. */
function stopIterationInGenerator(pr: PyRaise): PyRaise {
  const re = newException(RuntimeError, newTuple([newStr('generator raised StopIteration')]));
  const si = pr.exc as PyBaseException;
  si.rc++;
  re.cause = si;
  re.context = si; // the carrier's reference
  re.suppressContext = true;
  return new PyRaise(re);
}

/** next(g): the yielded value, or null when exhausted (no StopIteration object made). */
export function genNext(g: PyGenerator): PyObject | null {
  const v = genResume(g, null, null);
  if (v === null) {
    const rv = takeReturned();
    if (rv !== null) H.decref(rv);
  }
  return v;
}

/** Raises StopIteration carrying the value the generator returned (if any). */
export function raiseStop(): PyRaise {
  const rv = takeReturned();
  if (rv === null) return raise(StopIteration);
  return new PyRaise(newException(StopIteration, newTuple([rv])));
}

/**
 * gen_close: throws GeneratorExit in. Fine if the generator then raises GeneratorExit or
 * StopIteration (or had not started, or had finished); a value yielded instead is
 * "generator ignored GeneratorExit".
 */
export function genClose(g: PyGenerator): void {
  if (g.state === CREATED) {
    g.finish();
    return;
  }
  if (g.state === COMPLETED) return;
  const exc = raise(GeneratorExit);
  let v: PyObject | null;
  try {
    v = genResume(g, null, exc);
  } catch (e) {
    if (e instanceof PyRaise && (isInstance(e.exc, GeneratorExit) || isInstance(e.exc, StopIteration))) {
      H.decref(e.exc);
      return;
    }
    throw e;
  }
  if (v === null) {
    const rv = takeReturned();
    if (rv) H.decref(rv);
    return;
  }
  H.decref(v);
  throw raise(RuntimeError, 'generator ignored GeneratorExit');
}

export { frameObjectOf, COMPLETED, CREATED, SUSPENDED, EXECUTING };
