/**
 * The module object. Mirrors Objects/moduleobject.c, 3.11.
 *
 * A module is a small GC object (72 bytes: 16 of GC header + 56, `sys.getsizeof(sys)`)
 * that owns one reference to its dict; everything else about it lives in that dict:
 * `__name__`, `__doc__`, `__package__`, `__loader__`, `__spec__` (module_init_dict's
 * five keys, in that order) and then the module's own names. Functions defined in a
 * module hold the dict (their `__globals__`), not the module, which is why a module's
 * dict can outlive it.
 *
 * Attribute access goes through the dict. memsnake's generic attribute code
 * (typeobject.ts `genericGetAttr`, abstract.ts `genericSetAttr`) reads and writes an
 * object's `attrs` store after the type's data descriptors, so a module's `attrs` is a
 * thin view of its dict (`ModuleAttrs`): `m.x`, `m.x = v`, `del m.x` need no special
 * case. `moduleGetAttr` is module_getattro proper (with `module 'm' has no attribute
 * 'x'` and a module-level `__getattr__`); it is installed as the module type's
 * `getattro` for the evaluator to use when it dispatches per type.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject, PyRaise, PyType } from './object.js';
import { PyDict, newDict } from './dict.js';
import { PyStr, internStr, newStr, newStrFresh, staticName } from './str.js';
import { newList } from './list.js';
import { None, newNone } from './singletons.js';
import { moduleType } from './typeobjects.js';
import { AttributeError, ModuleNotFoundError, PyBaseException, TypeError, raise } from './exceptions.js';
import { defGetSet, defMethod } from './methods.js';
import { genericGetAttr, isDataDescr, typeLookup } from './typeobject.js';
import { call, isInstance } from './abstract.js';

/** An `attrs` store that is a view of the module's dict (see the file comment). */
export class ModuleAttrs {
  constructor(readonly dict: PyDict) {}

  /**
   * Borrowed value of name, or undefined. A name that is neither in the dict nor on the
   * module type raises module_getattro's own AttributeError here (`module 'math' has no
   * attribute 'x'`), since the generic lookup consults this store last for such names.
   */
  get(name: string): PyObject | undefined {
    const v = this.dict.getStr(name);
    if (v === undefined && typeLookup(moduleType, name) === null && this.dict.getStr('__getattr__') === undefined) {
      throw missingAttr(this.dict, name);
    }
    return v;
  }

  /** Borrowed value of name, or undefined (never raises). */
  peek(name: string): PyObject | undefined {
    return this.dict.getStr(name);
  }

  /** m.name = v (v borrowed). */
  set(_o: PyObject, name: string, v: PyObject): void {
    const k = internStr(name);
    try {
      this.dict.set(k, v);
    } finally {
      H.decref(k);
    }
  }

  /** del m.name; false when it was not set. */
  delete(name: string): boolean {
    const k = internStr(name);
    try {
      const v = this.dict.pop(k);
      if (v === undefined) return false;
      H.decref(v);
      return true;
    } finally {
      H.decref(k);
    }
  }

  names(): string[] {
    const out: string[] = [];
    for (const k of this.dict.ks) if (k instanceof PyStr) out.push(k.v);
    return out;
  }

  // The dict is visited and released by the module itself (PyModule below).
  traverse(_visit: (o: HeapObject) => void): void {}
  release(_heap: Heap): void {}
}

export class PyModule extends PyObject {
  /** md_dict: owned. */
  dict: PyDict;
  /** Built-in modules (sys, math...) show `(built-in)` in their repr. */
  builtin = false;

  constructor(dict: PyDict) {
    super(moduleType);
    this.dict = dict;
    this.attrs = new ModuleAttrs(dict);
  }

  override traverse(visit: (o: HeapObject) => void): void {
    visit(this.dict);
  }

  override clearContents(heap: Heap): void {
    // module_dealloc releases md_dict only; the dict itself is not cleared, so functions
    // that hold it as their globals keep working.
    const d = this.dict;
    this.attrs = null;
    heap.decref(d);
  }

  /** The module's `__name__` as a JS string ('?' when missing or not a str). */
  get name(): string {
    const n = this.dict.getStr('__name__');
    return n instanceof PyStr ? n.v : '?';
  }
}

/** Sets d[name] = v unless name is already there (v borrowed). */
function setDefault(d: PyDict, name: string, v: PyObject): void {
  if (d.getStr(name) !== undefined) return;
  const k = internStr(name);
  d.set(k, v);
  H.decref(k);
}

/**
 * PyModule_NewObject: a new module named `name`. With `dict` (borrowed) the module uses
 * that dict (the interpreter's `__main__` globals); otherwise a fresh one. The keys of
 * module_init_dict are added when missing. Returns a new reference.
 */
export function newModule(name: string, dict?: PyDict, doc?: string): PyModule {
  let d: PyDict;
  if (dict !== undefined) {
    dict.rc++;
    d = dict;
  } else d = newDict();
  const m = new PyModule(d);
  H.allocate(m, moduleType.presize + moduleType.basicsize, moduleType.presize);
  const n = newStr(name);
  setDefault(d, '__name__', n);
  H.decref(n);
  if (doc !== undefined) {
    const ds = newStrFresh(doc);
    setDefault(d, '__doc__', ds);
    H.decref(ds);
  } else setDefault(d, '__doc__', None);
  setDefault(d, '__package__', None);
  setDefault(d, '__loader__', None);
  setDefault(d, '__spec__', None);
  return m;
}

/** Stores v (borrowed) as module attribute `name`. */
export function moduleSet(m: PyModule, name: string, v: PyObject): void {
  const k = staticName(name);
  m.dict.set(k, v);
}

/** Stores v as module attribute `name` and releases the caller's reference to v. */
export function moduleSetOwned(m: PyModule, name: string, v: PyObject): void {
  try {
    moduleSet(m, name, v);
  } finally {
    H.decref(v);
  }
}

/** `ModuleNotFoundError: No module named 'os'` (with its `name` attribute), to throw. */
export function moduleNotFound(name: string): PyRaise {
  const r = raise(ModuleNotFoundError, `No module named '${name}'`);
  const n = newStr(name);
  (r.exc as PyBaseException).setExtra('name', n);
  H.decref(n);
  return r;
}

/**
 * module_getattro: the module's dict first (after data descriptors of the module type),
 * then the type, then a module-level `__getattr__`, else
 * `AttributeError: module 'm' has no attribute 'x'`. Returns a new reference, or null
 * when `suppress` and the attribute is missing.
 */
export function moduleGetAttr(o: PyObject, name: string, suppress = false): PyObject | null {
  const m = o as PyModule;
  const v = m.dict.getStr(name);
  if (v !== undefined && !(typeLookup(moduleType, name) !== null && isDataDescr(typeLookup(moduleType, name)!))) {
    v.rc++;
    return v;
  }
  if (typeLookup(moduleType, name) !== null) {
    const r = genericGetAttr(m, name, true);
    if (r !== null) return r;
  }
  const ga = m.dict.getStr('__getattr__');
  if (ga !== undefined) {
    const n = newStr(name);
    try {
      return call(ga, [n]);
    } catch (e) {
      if (suppress && e instanceof PyRaise && isInstance(e.exc, AttributeError)) {
        H.decref(e.exc);
        return null;
      }
      throw e;
    } finally {
      H.decref(n);
    }
  }
  if (suppress) return null;
  throw missingAttr(m.dict, name);
}

/** `AttributeError: module 'm' has no attribute 'x'` (with name and obj for hints). */
function missingAttr(d: PyDict, name: string): PyRaise {
  const mn = d.getStr('__name__');
  const r = raise(AttributeError, mn instanceof PyStr ? `module '${mn.v}' has no attribute '${name}'` : `module has no attribute '${name}'`);
  const n = newStr(name);
  (r.exc as PyBaseException).setExtra('name', n);
  H.decref(n);
  return r;
}

/** module_repr: `<module 'sys' (built-in)>`, `<module '__main__' from '/path/x.py'>`. */
export function moduleRepr(m: PyModule): string {
  const f = m.dict.getStr('__file__');
  if (f instanceof PyStr) return `<module '${m.name}' from '${f.v}'>`;
  // Modules without a file are the built-in ones (and __main__ under -c or the REPL).
  return `<module '${m.name}' (built-in)>`;
}

/** A per-type attribute hook (tp_getattro) the evaluator may honour for built-in types. */
export type Getattro = (o: PyObject, name: string, suppress: boolean) => PyObject | null;

/** Installs `getattro` on a built-in type (read by abstract.ts once it dispatches on it). */
export function installGetattro(t: PyType, fn: Getattro): void {
  Object.assign(t, { getattro: fn });
}

let initialized = false;

/** Registers the module type's methods; idempotent (called by the builtins set-up). */
export function initModuleType(): void {
  if (initialized) return;
  initialized = true;
  const t = moduleType;
  t.hasInstanceDict = true;
  installGetattro(t, moduleGetAttr);
  defMethod(t, '__repr__', (self) => newStrFresh(moduleRepr(self as PyModule)));
  defMethod(t, '__dir__', (self) => {
    const a = (self as PyModule).attrs as ModuleAttrs | null;
    return newList((a ? a.names() : []).map((s) => newStr(s)));
  });
  defMethod(t, '__getattribute__', (self, args) => {
    const n = args[0];
    if (!(n instanceof PyStr)) throw raise(TypeError, `attribute name must be string, not '${n.type.name}'`);
    return moduleGetAttr(self, n.v)!;
  });
  defGetSet(t, '__dict__', (o) => {
    const d = (o as PyModule).dict;
    d.rc++;
    return d;
  });
  void newNone;
}
