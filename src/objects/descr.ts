/**
 * Built-in callables and descriptors (Objects/methodobject.c, descrobject.c,
 * funcobject.c's classmethod/staticmethod, property in descrobject.c).
 *
 * - PyBuiltinFunction: `len`, `print`... and bound built-in methods (`[].append`, whose
 *   `self` is held: +1 on the list).
 * - PyMethodDescr: a built-in type's method in its dict (`list.append`); accessed through
 *   an instance it binds into a PyBuiltinFunction. The evaluator calls it directly for
 *   `obj.meth(...)` without creating the bound object, as 3.11's LOAD_METHOD does.
 * - PyWrapperDescr: a dunder that CPython exposes from a type slot (`int.__add__`,
 *   `object.__init__`): a `wrapper_descriptor`, still a PyMethodDescr to the evaluator so
 *   its LOAD_METHOD fast path and callDescrMethod call it directly. Bound through an
 *   instance it gives a PyMethodWrapper (`method-wrapper`, 48 bytes), not a bound builtin.
 * - PyGetSetDescr: computed attributes of built-in types (`__dict__`, `__class__`...).
 * - PyMemberDescr: a `__slots__` entry.
 * - PyProperty, PyClassMethod, PyStaticMethod: the Python-visible wrappers.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject, PyRaise, PyType, STATIC_RC, staticAddr } from './object.js';
import type { PyStr } from './str.js';
import { strRepr } from './num/strrepr.js';
import { AttributeError, raise } from './exceptions.js';
import {
  builtinFunctionType, classmethodType, getsetDescrType, memberDescrType, methodDescrType,
  methodWrapperType, propertyType, staticmethodType, strType, wrapperDescrType,
} from './typeobjects.js';

/** A method implementation: self and args borrowed; returns a new reference. */
export type MethodFn = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
export type FuncFn = (args: PyObject[], kwnames: string[] | null) => PyObject;

export class PyBuiltinFunction extends PyObject {
  constructor(
    public name: string,
    public fn: MethodFn,
    /** Bound `self` (owned), or null for a module-level function. */
    public self: PyObject | null,
    public qualPrefix: string,
  ) {
    super(builtinFunctionType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.self) visit(this.self);
  }
  override clearContents(heap: Heap): void {
    const s = this.self;
    this.self = null;
    if (s) heap.decref(s);
  }
}

/** A module-level builtin function, statically allocated like CPython's. */
export function staticBuiltin(name: string, fn: FuncFn, module = 'builtins'): PyBuiltinFunction {
  const f = new PyBuiltinFunction(name, (_s, a, k) => fn(a, k), null, module);
  f.rc = STATIC_RC;
  f.addr = staticAddr(72);
  return f;
}

/** Binds a method descriptor to self (new reference; takes a new ref to self). */
export function newBoundBuiltin(d: PyMethodDescr, self: PyObject): PyBuiltinFunction {
  self.rc++;
  const f = new PyBuiltinFunction(d.name, d.fn, self, d.objtype.name);
  H.allocate(f, 72, 16);
  return f;
}

export class PyMethodDescr extends PyObject {
  constructor(public name: string, public fn: MethodFn, public objtype: PyType, public isClassMethod = false) {
    super(methodDescrType);
    this.rc = STATIC_RC;
    this.addr = staticAddr(72);
  }
}

/** A slot wrapper (`wrapper_descriptor`); static like the method descriptors. */
export class PyWrapperDescr extends PyMethodDescr {
  constructor(name: string, fn: MethodFn, objtype: PyType) {
    super(name, fn, objtype);
    this.type = wrapperDescrType;
  }
}

/**
 * A slot wrapper bound to an object (wrapperobject): holds +1 on `self`. Being a
 * PyBuiltinFunction (name, fn, self), code that calls bound builtins calls it too.
 */
export class PyMethodWrapper extends PyBuiltinFunction {
  constructor(public descr: PyWrapperDescr, self: PyObject) {
    super(descr.name, descr.fn, self, descr.objtype.name);
    this.type = methodWrapperType;
  }
}

/** wrapper_new: binds a slot wrapper to self (new reference; takes a new ref to self). */
export function newMethodWrapper(d: PyWrapperDescr, self: PyObject): PyMethodWrapper {
  self.rc++;
  const w = new PyMethodWrapper(d, self);
  H.allocate(w, methodWrapperType.presize + methodWrapperType.basicsize, methodWrapperType.presize);
  return w;
}

export class PyGetSetDescr extends PyObject {
  constructor(
    public name: string,
    public objtype: PyType,
    public get: (o: PyObject) => PyObject,
    public set: ((o: PyObject, v: PyObject | null) => void) | null,
  ) {
    super(getsetDescrType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.objtype.heaptype) visit(this.objtype);
  }
  override clearContents(heap: Heap): void {
    if (this.objtype.heaptype) heap.decref(this.objtype);
  }
}

/** A getset descriptor of a built-in type (static). */
export function staticGetSet(t: PyType, name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null = null): PyGetSetDescr {
  const d = new PyGetSetDescr(name, t, get, set);
  d.rc = STATIC_RC;
  d.addr = staticAddr(64);
  return d;
}

/** A getset descriptor of a heap type (`__dict__`, `__weakref__`): holds +1 on the type. */
export function newHeapGetSet(t: PyType, name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null): PyGetSetDescr {
  const d = new PyGetSetDescr(name, t, get, set);
  H.allocate(d, 72, 16);
  t.rc++;
  return d;
}

export class PyMemberDescr extends PyObject {
  constructor(public name: string, public objtype: PyType, public index: number) {
    super(memberDescrType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    visit(this.objtype);
  }
  override clearContents(heap: Heap): void {
    heap.decref(this.objtype);
  }
}

export function newMemberDescr(t: PyType, name: string, index: number): PyMemberDescr {
  const d = new PyMemberDescr(name, t, index);
  H.allocate(d, 80, 16);
  t.rc++;
  return d;
}

export class PyProperty extends PyObject {
  /** prop_name: the attribute name `__set_name__` gave it (owned), for error messages. */
  name: PyObject | null = null;
  constructor(public fget: PyObject | null, public fset: PyObject | null, public fdel: PyObject | null, public doc: PyObject | null) {
    super(propertyType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.fget) visit(this.fget);
    if (this.fset) visit(this.fset);
    if (this.fdel) visit(this.fdel);
    if (this.doc) visit(this.doc);
    if (this.name) visit(this.name);
    super.traverse(visit);
  }
  override clearContents(heap: Heap): void {
    for (const k of ['fget', 'fset', 'fdel', 'doc', 'name'] as const) {
      const v = this[k];
      this[k] = null;
      if (v) heap.decref(v);
    }
  }
}

/**
 * The AttributeError for a missing accessor, as 3.11 words it: `property 'area' of
 * 'Circle' object has no setter` when the property knows its name (from `__set_name__`),
 * `property of 'Circle' object has no setter` otherwise. `what`: getter/setter/deleter.
 */
export function propertyError(p: PyProperty, obj: PyObject, what: 'getter' | 'setter' | 'deleter'): PyRaise {
  const q = strRepr(obj.type.qualname);
  const n = p.name;
  if (n !== null && n.type === strType) return raise(AttributeError, `property ${strRepr((n as PyStr).v)} of ${q} object has no ${what}`);
  return raise(AttributeError, `property of ${q} object has no ${what}`);
}

/** Steals the given references. */
export function newProperty(fget: PyObject | null, fset: PyObject | null, fdel: PyObject | null, doc: PyObject | null, t: PyType = propertyType): PyProperty {
  const p = new PyProperty(fget, fset, fdel, doc);
  p.type = t;
  H.allocate(p, t.presize + t.basicsize, t.presize);
  if (t.heaptype) t.rc++;
  return p;
}

/** classmethod / staticmethod wrapper; `type` tells which. */
export class PyFuncWrapper extends PyObject {
  constructor(type: PyType, public func: PyObject | null) {
    super(type);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.func) visit(this.func);
    super.traverse(visit);
  }
  override clearContents(heap: Heap): void {
    const f = this.func;
    this.func = null;
    if (f) heap.decref(f);
  }
}

/** Steals func. */
export function newFuncWrapper(t: PyType, func: PyObject): PyFuncWrapper {
  const w = new PyFuncWrapper(t, func);
  H.allocate(w, 16 + 32, 16);
  if (t.heaptype) t.rc++;
  return w;
}

export const isClassMethodType = (t: PyType) => t.isSubtype(classmethodType);
export const isStaticMethodType = (t: PyType) => t.isSubtype(staticmethodType);
