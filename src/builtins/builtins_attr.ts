/**
 * The attribute and type-query builtins: getattr, setattr, delattr, hasattr, isinstance,
 * issubclass, callable, vars, dir, id, hash. Mirrors Python/bltinmodule.c, 3.11
 * (builtin_getattr, builtin_isinstance...), and Objects/abstract.c's
 * PyObject_IsInstance / PyObject_IsSubclass for the tuple and `__instancecheck__` rules.
 *
 * Ownership: arguments borrowed, results new references.
 */

import { H, PyObject, PyRaise, PyType } from '../objects/object.js';
import { PyStr, newStr as newStrOf } from '../objects/str.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { newList, PyList } from '../objects/list.js';
import { newIntBig, newInt } from '../objects/int.js';
import { newBool, newNone } from '../objects/singletons.js';
import { AttributeError, TypeError, raise } from '../objects/exceptions.js';
import { argRange } from '../objects/methods.js';
import { PyMethodDescr } from '../objects/descr.js';
import {
  builtinFunctionType, functionType, methodDescrType, methodType, methodWrapperType, typeType, wrapperDescrType,
} from '../objects/typeobjects.js';
import { typeLookup } from '../objects/typeobject.js';
import {
  callMethodWith, enterRecursive, getAttrMaybe, hash, isInstance, isTrue, iterToArray,
  leaveRecursive, setAttr, callSpecial,
} from '../objects/abstract.js';
import { activeContext } from './context.js';
import { sortArray } from './builtins_seq.js';

/**
 * PyObject_GetAttr for the attribute builtins: a new reference, or null when `suppress`
 * and the attribute is missing (any AttributeError is then swallowed, as getattr() with a
 * default does). Per-type hooks (module, super, weakref proxies) are honoured by
 * getAttrMaybe itself (PyType.getattro).
 */
export function getAttrX(o: PyObject, name: string, suppress: boolean): PyObject | null {
  try {
    return getAttrMaybe(o, name, suppress);
  } catch (e) {
    if (suppress && e instanceof PyRaise && isInstance(e.exc, AttributeError)) {
      H.decref(e.exc);
      return null;
    }
    throw e;
  }
}

function attrName(n: PyObject): string {
  if (!(n instanceof PyStr)) throw raise(TypeError, `attribute name must be string, not '${n.type.name}'`);
  return n.v;
}

export function builtinGetattr(args: PyObject[], kw: string[] | null): PyObject {
  argRange('getattr', args, kw, 2, 3);
  const name = attrName(args[1]);
  if (args.length === 2) return getAttrX(args[0], name, false)!;
  const r = getAttrX(args[0], name, true);
  if (r !== null) return r;
  args[2].rc++;
  return args[2];
}

export function builtinHasattr(args: PyObject[], kw: string[] | null): PyObject {
  argRange('hasattr', args, kw, 2, 2);
  const r = getAttrX(args[0], attrName(args[1]), true);
  if (r === null) return newBool(false);
  H.decref(r);
  return newBool(true);
}

export function builtinSetattr(args: PyObject[], kw: string[] | null): PyObject {
  argRange('setattr', args, kw, 3, 3);
  setAttr(args[0], attrName(args[1]), args[2]);
  return newNone();
}

export function builtinDelattr(args: PyObject[], kw: string[] | null): PyObject {
  argRange('delattr', args, kw, 2, 2);
  setAttr(args[0], attrName(args[1]), null);
  return newNone();
}

/** PyCallable_Check. */
export function isCallable(o: PyObject): boolean {
  const t = o.type;
  if (t === functionType || t === builtinFunctionType || t === methodType || t === methodDescrType || t === wrapperDescrType || t === methodWrapperType) return true;
  if (o instanceof PyType) return true;
  return typeLookup(t, '__call__') !== null;
}

export function builtinCallable(args: PyObject[], kw: string[] | null): PyObject {
  argRange('callable', args, kw, 1, 1);
  return newBool(isCallable(args[0]));
}

export function builtinId(args: PyObject[], kw: string[] | null): PyObject {
  argRange('id', args, kw, 1, 1);
  return newInt(args[0].addr);
}

export function builtinHash(args: PyObject[], kw: string[] | null): PyObject {
  argRange('hash', args, kw, 1, 1);
  return newIntBig(hash(args[0]));
}

/** A user metaclass's own `__instancecheck__`/`__subclasscheck__` (not type's), or null. */
function userCheck(cls: PyObject, name: string): PyObject | null {
  const m = typeLookup(cls.type, name);
  if (m === null || m instanceof PyMethodDescr) return null;
  return m;
}

/** PyObject_IsInstance. */
export function objectIsInstance(o: PyObject, cls: PyObject): boolean {
  if (o.type === cls) return true;
  if (cls.type === typeType) return o.type.isSubtype(cls as PyType);
  if (cls instanceof PyTuple) {
    enterRecursive(' in __instancecheck__');
    try {
      for (const c of cls.items) if (objectIsInstance(o, c)) return true;
      return false;
    } finally {
      leaveRecursive();
    }
  }
  const check = userCheck(cls, '__instancecheck__');
  if (check !== null) {
    const r = callMethodWith(check, cls, [o], null);
    try {
      return isTrue(r);
    } finally {
      H.decref(r);
    }
  }
  if (cls instanceof PyType) return o.type.isSubtype(cls);
  throw raise(TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

/** PyObject_IsSubclass. */
export function objectIsSubclass(c: PyObject, cls: PyObject): boolean {
  if (cls.type === typeType) {
    if (!(c instanceof PyType)) throw raise(TypeError, 'issubclass() arg 1 must be a class');
    return c.isSubtype(cls as PyType);
  }
  if (cls instanceof PyTuple) {
    enterRecursive(' in __subclasscheck__');
    try {
      for (const x of cls.items) if (objectIsSubclass(c, x)) return true;
      return false;
    } finally {
      leaveRecursive();
    }
  }
  const check = userCheck(cls, '__subclasscheck__');
  if (check !== null) {
    const r = callMethodWith(check, cls, [c], null);
    try {
      return isTrue(r);
    } finally {
      H.decref(r);
    }
  }
  if (!(c instanceof PyType)) throw raise(TypeError, 'issubclass() arg 1 must be a class');
  if (cls instanceof PyType) return c.isSubtype(cls);
  throw raise(TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

export function builtinIsinstance(args: PyObject[], kw: string[] | null): PyObject {
  argRange('isinstance', args, kw, 2, 2);
  return newBool(objectIsInstance(args[0], args[1]));
}

export function builtinIssubclass(args: PyObject[], kw: string[] | null): PyObject {
  argRange('issubclass', args, kw, 2, 2);
  return newBool(objectIsSubclass(args[0], args[1]));
}

export function builtinVars(args: PyObject[], kw: string[] | null): PyObject {
  argRange('vars', args, kw, 0, 1);
  if (args.length === 0) return activeContext().currentLocals();
  const d = getAttrX(args[0], '__dict__', true);
  if (d === null) throw raise(TypeError, 'vars() argument must have __dict__ attribute');
  return d;
}

/** The keys of a dict that are str, as JS strings. */
function dictNames(d: PyDict): string[] {
  const out: string[] = [];
  for (const k of d.ks) if (k instanceof PyStr) out.push(k.v);
  return out;
}

/** type.__dir__: the names in the class's dict and its bases' (merge_class_dict). */
function typeDirNames(t: PyType): string[] {
  const names = new Set<string>();
  for (const b of t.mro) for (const n of dictNames(b.dict as PyDict)) names.add(n);
  return [...names];
}

export function builtinGlobals(args: PyObject[], kw: string[] | null): PyObject {
  argRange('globals', args, kw, 0, 0);
  const g = activeContext().currentGlobals();
  g.rc++;
  return g;
}

export function builtinLocals(args: PyObject[], kw: string[] | null): PyObject {
  argRange('locals', args, kw, 0, 0);
  return activeContext().currentLocals();
}

/**
 * dir(): no argument → the sorted names of the current local scope; a class → its and its
 * bases' attribute names; anything else → sorted(type(o).__dir__(o)).
 */
export function builtinDir(args: PyObject[], kw: string[] | null): PyObject {
  argRange('dir', args, kw, 0, 1);
  let items: PyObject[];
  if (args.length === 0) {
    const loc = activeContext().currentLocals();
    try {
      if (!(loc instanceof PyDict)) throw raise(TypeError, 'locals must be a mapping');
      items = loc.ks.filter((k): k is PyObject => k !== null);
      for (const k of items) k.rc++;
    } finally {
      H.decref(loc);
    }
  } else {
    const o = args[0];
    let r: PyObject | null;
    if (o instanceof PyType && typeLookup(o.type, '__dir__') === typeLookup(typeType, '__dir__')) {
      r = newList(typeDirNames(o).map((s) => newStrOf(s)));
    } else {
      r = callSpecial(o, '__dir__');
      if (r === null) throw raise(TypeError, 'object does not provide __dir__');
    }
    try {
      items = r instanceof PyList ? r.items.map((x) => (x.rc++, x)) : iterToArray(r);
    } finally {
      H.decref(r);
    }
  }
  const l = newList(items);
  try {
    sortArray(l.items, null, false);
  } catch (e) {
    H.decref(l);
    throw e;
  }
  return l;
}
