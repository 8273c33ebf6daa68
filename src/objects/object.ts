/**
 * The object header every Python value shares, and the type object.
 *
 * A PyObject is a JS object whose `rc` is CPython's ob_refcnt and whose `addr` is the
 * simulated address of its PyObject header (what `id()` returns). Its memory block starts
 * `type.presize` bytes earlier: 16 for the GC header of GC-capable types, 32 for ordinary
 * instances of user classes (GC header plus the managed-dict pre-header of 3.11).
 *
 * Statically allocated objects (small ints, one-character strings, the empty tuple and
 * str, the built-in types, None/True/False) have addr from a fake static data segment,
 * never reach rc 0 and own no block, as in CPython 3.11 (`_PyObject_IMMORTAL_INIT`).
 *
 * A type object carries the slots the evaluator dispatches through. Built-in types fill
 * them with JS functions; user classes get slot functions that look up dunder methods
 * (typeobject.c's slot_* functions), installed by `objects/typeslots.ts`.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import type { GcLink } from '../gc/list.js';
import { STATIC_SEGMENT_BASE } from '../heap/allocator.js';

/** The heap of the running session; set by the session before anything runs. */
export let H: Heap;
export function setActiveHeap(h: Heap): void {
  H = h;
}

/** Refcount static objects start with (3.11's immortal initial value). */
export const STATIC_RC = 999_999_999;

const STATIC_BASE = STATIC_SEGMENT_BASE;
let staticNext = STATIC_BASE;
/** Whether addr was handed out by staticAddr (heap/check.ts tells static objects by it). */
export function isStaticAddr(a: number): boolean {
  return a >= STATIC_BASE && a < staticNext;
}
/** Address for a statically allocated object (in the interpreter's data segment). */
export function staticAddr(size: number): number {
  const a = staticNext;
  staticNext += (size + 15) & ~15;
  return a;
}

export class PyObject implements HeapObject {
  rc = 1;
  addr = 0;
  type: PyType;
  /**
   * Attribute storage of instances of heap types (user classes and subclasses of
   * built-ins): null for built-in objects. See objects/instance.ts.
   */
  attrs: InstAttrs | null = null;

  constructor(type: PyType) {
    this.type = type;
  }

  /** tp_traverse. Default: holds nothing but its heap type and attributes. */
  traverse(visit: (o: HeapObject) => void): void {
    if (this.attrs !== null) this.attrs.traverse(visit);
    if (this.type.heaptype) visit(this.type);
  }

  /** Releases what this object holds beyond the base fields (tp_clear-like). */
  clearContents(_heap: Heap): void {}

  /**
   * tp_dealloc. Runs `__del__` first for heap types (PEP 442: once per object; a
   * resurrected object keeps its memory), then releases contents, then the block, then
   * the reference to its heap type — subtype_dealloc's order.
   */
  dealloc(heap: Heap): boolean | void {
    const t = this.type;
    if (t.heaptype) {
      if (t.hasDel && !this.finalized && t.callDel !== null) {
        // PyObject_CallFinalizerFromDealloc: resurrect the object for the call (rc 1, the
        // reference `self` is bound from), then undo that. The bit is set first so nothing
        // the finalizer triggers can finalize it again (PEP 442: at most once per object).
        this.finalized = true;
        this.rc = 1;
        t.callDel(this);
        // A reference stored by __del__ keeps the object alive, memory and contents
        // intact; it dies later without a second __del__.
        if (--this.rc !== 0) return false;
      }
      if (this.weakrefs !== null) clearWeakrefsImpl(this);
      if (this.attrs !== null) {
        const a = this.attrs;
        this.attrs = null;
        a.release(heap);
      }
    }
    // Built-in weakrefable types (functions, sets, modules, classes...) clear their weakrefs
    // first thing in their tp_dealloc, before releasing what they hold.
    else if (this.weakrefs !== null) clearWeakrefsImpl(this);
    this.clearContents(heap);
    heap.freeBlock(this, t.presize);
    if (t.heaptype) heap.decref(t);
  }

  /** PEP 442's FINALIZED bit. */
  finalized = false;
  /** Position on the collector's list (HeapObject.gcSeq); set by the heap. */
  gcSeq = 0;
  /** Collector list links and gc_refs (HeapObject; gc/list.ts, gc/collect.ts). */
  gcPrev: GcLink | null = null;
  gcNext: GcLink | null = null;
  gcRefs = -1;
  /**
   * tp_weaklist: the weak references to this object in CPython's list order (the basic
   * ref and proxy first, then the others newest first); null when none. The entries are
   * objects/weakref.ts's PyWeakref; they hold no count on this object.
   */
  weakrefs: unknown[] | null = null;
}

/**
 * PyObject_ClearWeakRefs, called by dealloc when the object has weakrefs. It calls
 * callbacks (Python code), so objects/weakref.ts installs it; nothing else can create
 * weakrefs before that.
 */
let clearWeakrefsImpl: (o: PyObject) => void = () => {};
export function setClearWeakrefs(f: (o: PyObject) => void): void {
  clearWeakrefsImpl = f;
}

/**
 * slot_tp_finalize, the tp_finalize of every heap type (PyType.callDel): calls `__del__`,
 * printing what it raises as unraisable. It runs Python code, so interp/finalizer.ts
 * installs the implementation; until then finalizing does nothing.
 */
let finalizeImpl: (o: PyObject) => void = () => {};
export function setSlotFinalize(f: (o: PyObject) => void): void {
  finalizeImpl = f;
}
export function slotTpFinalize(o: PyObject): void {
  finalizeImpl(o);
}

/** Instance attribute storage (implemented in objects/instance.ts). */
export interface InstAttrs {
  traverse(visit: (o: HeapObject) => void): void;
  release(heap: Heap): void;
}

export type NativeFn = (args: PyObject[], kwnames: string[] | null) => PyObject;

/**
 * The type object. Fields mirror PyTypeObject where memsnake needs them; `slots`
 * holds the dispatch functions.
 */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  /** Direct bases (borrowed JS view of `basesTuple`). */
  bases: PyType[] = [];
  /** The MRO, this type first (borrowed JS view of `mroTuple`). */
  mro: PyType[] = [];
  /** Python-visible `__mro__` / `__bases__` tuples; hold references (heap types). */
  mroTuple: PyObject | null = null;
  basesTuple: PyObject | null = null;
  /** The first base, `__base__`. */
  base: PyType | null = null;
  /** The type's namespace: a dict object (objects/dict.ts). */
  dict!: PyDictLike;
  /** User class (heap type): instances hold a reference to it. */
  heaptype = false;
  /** GC-capable instances: 16-byte header before the object. */
  gc = false;
  /** Bytes before the PyObject header in each instance's block. */
  presize = 0;
  /** tp_basicsize (sys.getsizeof of an empty instance without presize). */
  basicsize = 16;
  /** Whether instances get `attrs` storage (heap types without __slots__, or with __dict__). */
  hasInstanceDict = false;
  /** __slots__ names declared by this class itself (own slots only). */
  slotNames: string[] = [];
  /** Index of the first own slot in an instance's slot array. */
  slotBase = 0;
  /** Total slots including inherited ones. */
  nslots = 0;
  /** The built-in type instances are laid out as (int, list, dict, object...). */
  solidBase!: PyType;
  /** Whether `__del__` is defined somewhere in the MRO (user classes). */
  hasDel = false;
  callDel: ((o: PyObject) => void) | null = null;
  /**
   * tp_getattro / tp_setattro of built-in types that do not use the generic attribute
   * lookup (weakref proxies forward every name to their referent); null for the rest.
   * setattro gets null as value for a deletion.
   */
  getattro: ((o: PyObject, name: string, suppress: boolean) => PyObject | null) | null = null;
  setattro: ((o: PyObject, name: string, v: PyObject | null) => void) | null = null;
  /** Bumped when this type's or a base's dict changes; method caches compare it. */
  version = 0;
  /** Method-resolution cache: name → found attribute (borrowed) or null. */
  cache = new Map<string, PyObject | null>();
  /** Class-level shared keys for instance attributes (3.11 shared-key dicts). */
  sharedKeys: string[] = [];
  sharedIndex = new Map<string, number>();
  /**
   * dk_usable of the shared keys of a managed-dict class: 30 at first, one less for each
   * instance created (while above 1) and for each name added. A new name when it is 0
   * gives the instance a real dict. A materialised `__dict__` still using the shared keys
   * has getsizeof 64 + 8·(names + this).
   */
  sharedUsable = 30;
  /** Whether instances can be weakly referenced. */
  weakrefable = false;
  /** Allocation of a new instance of a built-in solid base (tp_new core); set per type. */
  flags = 0;
  /** Extra, per-type data (e.g. exception types). */
  isException = false;

  constructor(metatype: PyType | null, name: string) {
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.module = 'builtins';
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Invalidates method caches of this type and every subclass. */
  modified(): void {
    this.version++;
    this.cache.clear();
    for (const sub of this.subclasses) sub.modified();
  }
  subclasses = new Set<PyType>();

  /**
   * type_dealloc's releases for a heap type (the collector frees classes now): its
   * namespace, `__mro__` and `__bases__` tuples and its base; it leaves its bases'
   * subclass sets. Static types never die. Idempotent (the collector's type_clear may
   * have dropped the MRO tuple already).
   */
  override clearContents(heap: Heap): void {
    if (!this.heaptype) return;
    for (const b of this.bases) b.subclasses.delete(this);
    const d = this.dict, m = this.mroTuple, bt = this.basesTuple, b = this.base;
    this.mroTuple = null;
    this.basesTuple = null;
    this.base = null;
    this.dict = null as unknown as PyDictLike;
    if (d) heap.decref(d);
    if (m) heap.decref(m);
    if (bt) heap.decref(bt);
    if (b && b.heaptype) heap.decref(b);
  }

  override traverse(visit: (o: HeapObject) => void): void {
    if (!this.heaptype) return;
    if (this.dict) visit(this.dict as unknown as PyObject);
    if (this.mroTuple) visit(this.mroTuple);
    if (this.basesTuple) visit(this.basesTuple);
    if (this.base && this.base.heaptype) visit(this.base);
    // A heap type holds a reference to its metatype only when that is a heap type too
    // (PyType_GenericAlloc), as every object does.
    if (this.type.heaptype) visit(this.type);
  }
}

/** The little a type needs from its dict here (objects/dict.ts implements it). */
export interface PyDictLike extends PyObject {
  getStr(key: string): PyObject | undefined;
}

/** Thrown to unwind with a Python exception; owns one reference to `exc`. */
export class PyRaise {
  constructor(public exc: PyObject) {}
}

/** Internal-bug assertion: becomes a SystemError at the top level. */
export function assert(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new Error(`internal error: ${msg}`);
}
