/**
 * Functions, code objects, cells and bound methods (Objects/funcobject.c, codeobject.c,
 * cellobject.c, classobject.c).
 *
 * A code object owns its constants (co_consts), including the code objects of nested
 * functions, so a constant lives as long as some code object that uses it: `x = 1000;
 * sys.getrefcount(x)` counts the module's co_consts. The compiled body (`impl`) is an
 * opaque value the interpreter stores and runs; objects/ never looks inside.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, InstAttrs, PyObject } from './object.js';
import { PyDict, newDict } from './dict.js';
import { PyStr, internStr } from './str.js';
import { PyTuple } from './tuple.js';
import { cellType, codeType, functionType, methodType } from './typeobjects.js';

export class PyCode extends PyObject {
  constructor(
    public name: string,
    public qualname: string,
    public filename: string,
    public firstlineno: number,
    /** co_consts: owned references. */
    public consts: PyObject[],
    /** The interpreter's compiled form of this code (opaque here). */
    public impl: unknown,
  ) {
    super(codeType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    for (const c of this.consts) visit(c);
  }
  override clearContents(heap: Heap): void {
    const cs = this.consts;
    this.consts = [];
    for (const c of cs) heap.decref(c);
  }
}

/** Steals `consts`. */
export function newCode(name: string, qualname: string, filename: string, firstlineno: number, consts: PyObject[], impl: unknown): PyCode {
  const c = new PyCode(name, qualname, filename, firstlineno, consts, impl);
  H.allocate(c, 208, 0);
  return c;
}

export class PyCell extends PyObject {
  constructor(public ref: PyObject | null) {
    super(cellType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.ref) visit(this.ref);
  }
  override clearContents(heap: Heap): void {
    const r = this.ref;
    this.ref = null;
    if (r) heap.decref(r);
  }
}

/** A new cell; steals `ref`. */
export function newCell(ref: PyObject | null): PyCell {
  const c = new PyCell(ref);
  H.allocate(c, 40, 16);
  return c;
}

/**
 * A function's attribute store (`f.calls = 0`, functools.wraps' `__wrapped__`): a view
 * of its `__dict__` (func_dict), created on first store as CPython creates it lazily.
 * The generic attribute code reads and writes `attrs` after the type's data
 * descriptors, as it does for instances and modules. The dict itself is owned, visited
 * and released by the function (func_clear's order), so traverse/release do nothing here.
 */
export class FuncAttrs implements InstAttrs {
  constructor(readonly fn: PyFunction) {}

  get(name: string): PyObject | undefined {
    const d = this.fn.dict;
    return d === null ? undefined : d.getStr(name);
  }

  /** f.name = v (v borrowed). */
  set(_o: PyObject, name: string, v: PyObject): void {
    const k = internStr(name);
    try {
      this.ensureDict().set(k, v);
    } finally {
      H.decref(k);
    }
  }

  /** del f.name; false when it was not set. */
  delete(name: string): boolean {
    const d = this.fn.dict;
    if (d === null) return false;
    const k = internStr(name);
    try {
      const v = d.pop(k);
      if (v === undefined) return false;
      H.decref(v);
      return true;
    } finally {
      H.decref(k);
    }
  }

  /** The function's `__dict__`, created empty when it has none yet (borrowed). */
  ensureDict(): PyDict {
    if (this.fn.dict === null) this.fn.dict = newDict();
    return this.fn.dict;
  }

  names(): string[] {
    const d = this.fn.dict;
    const out: string[] = [];
    if (d !== null) for (const k of d.ks) if (k instanceof PyStr) out.push(k.v);
    return out;
  }

  traverse(_visit: (o: HeapObject) => void): void {}
  release(_heap: Heap): void {}
}

export class PyFunction extends PyObject {
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyTuple | null = null;
  doc: PyObject | null = null;
  dict: PyDict | null = null;
  annotations: PyDict | null = null;
  module: PyObject | null = null;
  constructor(
    public code: PyCode,
    public globals: PyDict,
    public name: PyStr,
    public qualname: PyStr,
  ) {
    super(functionType);
    this.attrs = new FuncAttrs(this);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    visit(this.code);
    visit(this.globals);
    visit(this.name);
    visit(this.qualname);
    if (this.defaults) visit(this.defaults);
    if (this.kwdefaults) visit(this.kwdefaults);
    if (this.closure) visit(this.closure);
    if (this.doc) visit(this.doc);
    if (this.dict) visit(this.dict);
    if (this.annotations) visit(this.annotations);
    if (this.module) visit(this.module);
  }
  override clearContents(heap: Heap): void {
    // func_dealloc's order (func_clear): globals, module, name, code, defaults...
    const fields = ['globals', 'module', 'name', 'code', 'qualname', 'defaults', 'kwdefaults', 'doc', 'dict', 'closure', 'annotations'] as const;
    for (const f of fields) {
      const v = (this as unknown as Record<string, PyObject | null>)[f];
      (this as unknown as Record<string, PyObject | null>)[f] = null;
      if (v) heap.decref(v);
    }
  }
}

/** A new function; steals code, globals (a new ref must be passed), name, qualname. */
export function newFunction(code: PyCode, globals: PyDict, name: PyStr, qualname: PyStr): PyFunction {
  const f = new PyFunction(code, globals, name, qualname);
  H.allocate(f, 152, 16);
  return f;
}

export class PyMethod extends PyObject {
  constructor(public func: PyObject, public self: PyObject) {
    super(methodType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    visit(this.func);
    visit(this.self);
  }
  override clearContents(heap: Heap): void {
    const f = this.func, s = this.self;
    heap.decref(f);
    heap.decref(s);
  }
}

/** A new bound method; borrows func and self (takes new references). */
export function newMethod(func: PyObject, self: PyObject): PyMethod {
  func.rc++;
  self.rc++;
  const m = new PyMethod(func, self);
  H.allocate(m, 64, 16);
  return m;
}
