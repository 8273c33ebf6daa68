/**
 * Attribute lookup through types and descriptors (Objects/typeobject.c `_PyType_Lookup`,
 * `type_getattro`; Objects/object.c `PyObject_GenericGetAttr`/`SetAttr`).
 *
 * `typeLookup` walks the MRO's dicts and caches the result per type (the method cache);
 * any change to a class dict calls `PyType.modified()`, which clears the caches of the
 * class and its subclasses.
 */

import { H, PyObject, PyType } from './object.js';
import { PyDict } from './dict.js';
import {
  PyBuiltinFunction, PyFuncWrapper, PyGetSetDescr, PyMemberDescr, PyMethodDescr, PyProperty,
  PyWrapperDescr, newBoundBuiltin, newMethodWrapper, propertyError,
} from './descr.js';
import { PyFunction, newMethod } from './function.js';
import { classmethodType, staticmethodType, typeType, functionType } from './typeobjects.js';
import { AttributeError, raise, PyBaseException } from './exceptions.js';
import { hooks } from './hooks.js';
import { None } from './singletons.js';
import { newStr } from './str.js';

/** _PyType_Lookup: the attribute `name` found along t's MRO, borrowed, or null. */
export function typeLookup(t: PyType, name: string): PyObject | null {
  const c = t.cache.get(name);
  if (c !== undefined) return c;
  let found: PyObject | null = null;
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) {
    const v = mro[i].dict.getStr(name);
    if (v !== undefined) {
      found = v;
      break;
    }
  }
  t.cache.set(name, found);
  return found;
}

/** Whether d is a data descriptor (defines __set__ or __delete__). */
export function isDataDescr(d: PyObject): boolean {
  if (d instanceof PyGetSetDescr || d instanceof PyMemberDescr || d instanceof PyProperty) return true;
  const t = d.type;
  if (!t.heaptype) return false;
  return typeLookup(t, '__set__') !== null || typeLookup(t, '__delete__') !== null;
}

/**
 * descr.__get__(obj, type): obj null for access through the class. Returns a new
 * reference. `d` is borrowed.
 */
export function descrGet(d: PyObject, obj: PyObject | null, owner: PyType): PyObject {
  const dt = d.type;
  if (dt === functionType) {
    if (obj === null) {
      d.rc++;
      return d;
    }
    return newMethod(d, obj);
  }
  if (d instanceof PyMethodDescr) {
    if (obj !== null && d instanceof PyWrapperDescr) return newMethodWrapper(d, obj);
    if (d.isClassMethod) return newBoundBuiltin(d, obj === null ? owner : obj.type);
    if (obj === null) {
      d.rc++;
      return d;
    }
    return newBoundBuiltin(d, obj);
  }
  if (d instanceof PyFuncWrapper) {
    if (dt === staticmethodType || dt.isSubtype(staticmethodType)) {
      d.func!.rc++;
      return d.func!;
    }
    if (dt === classmethodType || dt.isSubtype(classmethodType)) {
      return newMethod(d.func!, obj === null ? owner : obj.type);
    }
  }
  if (d instanceof PyGetSetDescr) {
    if (obj === null) {
      d.rc++;
      return d;
    }
    return d.get(obj);
  }
  if (d instanceof PyMemberDescr) {
    if (obj === null) {
      d.rc++;
      return d;
    }
    const slots = (obj.attrs as { slots?: (PyObject | null)[] } | null)?.slots;
    const v = slots ? slots[d.index] : null;
    if (v === null || v === undefined) throw raise(AttributeError, `'${obj.type.name}' object has no attribute '${d.name}'`);
    v.rc++;
    return v;
  }
  if (d instanceof PyProperty) {
    if (obj === null) {
      d.rc++;
      return d;
    }
    if (d.fget === null) throw propertyError(d, obj, 'getter');
    return hooks.callFunction(d.fget, [obj], null);
  }
  if (dt.heaptype) {
    const get = typeLookup(dt, '__get__');
    if (get !== null) {
      return callDescrMethod(get, d, [obj ?? None, owner]);
    }
  }
  d.rc++;
  return d;
}

/** Calls an unbound method found on a type with self and args (all borrowed). */
export function callDescrMethod(m: PyObject, self: PyObject, args: PyObject[]): PyObject {
  if (m instanceof PyMethodDescr) return m.fn(self, args, null);
  if (m.type === functionType) return hooks.callFunction(m, [self, ...args], null);
  const bound = descrGet(m, self, self.type);
  try {
    return callObject(bound, args, null);
  } finally {
    H.decref(bound);
  }
}

/** Set by abstract.ts: PyObject_Call. */
export let callObject: (f: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
export function setCallObject(fn: typeof callObject): void {
  callObject = fn;
}

/** An AttributeError carrying name and obj, for the traceback's "Did you mean" hint. */
export function attributeError(obj: PyObject, name: string, msg?: string): never {
  const r = raise(AttributeError, msg ?? `'${obj.type.name}' object has no attribute '${name}'`);
  const e = r.exc as PyBaseException;
  const n = newStr(name);
  e.setExtra('name', n);
  H.decref(n);
  e.setExtra('obj', obj);
  throw r;
}

/** The attributes memsnake's instance storage holds (objects/instance.ts). */
export interface AttrStore {
  get(name: string): PyObject | undefined;
}

/** PyObject_GenericGetAttr. Returns a new reference or raises AttributeError. */
export function genericGetAttr(o: PyObject, name: string, suppress = false): PyObject | null {
  const t = o.type;
  const d = typeLookup(t, name);
  if (d !== null && isDataDescr(d)) return descrGet(d, o, t);
  const a = o.attrs as unknown as AttrStore | null;
  if (a !== null) {
    const v = a.get(name);
    if (v !== undefined) {
      v.rc++;
      return v;
    }
  }
  if (d !== null) return descrGet(d, o, t);
  if (suppress) return null;
  attributeError(o, name);
}

/** type_getattro: attributes of a class object. */
export function typeGetAttr(t: PyType, name: string, suppress = false): PyObject | null {
  const meta = t.type;
  const md = typeLookup(meta, name);
  if (md !== null && isDataDescr(md)) return descrGet(md, t, meta);
  const d = typeLookup(t, name);
  if (d !== null) return descrGet(d, null, t);
  if (md !== null) return descrGet(md, t, meta);
  if (suppress) return null;
  attributeError(t, name, `type object '${t.name}' has no attribute '${name}'`);
}

export function isType(o: PyObject): o is PyType {
  return o instanceof PyType;
}

export { typeType, PyBuiltinFunction, PyFunction, PyDict };
