/**
 * Creating classes (Objects/typeobject.c `type_new`) and instances (`type_call`,
 * `object_new`, `object_init`).
 *
 * A new class is a heap type: a 1688-byte object (920 with `__slots__`) holding its own
 * dict, its `__mro__` and `__bases__` tuples (the `__mro__` tuple contains the class
 * itself, a reference cycle only the collector frees), and — unless `__slots__` says
 * otherwise — `__dict__` and `__weakref__` getset descriptors that each hold a reference
 * to the class. That is why `sys.getrefcount(A)` of a fresh class is 5.
 *
 * Instances hold a reference to their class. Ordinary instances are 56 bytes
 * (32 bytes of pre-header: GC header and 3.11's managed-dict pointers; refcount, type,
 * weakref list), `__slots__` instances 16 + 16 + 8 per slot.
 */

import { H, PyObject, PyType, slotTpFinalize } from './object.js';
import { PyDict, newDict } from './dict.js';
import { PyStr, internStr, newStr } from './str.js';
import { newTuple, PyTuple } from './tuple.js';
import { None } from './singletons.js';
import {
  PyFuncWrapper, PyMethodDescr, newFuncWrapper, newHeapGetSet, newMemberDescr,
} from './descr.js';
import { PyFunction, PyCell } from './function.js';
import {
  classmethodType, functionType, objectType, staticmethodType, typeType, intType, tupleType,
  bytesType, floatType, listType, dictType, setType, frozensetType,
} from './typeobjects.js';
import { TypeError, raise, PyBaseException } from './exceptions.js';
import { typeLookup } from './typeobject.js';
import { InstanceAttrs, newInstance, initHeapInstance } from './instance.js';
import { call, callMethodWith, iterToArray, reprStr } from './abstract.js';
import { hooks } from './hooks.js';

/** C3 linearization (mro_internal). */
function c3(t: PyType, bases: PyType[]): PyType[] {
  // check_duplicates: `class Bad(X, Y, X)` is refused before any merging.
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) throw raise(TypeError, `duplicate base class ${bases[i].name}`);
  }
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      const names = [...new Set(nonEmpty.map((s) => s[0].name))].join(', ');
      throw raise(TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/**
 * The variable-size built-in types (tp_itemsize != 0): their subclasses get a plain dict
 * pointer at the end (no managed dict) and no __weakref__ slot. str is not one in 3.11
 * (its characters follow a fixed-size header), so a str subclass has a managed dict. type
 * is (its member table), so a metaclass's classes have no managed dict: getsizeof 920.
 */
const varSized = new Set<PyType>([intType, tupleType, bytesType, typeType]);

function solidBaseOf(t: PyType): PyType {
  return t.solidBase;
}

/**
 * type(name, bases, ns): builds a heap type. `ns` is borrowed; its entries are copied.
 * Returns a new reference.
 */
export function newClass(meta: PyType, name: string, bases: PyType[], ns: PyDict, qualname?: string): PyType {
  if (bases.length === 0) bases = [objectType];
  for (const b of bases) {
    if (b === typeType || b.name === 'bool' || b.name === 'NoneType' || b.name === 'function' || b.name === 'generator' || b.name === 'range' || b.name === 'slice') {
      if (b !== typeType) throw raise(TypeError, `type '${b.name}' is not an acceptable base type`);
    }
  }
  // The solid base: the most derived layout among the bases.
  let solid = solidBaseOf(bases[0]);
  for (const b of bases.slice(1)) {
    const s = solidBaseOf(b);
    if (s.isSubtype(solid)) solid = s;
    else if (!solid.isSubtype(s)) throw raise(TypeError, 'multiple bases have instance lay-out conflict');
  }
  const t = new PyType(meta, name);
  t.heaptype = true;
  t.gc = true;
  t.qualname = qualname ?? name;
  t.bases = bases;
  t.base = bases[0];
  t.mro = c3(t, bases);
  t.solidBase = solid === objectType ? t : solid;
  if (solid !== objectType) t.solidBase = solid;
  else t.solidBase = objectType;
  t.isException = bases.some((b) => b.isException);

  // __slots__
  const slotsObj = ns.getStr('__slots__');
  let slotNames: string[] | null = null;
  if (slotsObj !== undefined) {
    const items = slotsObj instanceof PyStr ? [slotsObj] : iterToArray(slotsObj);
    slotNames = [];
    for (const it of items) {
      if (!(it instanceof PyStr)) throw raise(TypeError, `__slots__ items must be strings, not '${it.type.name}'`);
      slotNames.push(it.v);
      if (!(slotsObj instanceof PyStr)) H.decref(it);
    }
  }
  const baseHasDict = bases.some((b) => b.hasInstanceDict);
  // A subclass of a variable-size type (int, tuple, bytes) gets no __weakref__ slot
  // (type_new: may_add_weak needs tp_itemsize == 0): class P(tuple) has basicsize 32.
  const mayAddWeak = !varSized.has(solid);
  const baseWeak = bases.some((b) => b.weakrefable);
  const inheritedSlots = bases.reduce((n, b) => Math.max(n, b.nslots), 0);
  if (slotNames === null) {
    t.hasInstanceDict = true;
    t.weakrefable = baseWeak || mayAddWeak;
  } else {
    t.hasInstanceDict = baseHasDict || slotNames.includes('__dict__');
    t.weakrefable = baseWeak || (mayAddWeak && slotNames.includes('__weakref__'));
    t.slotNames = slotNames.filter((s) => s !== '__dict__' && s !== '__weakref__');
  }
  t.slotBase = inheritedSlots;
  t.nslots = inheritedSlots + t.slotNames.length;

  // Layout and size.
  const sb = solid;
  const managed = t.hasInstanceDict && !varSized.has(sb) && !baseHasDict;
  t.presize = managed || (baseHasDict && bases[0].presize === 32) ? 32 : 16;
  let basic = sb === objectType ? 16 : sb.basicsize;
  if (bases[0].heaptype) basic = bases[0].basicsize;
  if (t.weakrefable && !baseWeak) basic += 8;
  basic += 8 * t.slotNames.length;
  if (t.hasInstanceDict && !managed && !baseHasDict) basic += 8;
  t.basicsize = basic;
  t.flags = 0;

  // The class dict: a copy of the namespace, made (and tracked, as a copy of a tracked
  // dict is) before the type is allocated, as type_new_init does; the collector's list
  // order, and so the order of finalizers at exit, depends on it.
  const d = newDict();
  if (ns.gcSeq !== 0) H.track(d);
  try {
    // The type object (920 with its GC header) and, for a managed-dict class, the
    // cached shared keys (768) that type.__sizeof__ counts, as one block here.
    H.allocate(t, t.presize === 32 ? 1688 : 920, 16);
  } catch (e) {
    H.decref(d);
    throw e;
  }
  if (meta.heaptype) meta.rc++;
  t.dict = d;
  for (let i = 0; i < ns.ks.length; i++) {
    const k = ns.ks[i];
    if (k === null) continue;
    const kv = (k as PyStr).v;
    if (kv === '__qualname__' || kv === '__classcell__') continue;
    let v = ns.vs[i]!;
    if ((kv === '__new__') && v.type === functionType) {
      v.rc++;
      v = newFuncWrapper(staticmethodType, v);
      d.set(k, v);
      H.decref(v);
      continue;
    }
    if ((kv === '__init_subclass__' || kv === '__class_getitem__') && v.type === functionType) {
      v.rc++;
      v = newFuncWrapper(classmethodType, v);
      d.set(k, v);
      H.decref(v);
      continue;
    }
    d.set(k, v);
  }
  for (let i = 0; i < t.slotNames.length; i++) {
    const md = newMemberDescr(t, t.slotNames[i], t.slotBase + i);
    setStrKey(d, t.slotNames[i], md);
    H.decref(md);
  }
  if (t.hasInstanceDict && !baseHasDict) {
    const gd = newHeapGetSet(t, '__dict__', instanceDictGet, instanceDictSet);
    setStrKey(d, '__dict__', gd);
    H.decref(gd);
  }
  if (t.weakrefable && !baseWeak) {
    const gw = newHeapGetSet(t, '__weakref__', () => (None.rc++, None), null);
    setStrKey(d, '__weakref__', gw);
    H.decref(gw);
  }
  // PyType_Ready's order: slot members, then __dict__/__weakref__, then __doc__ (None
  // without a docstring), then __hash__ = None for a class that defines __eq__ without
  // __hash__ (its instances become unhashable; type_ready_set_hash).
  if (d.getStr('__doc__') === undefined) setStrKey(d, '__doc__', None);
  if (d.getStr('__eq__') !== undefined && d.getStr('__hash__') === undefined) setStrKey(d, '__hash__', None);

  // __mro__ and __bases__ tuples hold references (the former to t itself).
  t.mroTuple = newTuple(t.mro.map((x) => (x.rc++, x)));
  t.basesTuple = newTuple(bases.map((x) => (x.rc++, x)));
  if (t.base.heaptype) t.base.rc++;
  for (const b of bases) b.subclasses.add(t);
  const mod = ns.getStr('__module__');
  t.module = mod instanceof PyStr ? mod.v : '__main__';
  t.hasDel = typeLookup(t, '__del__') !== null;
  t.callDel = slotTpFinalize; // looks __del__ up when it runs, so a later C.__del__ = f works too

  // __class__ cell for zero-argument super().
  const cell = ns.getStr('__classcell__');
  if (cell instanceof PyCell) {
    t.rc++;
    const old = cell.ref;
    cell.ref = t;
    if (old) H.decref(old);
  }

  // __set_name__ on descriptors, then the parent's __init_subclass__.
  for (let i = 0; i < d.ks.length; i++) {
    const k = d.ks[i], v = d.vs[i];
    if (k === null || v === null) continue;
    // Built-in descriptors have it too (property remembers its name).
    const sn = typeLookup(v.type, '__set_name__');
    if (sn !== null) H.decref(callMethodWith(sn, v, [t, k], null));
  }
  const parent = t.mro[1];
  const isub = parent ? typeLookup(parent, '__init_subclass__') : null;
  if (isub !== null && isub instanceof PyFuncWrapper && isub.func) {
    H.decref(call(isub.func, [t]));
  }
  return t;
}

function setStrKey(d: PyDict, name: string, v: PyObject): void {
  const k = internStr(name);
  d.set(k, v);
  H.decref(k);
}

function instanceDictGet(o: PyObject): PyObject {
  const a = o.attrs as InstanceAttrs | null;
  if (a === null) throw raise(TypeError, 'no __dict__');
  const d = a.materialize(o);
  d.rc++;
  return d;
}

function instanceDictSet(o: PyObject, v: PyObject | null): void {
  if (v === null || !(v instanceof PyDict)) {
    throw raise(TypeError, `__dict__ must be set to a dictionary, not a '${v ? v.type.name : 'NoneType'}'`);
  }
  (o.attrs as InstanceAttrs).setDict(v);
}

/** Allocators for instances of heap types by their solid base (set by type modules). */
export const solidAllocators = new Map<PyType, (t: PyType, args: PyObject[], kwnames: string[] | null) => PyObject>();

/** object.__new__(t): a new instance of heap type t (or of object). */
export function objectNew(t: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  if (args.length > 0) {
    const init = typeLookup(t, '__init__');
    const nw = typeLookup(t, '__new__');
    const objInit = typeLookup(objectType, '__init__');
    const objNew = typeLookup(objectType, '__new__');
    if (nw !== objNew || init === objInit) {
      throw raise(TypeError, nw !== objNew ? 'object.__new__() takes exactly one argument (the type to instantiate)' : `${t.name}() takes no arguments`);
    }
  }
  void kwnames;
  if (t === objectType) {
    const o = new PyObject(objectType);
    H.allocate(o, 16, 0);
    return o;
  }
  if (t.isException) {
    const f = solidAllocators.get(t.solidBase.isException ? excRoot(t) : t.solidBase);
    if (f) return f(t, args, kwnames);
  }
  const sb = t.solidBase;
  if (sb !== objectType && sb !== t) {
    const f = solidAllocators.get(sb);
    if (f) return f(t, args, kwnames);
  }
  return newInstance(t);
}

function excRoot(t: PyType): PyType {
  for (const b of t.mro) if (b.isException && !b.heaptype) return b;
  return t;
}

/** type.__call__(t, *args): __new__ then __init__ (type_call). */
let objectInitAttr: PyObject | null = null;
let objectNewAttr: PyObject | null = null;
function objectInit(): PyObject | null {
  return objectInitAttr ??= typeLookup(objectType, '__init__');
}
function objectNewDescr(): PyObject | null {
  return objectNewAttr ??= typeLookup(objectType, '__new__');
}

export function typeCallImpl(t: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  if (t === typeType && args.length === 1 && (kwnames === null || kwnames.length === 0)) {
    const r = args[0].type;
    r.rc++;
    return r;
  }
  const nw = typeLookup(t, '__new__');
  let obj: PyObject;
  if (nw === null) throw raise(TypeError, `cannot create '${t.name}' instances`);
  if (nw instanceof PyFuncWrapper && nw.func instanceof PyMethodDescr) {
    obj = nw.func.fn(t, args, kwnames);
  } else if (nw instanceof PyFuncWrapper && nw.func) {
    obj = call(nw.func, [t, ...args], kwnames);
  } else if (nw instanceof PyMethodDescr) {
    obj = nw.fn(t, args, kwnames);
  } else {
    obj = call(nw, [t, ...args], kwnames);
  }
  if (!obj.type.isSubtype(t)) return obj;
  const init = typeLookup(obj.type, '__init__');
  // object.__init__ of a built-in type with its own __new__ (str, int, tuple...) accepts
  // and ignores the arguments (object_init): nothing to call.
  if (init !== null && !(init === objectInit() && !obj.type.heaptype && nw !== objectNewDescr())) {
    let r: PyObject;
    try {
      r = callMethodWith(init, obj, args, kwnames);
    } catch (e) {
      H.decref(obj);
      throw e;
    }
    if (r !== None) {
      const tn = r.type.name;
      H.decref(r);
      H.decref(obj);
      throw raise(TypeError, `__init__() should return None, not '${tn}'`);
    }
    H.decref(r);
  }
  return obj;
}

export { initHeapInstance, reprStr, newStr, PyBaseException, PyTuple, PyFunction, floatType, listType, dictType, setType, frozensetType, hooks };
