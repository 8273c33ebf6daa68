/**
 * Execution frames, the value stack, frame objects and tracebacks (Python/frame.c,
 * Objects/frameobject.c, Python/traceback.c, 3.11).
 *
 * A 3.11 call keeps its frame off the heap; a heap *frame object* exists only on demand —
 * here, when an exception passes through the frame (a traceback entry needs it). While the
 * frame runs, the frame object merely points at it; if the frame object is still
 * referenced when the function returns, it takes over the frame's locals (which then stay
 * alive as long as the traceback does), exactly the behaviour that makes `err = e` keep a
 * function's locals alive.
 *
 * The value stack `VS` holds every owned temporary the evaluator must not lose if
 * something raises: unwinding to a saved height releases what is above it. The invariant
 * checker counts its entries as roots.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import type { PyFunction } from '../objects/function.js';
import { frameType, tracebackType } from '../objects/typeobjects.js';
import type * as A from '../parse/ast.js';
import type { CodeInfo } from './code.js';
import { ts } from './state.js';

/** The evaluator's value stack of owned temporaries. */
export const VS: PyObject[] = [];

/** Releases the temporaries above height n (exception unwinding). */
export function unwindTo(n: number): void {
  while (VS.length > n) H.decref(VS.pop()!);
}

/**
 * Drops the entries above height n without releasing them: their references have moved
 * elsewhere (into a tuple, a frame). Pops, because setting an array's length is slow in V8.
 */
export function dropTo(n: number): void {
  while (VS.length > n) VS.pop();
}

export class Frame {
  /** Local slots (localsplus): values, or cells for cell/free variables. */
  fast: (PyObject | null)[];
  /** The node being evaluated (for tracebacks). */
  pos: A.Pos;
  retval: PyObject | null = null;
  frameObj: PyFrameObject | null = null;
  /** Value-stack height at entry (a generator's frame: at its latest resumption). */
  base: number;
  /** The exception being handled in this frame (sys.exc_info), innermost last. */
  constructor(
    readonly code: CodeInfo,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** Namespace dict for module and class bodies (borrowed); null in functions. */
    readonly locals: PyDict | null,
    readonly func: PyFunction | null,
    /** The calling frame (a generator's frame: whoever resumed it last). */
    public back: Frame | null,
  ) {
    const n = code.nslots;
    if (n > 0) {
      // Built by pushes: a packed array (new Array(n) would be holey, and slower).
      const fast: (PyObject | null)[] = [];
      for (let i = 0; i < n; i++) fast.push(null);
      this.fast = fast;
    } else this.fast = EMPTY;
    this.pos = code.pos;
    this.base = VS.length;
  }
}
const EMPTY: (PyObject | null)[] = [];

/**
 * The frame object. `frame` is the live frame while it runs; after the function returns
 * with the object still referenced, `owned` holds the locals it took over.
 */
export class PyFrameObject extends PyObject {
  owned: (PyObject | null)[] | null = null;
  /** f_back, materialised when the frame's data is taken over. */
  back: PyFrameObject | null = null;
  lineno: number;
  constructor(public frame: Frame | null) {
    super(frameType);
    this.lineno = frame ? frame.pos.line : 0;
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.owned) for (const v of this.owned) if (v) visit(v);
    if (this.back) visit(this.back);
  }
  override clearContents(heap: Heap): void {
    const o = this.owned;
    this.owned = null;
    if (o) for (const v of o) if (v) heap.decref(v);
    const b = this.back;
    this.back = null;
    if (b) heap.decref(b);
  }
  get code(): CodeInfo | null {
    return this.frame ? this.frame.code : this.codeRef;
  }
  codeRef: CodeInfo | null = null;
}

/** The frame object of f (materialising it); borrowed — the frame holds one reference. */
export function frameObjectOf(f: Frame): PyFrameObject {
  let fo = f.frameObj;
  if (fo === null) {
    fo = new PyFrameObject(f);
    H.allocate(fo, 16 + 160, 16);
    // Untracked while its frame runs: it only points at the frame (§2.6).
    H.untrack(fo);
    f.frameObj = fo;
  }
  return fo;
}

/**
 * On return: a frame object that outlives its frame takes over the locals; otherwise the
 * locals are released in slot order. Either way the frame's reference to the frame
 * object is dropped.
 */
export function releaseFrame(f: Frame): void {
  const fo = f.frameObj;
  const fast = f.fast;
  if (fo !== null) {
    f.frameObj = null;
    if (fo.rc > 1) {
      // take_ownership (Python/frame.c): the object takes over the locals, becomes
      // tracked, and gets f_back — the caller's frame object, materialised now — so a
      // kept traceback keeps its callers' locals alive too, and can form cycles the
      // collector must free (err = e in a function).
      fo.owned = fast;
      fo.codeRef = f.code;
      fo.lineno = f.pos.line;
      fo.frame = null;
      f.fast = EMPTY;
      if (f.back !== null && fo.back === null && isRunning(f.back)) {
        const b = frameObjectOf(f.back);
        b.rc++;
        fo.back = b;
      }
      H.track(fo);
      H.decref(fo);
      return;
    }
    fo.frame = null;
    fo.codeRef = f.code;
    H.decref(fo);
  }
  if (fast.length === 0) return;
  for (let i = 0; i < fast.length; i++) {
    const v = fast[i];
    if (v !== null) {
      fast[i] = null;
      H.decref(v);
    }
  }
}

/** Whether f is on the running frame stack (a finished generator's `back` may be stale). */
function isRunning(f: Frame): boolean {
  for (let g = ts.frame; g !== null; g = g.back) if (g === f) return true;
  return false;
}

export class PyTraceback extends PyObject {
  constructor(
    public next: PyTraceback | null,
    public frame: PyFrameObject,
    /** The node that was executing (position markers). */
    public node: A.Pos,
    public filename: string,
    public name: string,
  ) {
    super(tracebackType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.next) visit(this.next);
    visit(this.frame);
  }
  override clearContents(heap: Heap): void {
    const n = this.next;
    this.next = null;
    if (n) heap.decref(n);
    heap.decref(this.frame);
  }
}

/** PyTraceBack_Here: prepends an entry for frame f to the exception's traceback. */
export function addTraceback(exc: { traceback: PyObject | null }, f: Frame): void {
  const cur = exc.traceback as PyTraceback | null;
  const fo = frameObjectOf(f);
  if (cur !== null && cur.frame === fo && cur.node === f.pos) return;
  fo.rc++;
  const tb = new PyTraceback(cur, fo, f.pos, f.code.filename, f.code.name);
  H.allocate(tb, 16 + 40, 16);
  exc.traceback = tb; // the exception's reference to the old head moves into tb.next
}
