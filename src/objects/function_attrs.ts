/**
 * The Python-visible attributes of functions, code objects, cells, bound methods and
 * built-in functions (Objects/funcobject.c func_getsetlist/func_memberlist,
 * codeobject.c code_memberlist, cellobject.c, classobject.c method_getattro,
 * methodobject.c meth_getsets, descrobject.c method_descriptor's getsets), 3.11.
 *
 * Every getter returns a new reference. Members CPython stores as plain pointers
 * (`__closure__`, `__globals__`, `__defaults__`...) hand out the stored object itself, so
 * `f.__closure__ is f.__closure__` and refcounts match CPython's.
 */

import { H, PyObject, PyType } from './object.js';
import { PyDict, newDict } from './dict.js';
import { PyStr, newStr, newStrFresh } from './str.js';
import { PyTuple, newTuple } from './tuple.js';
import { None, newNone } from './singletons.js';
import { newInt } from './int.js';
import { PyCell, PyCode, PyFunction, PyMethod, FuncAttrs } from './function.js';
import { PyBuiltinFunction, PyMethodDescr, PyMethodWrapper } from './descr.js';
import {
  builtinFunctionType, cellType, codeType, functionType, methodDescrType, methodType,
  methodWrapperType, wrapperDescrType,
} from './typeobjects.js';
import { AttributeError, TypeError, ValueError, raise } from './exceptions.js';
import { argRange, defGetSet, defMethod } from './methods.js';
import { addrHex, getAttrMaybe } from './abstract.js';
import { descrGet } from './typeobject.js';
import { onInit, pointerHash } from './init.js';
import { NotImplemented, newBool } from './singletons.js';
import { newIntBig } from './int.js';

/** A new reference to o, or to None when o is null. */
function orNone(o: PyObject | null): PyObject {
  const r = o ?? None;
  r.rc++;
  return r;
}

/** Replaces a function's owned field (v borrowed; null clears it). */
function setField<K extends 'defaults' | 'kwdefaults' | 'annotations' | 'doc' | 'module' | 'dict'>(
  f: PyFunction, k: K, v: PyObject | null,
): void {
  const old = f[k] as PyObject | null;
  if (v !== null) v.rc++;
  (f as unknown as Record<string, PyObject | null>)[k] = v;
  if (old !== null) H.decref(old);
}

/** A T_OBJECT member that cannot be set: `AttributeError: readonly attribute`. */
function readonly(): never {
  throw raise(AttributeError, 'readonly attribute');
}

// ------------------------------------------------------------------ code objects

/**
 * What the `co_*` attributes read from a code object's compiled form. The interpreter's
 * CodeInfo (interp/code.ts) has this shape; objects/ only reads it, so the dependency
 * still points from interp to objects.
 */
interface CodeShape {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  varargs: boolean;
  varkw: boolean;
  slotNames: string[];
  scope: { kind: string; params: string[]; cells: Set<string>; frees: Set<string> };
}

function shape(c: PyCode): CodeShape | null {
  const s = c.impl as Partial<CodeShape> | null;
  return s !== null && typeof s === 'object' && s.scope !== undefined && Array.isArray(s.slotNames) ? (s as CodeShape) : null;
}

function strTuple(names: string[]): PyTuple {
  return newTuple(names.map((n) => newStr(n)));
}

/** Parameters in co_varnames order: positional, keyword-only, *args, **kwargs. */
function paramNames(s: CodeShape): string[] {
  return s.scope.params.slice(0, s.argcount + s.kwonlyargcount + (s.varargs ? 1 : 0) + (s.varkw ? 1 : 0));
}

/**
 * co_cellvars in 3.11's localsplus order: parameters that are cells first (in parameter
 * order), then the other cell variables sorted by name (the compiler's dictbytype sorts).
 */
function cellvars(s: CodeShape): string[] {
  const params = paramNames(s);
  const first = params.filter((p) => s.scope.cells.has(p));
  const rest = [...s.scope.cells].filter((c) => !params.includes(c)).sort(byCodePoint);
  return [...first, ...rest];
}

/** co_freevars: sorted by name, as dictbytype orders them. */
function freevars(s: CodeShape): string[] {
  return [...s.scope.frees].sort(byCodePoint);
}

/** co_varnames: parameters, then the other plain locals (cells and frees excluded). */
function varnames(s: CodeShape): string[] {
  const params = paramNames(s);
  const out = [...params];
  for (const n of s.slotNames) {
    if (out.includes(n) || s.scope.cells.has(n) || s.scope.frees.has(n)) continue;
    out.push(n);
  }
  return out;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function initCode(): void {
  const t = codeType;
  const sh = (o: PyObject): CodeShape => {
    const s = shape(o as PyCode);
    if (s === null) throw raise(AttributeError, 'code object has no compiled form');
    return s;
  };
  defMethod(t, '__repr__', (self) => {
    const c = self as PyCode;
    return newStrFresh(`<code object ${c.name} at ${addrHex(c)}, file "${c.filename}", line ${c.firstlineno}>`);
  });
  defGetSet(t, 'co_name', (o) => newStr((o as PyCode).name));
  defGetSet(t, 'co_qualname', (o) => newStr((o as PyCode).qualname));
  defGetSet(t, 'co_filename', (o) => newStr((o as PyCode).filename));
  defGetSet(t, 'co_firstlineno', (o) => newInt((o as PyCode).firstlineno));
  defGetSet(t, 'co_argcount', (o) => newInt(sh(o).argcount));
  defGetSet(t, 'co_posonlyargcount', (o) => newInt(sh(o).posonlyargcount));
  defGetSet(t, 'co_kwonlyargcount', (o) => newInt(sh(o).kwonlyargcount));
  defGetSet(t, 'co_varnames', (o) => strTuple(varnames(sh(o))));
  defGetSet(t, 'co_nlocals', (o) => newInt(varnames(sh(o)).length));
  defGetSet(t, 'co_cellvars', (o) => strTuple(cellvars(sh(o))));
  defGetSet(t, 'co_freevars', (o) => strTuple(freevars(sh(o))));
}

// ------------------------------------------------------------------ cells

function initCell(): void {
  const t = cellType;
  defGetSet(t, 'cell_contents', (o) => {
    const r = (o as PyCell).ref;
    if (r === null) throw raise(ValueError, 'Cell is empty');
    r.rc++;
    return r;
  }, (o, v) => {
    const c = o as PyCell;
    const old = c.ref;
    if (v !== null) v.rc++;
    c.ref = v;
    if (old !== null) H.decref(old);
  });
  defMethod(t, '__repr__', (self) => {
    const r = (self as PyCell).ref;
    if (r === null) return newStrFresh(`<cell at ${addrHex(self)}: empty>`);
    return newStrFresh(`<cell at ${addrHex(self)}: ${r.type.name} object at ${addrHex(r)}>`);
  });
}

// ------------------------------------------------------------------ functions

function initFunction(): void {
  const t = functionType;
  // Instances keep attributes in their __dict__ (tp_dictoffset): see FuncAttrs.
  t.hasInstanceDict = true;
  const fn = (o: PyObject) => o as PyFunction;
  const strSetter = (attr: '__name__' | '__qualname__', k: 'name' | 'qualname') => (o: PyObject, v: PyObject | null) => {
    if (!(v instanceof PyStr)) throw raise(TypeError, `${attr} must be set to a string object`);
    const f = fn(o);
    const old = f[k];
    v.rc++;
    f[k] = v;
    H.decref(old);
  };
  defGetSet(t, '__name__', (o) => orNone(fn(o).name), strSetter('__name__', 'name'));
  defGetSet(t, '__qualname__', (o) => orNone(fn(o).qualname), strSetter('__qualname__', 'qualname'));
  defGetSet(t, '__module__', (o) => orNone(fn(o).module), (o, v) => setField(fn(o), 'module', v));
  defGetSet(t, '__doc__', (o) => orNone(fn(o).doc), (o, v) => setField(fn(o), 'doc', v));
  defGetSet(t, '__defaults__', (o) => orNone(fn(o).defaults), (o, v) => {
    if (v === None) v = null;
    if (v !== null && !(v instanceof PyTuple)) throw raise(TypeError, '__defaults__ must be set to a tuple object');
    setField(fn(o), 'defaults', v);
  });
  defGetSet(t, '__kwdefaults__', (o) => orNone(fn(o).kwdefaults), (o, v) => {
    if (v === None) v = null;
    if (v !== null && !(v instanceof PyDict)) throw raise(TypeError, '__kwdefaults__ must be set to a dict object');
    setField(fn(o), 'kwdefaults', v);
  });
  // func_get_annotations: created empty on first read and kept, so later reads see it.
  defGetSet(t, '__annotations__', (o) => {
    const f = fn(o);
    if (f.annotations === null) f.annotations = newDict();
    f.annotations.rc++;
    return f.annotations;
  }, (o, v) => {
    if (v === None) v = null;
    if (v !== null && !(v instanceof PyDict)) throw raise(TypeError, '__annotations__ must be set to a dict object');
    setField(fn(o), 'annotations', v);
  });
  defGetSet(t, '__closure__', (o) => orNone(fn(o).closure), readonly);
  defGetSet(t, '__globals__', (o) => orNone(fn(o).globals), readonly);
  defGetSet(t, '__builtins__', (o) => {
    const b = fn(o).globals.getStr('__builtins__');
    // A module's __builtins__ is the builtins module; functions expose its dict.
    const d = b !== undefined && (b as { dict?: unknown }).dict instanceof PyDict ? (b as unknown as { dict: PyDict }).dict : b;
    return orNone(d ?? null);
  }, readonly);
  defGetSet(t, '__code__', (o) => orNone(fn(o).code), (o, v) => {
    if (!(v instanceof PyCode)) throw raise(TypeError, '__code__ must be set to a code object');
    const f = fn(o);
    const nfree = f.closure === null ? 0 : f.closure.items.length;
    const s = shape(v);
    const want = s === null ? 0 : s.scope.frees.size;
    if (want !== nfree) {
      throw raise(ValueError, `${f.name.v}() requires a code object with ${nfree} free vars, not ${want}`);
    }
    const old = f.code;
    v.rc++;
    f.code = v;
    H.decref(old);
  });
  // PyObject_GenericGetDict / SetDict on tp_dictoffset.
  defGetSet(t, '__dict__', (o) => {
    const d = (fn(o).attrs as FuncAttrs).ensureDict();
    d.rc++;
    return d;
  }, (o, v) => {
    if (v === null) throw raise(TypeError, 'cannot delete __dict__');
    if (!(v instanceof PyDict)) throw raise(TypeError, `__dict__ must be set to a dictionary, not a '${v.type.name}'`);
    setField(fn(o), 'dict', v);
  });
  // function.__get__: binds to an instance (what descrGet does for attribute access).
  defMethod(t, '__get__', (self, args) => {
    argRange('__get__', args, null, 1, 2);
    const obj = args[0] === None ? null : args[0];
    return descrGet(self, obj, obj === null ? self.type : obj.type);
  });
}

// ------------------------------------------------------------------ bound methods

function initMethod(): void {
  const t = methodType;
  defGetSet(t, '__self__', (o) => orNone((o as PyMethod).self), readonly);
  defGetSet(t, '__func__', (o) => orNone((o as PyMethod).func), readonly);
  defGetSet(t, '__doc__', (o) => {
    const r = getAttrMaybe((o as PyMethod).func, '__doc__', true);
    return r ?? newNone();
  });
}

// ------------------------------------------------------------------ built-in functions

/**
 * Resolves a module-level built-in's `__self__` (its module object, e.g. `len.__self__`
 * is the builtins module) by module name; installed by the builtins layer, which knows
 * the session's modules. A new reference, or null when unknown.
 */
let moduleResolver: ((name: string) => PyObject | null) | null = null;
export function setBuiltinModuleResolver(f: (name: string) => PyObject | null): void {
  moduleResolver = f;
}

/** meth_get__qualname__: `len`, `list.append`, `dict.fromkeys`, `int.__new__`. */
function builtinQualname(b: PyBuiltinFunction): string {
  const s = b.self;
  if (s === null || s.type.name === 'module') return b.name;
  const owner = s instanceof PyType ? s : s.type;
  return `${owner.qualname}.${b.name}`;
}

function initBuiltinFunction(): void {
  const t = builtinFunctionType;
  const bf = (o: PyObject) => o as PyBuiltinFunction;
  defGetSet(t, '__name__', (o) => newStr(bf(o).name));
  defGetSet(t, '__qualname__', (o) => newStr(builtinQualname(bf(o))));
  defGetSet(t, '__self__', (o) => {
    const b = bf(o);
    if (b.self !== null) return orNone(b.self);
    return (moduleResolver !== null ? moduleResolver(b.qualPrefix) : null) ?? newNone();
  });
  // m_module: the module name for module-level functions, None for bound methods.
  defGetSet(t, '__module__', (o) => (bf(o).self === null ? newStr(bf(o).qualPrefix) : newNone()));
  // memsnake keeps no docstrings for built-ins.
  defGetSet(t, '__doc__', () => newNone());
  defGetSet(t, '__text_signature__', () => newNone());

  const md = methodDescrType;
  const mdd = (o: PyObject) => o as PyMethodDescr;
  defGetSet(md, '__name__', (o) => newStr(mdd(o).name));
  defGetSet(md, '__qualname__', (o) => newStr(`${mdd(o).objtype.qualname}.${mdd(o).name}`));
  defGetSet(md, '__objclass__', (o) => orNone(mdd(o).objtype));
  defGetSet(md, '__doc__', () => newNone());
  defGetSet(md, '__text_signature__', () => newNone());
  defMethod(md, '__repr__', (self) => newStrFresh(`<method '${mdd(self).name}' of '${mdd(self).objtype.name}' objects>`));
  initSlotWrappers();
}

/** Hash of a pointer, as the signed 64-bit value _Py_HashPointer gives. */
function pointerHashValue(o: PyObject): bigint {
  const h = pointerHash(o);
  const v = (h as unknown as { v: number | bigint }).v;
  H.decref(h);
  return BigInt(v);
}

/** wrapper_descriptor (wrapperdescr_getset) and method-wrapper (wrapper_getsets, wrapper_members). */
function initSlotWrappers(): void {
  const wd = wrapperDescrType;
  const d = (o: PyObject) => o as PyMethodDescr;
  defGetSet(wd, '__name__', (o) => newStr(d(o).name));
  defGetSet(wd, '__qualname__', (o) => newStr(`${d(o).objtype.qualname}.${d(o).name}`));
  defGetSet(wd, '__objclass__', (o) => orNone(d(o).objtype));
  defGetSet(wd, '__doc__', () => newNone());
  defGetSet(wd, '__text_signature__', () => newNone());
  defMethod(wd, '__repr__', (self) => newStrFresh(`<slot wrapper '${d(self).name}' of '${d(self).objtype.name}' objects>`));

  const mw = methodWrapperType;
  const w = (o: PyObject) => o as PyMethodWrapper;
  defGetSet(mw, '__self__', (o) => orNone(w(o).self));
  defGetSet(mw, '__name__', (o) => newStr(w(o).name));
  defGetSet(mw, '__qualname__', (o) => newStr(`${w(o).descr.objtype.qualname}.${w(o).name}`));
  defGetSet(mw, '__objclass__', (o) => orNone(w(o).descr.objtype));
  defGetSet(mw, '__doc__', () => newNone());
  defGetSet(mw, '__text_signature__', () => newNone());
  // wrapper_repr names the bound object's type by tp_name.
  defMethod(mw, '__repr__', (self) => {
    const o = w(self).self!;
    return newStrFresh(`<method-wrapper '${w(self).name}' of ${o.type.name} object at ${addrHex(o)}>`);
  });
  // wrapper_richcompare: equal when both wrap the same descriptor bound to the same object.
  const same = (a: PyObject, b: PyObject) => b instanceof PyMethodWrapper && w(a).descr === b.descr && w(a).self === b.self;
  const cmp = (eq: boolean) => (self: PyObject, args: PyObject[]) => {
    argRange(eq ? '__eq__' : '__ne__', args, null, 1, 1);
    if (!(args[0] instanceof PyMethodWrapper)) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    return newBool(same(self, args[0]) === eq);
  };
  defMethod(mw, '__eq__', cmp(true));
  defMethod(mw, '__ne__', cmp(false));
  // wrapper_hash: the pointer hashes of self and of the descriptor, xored.
  defMethod(mw, '__hash__', (self) => {
    let h = BigInt.asIntN(64, pointerHashValue(w(self).self!) ^ pointerHashValue(w(self).descr));
    if (h === -1n) h = -2n;
    return newIntBig(h);
  });
}

onInit(() => {
  initCode();
  initCell();
  initFunction();
  initMethod();
  initBuiltinFunction();
});
