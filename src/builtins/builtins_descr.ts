/**
 * The descriptor types a class body uses: property, classmethod, staticmethod, and
 * super. Mirrors Objects/descrobject.c (property_*), Objects/funcobject.c (cm_*, sm_*)
 * and Objects/typeobject.c (super_*), 3.11.
 *
 * The objects themselves (PyProperty, PyFuncWrapper) and their binding on attribute
 * access live in objects/descr.ts and typeobject.ts `descrGet`; this file gives the
 * types their constructors (`__new__`/`__init__`) and Python-visible methods.
 *
 * super: `super(type, obj)` (or zero-argument `super()` through the session context)
 * makes a small GC object holding the class, the object and the object's type; its
 * attribute lookup (`superGetAttr`, CPython's super_getattro) searches
 * `type(obj).__mro__` after the class and binds what it finds to `obj`.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject, PyType } from '../objects/object.js';
import { PyStr, newStrFresh } from '../objects/str.js';
import { None, newNone } from '../objects/singletons.js';
import { RuntimeError, TypeError, raise } from '../objects/exceptions.js';
import { argRange, bindArgs, defAttr, defGetSet, defMethod } from '../objects/methods.js';
import {
  PyFuncWrapper, PyMethodDescr, PyProperty, newFuncWrapper, newProperty, propertyError,
} from '../objects/descr.js';
import {
  classmethodType, propertyType, staticmethodType, superType, typeType,
} from '../objects/typeobjects.js';
import { descrGet, genericGetAttr } from '../objects/typeobject.js';
import { initHeapInstance } from '../objects/instance.js';
import { call, repr, reprStr } from '../objects/abstract.js';
import { installGetattro } from '../objects/module.js';
import { activeContext } from './context.js';
import { getAttrX } from './builtins_attr.js';

// ------------------------------------------------------------------ property

/** Properties whose doc came from their getter (property_init's getter_doc flag). */
const getterDoc = new WeakSet<PyProperty>();

const orNull = (o: PyObject | undefined): PyObject | null => (o === undefined || o === None ? null : o);

function setField(p: PyProperty, f: 'fget' | 'fset' | 'fdel' | 'doc', v: PyObject | null): void {
  const old = p[f];
  if (v !== null) v.rc++;
  p[f] = v;
  if (old !== null) H.decref(old);
}

/** property.__init__(fget=None, fset=None, fdel=None, doc=None). */
function propertyInit(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const p = self as PyProperty;
  const [fget, fset, fdel, doc] = bindArgs('property', args, kw, ['fget', 'fset', 'fdel', 'doc'], 0);
  setField(p, 'fget', orNull(fget));
  setField(p, 'fset', orNull(fset));
  setField(p, 'fdel', orNull(fdel));
  setField(p, 'doc', orNull(doc));
  getterDoc.delete(p);
  if (p.doc === null && p.fget !== null) {
    const d = getAttrX(p.fget, '__doc__', true);
    if (d !== null && d !== None) {
      p.doc = d;
      getterDoc.add(p);
    } else if (d !== null) H.decref(d);
  }
  return newNone();
}

/** property_copy: type(self)(fget, fset, fdel, doc) with one accessor replaced. */
function propertyCopy(p: PyProperty, which: 'fget' | 'fset' | 'fdel', v: PyObject): PyObject {
  const parts = {
    fget: p.fget ?? None, fset: p.fset ?? None, fdel: p.fdel ?? None,
  };
  parts[which] = v;
  const doc = getterDoc.has(p) || p.doc === null ? None : p.doc;
  const r = call(p.type, [parts.fget, parts.fset, parts.fdel, doc]);
  // The copy keeps the name (property_copy copies prop_name).
  if (r instanceof PyProperty && p.name !== null) {
    p.name.rc++;
    const old = r.name;
    r.name = p.name;
    if (old !== null) H.decref(old);
  }
  return r;
}

function initProperty(): void {
  const t = propertyType;
  defAttr(t, '__new__', new PyMethodDescr('__new__', (cls, _args, _kw) => {
    const tp = cls as PyType;
    const p = newProperty(null, null, null, null, tp);
    if (tp.heaptype) initHeapInstance(p, tp);
    return p;
  }, t));
  defMethod(t, '__init__', propertyInit);
  defMethod(t, '__get__', (self, args) => {
    const p = self as PyProperty;
    const obj = args[0];
    if (obj === undefined || obj === None) {
      self.rc++;
      return self;
    }
    if (p.fget === null) throw propertyError(p, obj, 'getter');
    return call(p.fget, [obj]);
  });
  defMethod(t, '__set__', (self, args) => {
    const p = self as PyProperty;
    if (p.fset === null) throw propertyError(p, args[0], 'setter');
    H.decref(call(p.fset, [args[0], args[1]]));
    return newNone();
  });
  defMethod(t, '__delete__', (self, args) => {
    const p = self as PyProperty;
    if (p.fdel === null) throw propertyError(p, args[0], 'deleter');
    H.decref(call(p.fdel, [args[0]]));
    return newNone();
  });
  // property_set_name: remembers the attribute name for the accessor error messages.
  defMethod(t, '__set_name__', (self, args) => {
    argRange('__set_name__', args, null, 2, 2);
    const p = self as PyProperty;
    const old = p.name;
    args[1].rc++;
    p.name = args[1];
    if (old !== null) H.decref(old);
    return newNone();
  });
  defMethod(t, 'getter', (self, args) => propertyCopy(self as PyProperty, 'fget', args[0]));
  defMethod(t, 'setter', (self, args) => propertyCopy(self as PyProperty, 'fset', args[0]));
  defMethod(t, 'deleter', (self, args) => propertyCopy(self as PyProperty, 'fdel', args[0]));
  for (const f of ['fget', 'fset', 'fdel'] as const) {
    defGetSet(t, f, (o) => {
      const v = (o as PyProperty)[f] ?? None;
      v.rc++;
      return v;
    });
  }
  defGetSet(t, '__doc__', (o) => {
    const v = (o as PyProperty).doc ?? None;
    v.rc++;
    return v;
  });
}

// ------------------------------------------------------------------ classmethod / staticmethod

function initFuncWrapper(t: PyType, name: string): void {
  defAttr(t, '__new__', new PyMethodDescr('__new__', (cls, args, kw) => {
    const tp = cls as PyType;
    const nk = kw === null ? 0 : kw.length;
    if (nk > 0) throw raise(TypeError, `${name}() takes no keyword arguments`);
    if (args.length !== 1) throw raise(TypeError, `${name} expected 1 argument, got ${args.length}`);
    args[0].rc++;
    const w = newFuncWrapper(tp, args[0]);
    if (tp.heaptype) initHeapInstance(w, tp);
    return w;
  }, t));
  defMethod(t, '__init__', () => newNone());
  defMethod(t, '__repr__', (self) => {
    const f = (self as PyFuncWrapper).func;
    return newStrFresh(`<${name}(${f === null ? 'NULL' : reprStr(f)})>`);
  });
  defMethod(t, '__get__', (self, args) => {
    const obj = args[0] === undefined || args[0] === None ? null : args[0];
    const owner = args.length > 1 && args[1] !== None ? (args[1] as PyType) : obj!.type;
    return descrGet(self, obj, owner);
  });
  for (const n of ['__func__', '__wrapped__']) {
    defGetSet(t, n, (o) => {
      const f = (o as PyFuncWrapper).func ?? None;
      f.rc++;
      return f;
    });
  }
  if (t === staticmethodType) {
    // 3.10+: a staticmethod object is itself callable.
    defMethod(t, '__call__', (self, args, kw) => call((self as PyFuncWrapper).func!, args, kw));
  }
}

// ------------------------------------------------------------------ super

export class PySuper extends PyObject {
  constructor(
    /** The class super() starts after (owned). */
    public thisType: PyType | null,
    /** The bound object (owned), null for an unbound super(type). */
    public obj: PyObject | null,
    /** The type searched: type(obj), or obj itself when obj is a class (owned). */
    public objType: PyType | null,
  ) {
    super(superType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.obj) visit(this.obj);
    if (this.thisType) visit(this.thisType);
    if (this.objType) visit(this.objType);
    super.traverse(visit);
  }
  override clearContents(heap: Heap): void {
    const a = this.attrs;
    this.attrs = null;
    if (a !== null) a.release(heap);
    const { obj, thisType, objType } = this;
    this.obj = this.thisType = this.objType = null;
    if (obj) heap.decref(obj);
    if (thisType) heap.decref(thisType);
    if (objType) heap.decref(objType);
  }
}

/**
 * The super object's `attrs` store. memsnake's generic attribute lookup (and the
 * evaluator's method-call fast path) read an object's `attrs` after the type's data
 * descriptors, so answering there is how `super().name` finds `name` along the MRO even
 * where the lookup does not dispatch on `getattro`. A found attribute is bound once and
 * kept here (a counted reference, visited and released with the super object) so that it
 * can be handed out borrowed, as `attrs` requires; a super object is a temporary, so the
 * bound method lives no longer than CPython's.
 */
class SuperAttrs {
  private readonly found = new Map<string, PyObject>();
  constructor(private readonly s: PySuper) {}
  get(name: string): PyObject | undefined {
    let v = this.found.get(name);
    if (v === undefined) {
      const r = superLookup(this.s, name);
      if (r === null) return undefined;
      this.found.set(name, r);
      v = r;
    }
    return v;
  }
  names(): string[] {
    return [];
  }
  traverse(visit: (o: HeapObject) => void): void {
    for (const v of this.found.values()) visit(v);
  }
  release(heap: Heap): void {
    const vs = [...this.found.values()];
    this.found.clear();
    for (const v of vs) heap.decref(v);
  }
}

/** supercheck: the type whose MRO super(type, obj) searches. */
function superCheck(t: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && obj.isSubtype(t)) return obj;
  if (obj.type.isSubtype(t)) return obj.type;
  throw raise(TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

/** super.__new__ + super.__init__ (super_init): `super()`, `super(T)`, `super(T, obj)`. */
function superNew(cls: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) throw raise(TypeError, 'super() takes no keyword arguments');
  if (args.length > 2) throw raise(TypeError, `super() takes at most 2 arguments (${args.length} given)`);
  let t: PyObject, obj: PyObject | null;
  if (args.length === 0) {
    const [c, o] = activeContext().superArgs();
    t = c;
    obj = o;
  } else {
    t = args[0];
    obj = args.length > 1 && args[1] !== None ? args[1] : null;
  }
  if (!(t instanceof PyType)) {
    if (args.length === 0) throw raise(RuntimeError, 'super(): __class__ is not a type (' + t.type.name + ')');
    throw raise(TypeError, `super() argument 1 must be a type, not ${t.type.name}`);
  }
  const objType = obj === null ? null : superCheck(t, obj);
  const tp = cls as PyType;
  t.rc++;
  if (obj) obj.rc++;
  if (objType) objType.rc++;
  const s = new PySuper(t, obj, objType);
  if (tp !== superType) s.type = tp;
  H.allocate(s, superType.presize + superType.basicsize, superType.presize);
  if (tp.heaptype) {
    tp.rc++;
    initHeapInstance(s, tp);
  } else s.attrs = new SuperAttrs(s);
  return s;
}

/**
 * super_getattro: look `name` up along type(obj).__mro__ after the class, binding
 * descriptors to obj (or to nothing when obj is the start type itself). `__class__` and
 * misses fall back to the super object's own attributes. New reference, or null when
 * `suppress` and missing.
 */
export function superGetAttr(o: PyObject, name: string, suppress = false): PyObject | null {
  const r = superLookup(o as PySuper, name);
  if (r !== null) return r;
  return genericGetAttr(o, name, suppress);
}

/** The MRO part of super_getattro: a new reference, or null when not found there. */
function superLookup(s: PySuper, name: string): PyObject | null {
  const start = s.objType;
  if (start === null || name === '__class__') return null;
  const mro = start.mro;
  let i = mro.indexOf(s.thisType!);
  if (i < 0) return null;
  for (i++; i < mro.length; i++) {
    const res = mro[i].dict.getStr(name);
    if (res === undefined) continue;
    return descrGet(res, s.obj === start ? null : s.obj, start);
  }
  return null;
}

function superRepr(self: PyObject): PyObject {
  const s = self as PySuper;
  // super_repr uses tp_name: the bare class name, even for classes of __main__.
  const tn = s.thisType === null ? 'NULL' : `<class '${s.thisType.name}'>`;
  if (s.objType === null) return newStrFresh(`<super: ${tn}, NULL>`);
  return newStrFresh(`<super: ${tn}, <${s.objType.name} object>>`);
}

function initSuper(): void {
  const t = superType;
  installGetattro(t, superGetAttr);
  defAttr(t, '__new__', new PyMethodDescr('__new__', superNew, t));
  defMethod(t, '__init__', () => newNone());
  defMethod(t, '__repr__', superRepr);
  defMethod(t, '__getattribute__', (self, args) => {
    const n = args[0];
    if (!(n instanceof PyStr)) throw raise(TypeError, `attribute name must be string, not '${n.type.name}'`);
    return superGetAttr(self, n.v)!;
  });
  const field = (f: 'thisType' | 'obj' | 'objType') => (o: PyObject): PyObject => {
    const v = (o as PySuper)[f] ?? None;
    v.rc++;
    return v;
  };
  defGetSet(t, '__thisclass__', field('thisType'));
  defGetSet(t, '__self__', field('obj'));
  defGetSet(t, '__self_class__', field('objType'));
}

let ready = false;
/** Gives property, classmethod, staticmethod and super their methods; idempotent. */
export function initDescrTypes(): void {
  if (ready) return;
  ready = true;
  initProperty();
  initFuncWrapper(classmethodType, 'classmethod');
  initFuncWrapper(staticmethodType, 'staticmethod');
  initSuper();
  void repr;
  void typeType;
}
