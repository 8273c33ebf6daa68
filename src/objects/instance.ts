/**
 * Attribute storage of instances of user classes (3.11's "inline values" with shared
 * keys, Objects/dictobject.c; `__slots__` members, Objects/descrobject.c).
 *
 * Each class keeps one shared-keys list (attribute names in the order they were first set
 * on any instance, `PyType.sharedKeys`); an instance stores only the values, by shared
 * index, with no dict object, until `__dict__` is read, which materialises a real dict.
 * When an instance dies its values are released in shared-key order (not its own
 * insertion order), which is what CPython 3.11 does.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, InstAttrs, PyObject, PyType } from './object.js';
import { PyDict, newDict } from './dict.js';
import { internStr } from './str.js';

/** At most this many names in a class's shared keys (the rest materialise a dict). */
const SHARED_KEYS_MAX = 30;

export class InstanceAttrs implements InstAttrs {
  /** Values by the class's shared-key index; null = unset. */
  values: (PyObject | null)[] = [];
  /** The materialised `__dict__`, owned; when set, `values` is unused. */
  dict: PyDict | null = null;
  /** `__slots__` values by member index; null = unset. */
  slots: (PyObject | null)[] | null = null;

  constructor(readonly owner: PyType, nslots: number) {
    if (nslots > 0) this.slots = new Array(nslots).fill(null);
  }

  get(name: string): PyObject | undefined {
    if (this.dict !== null) return this.dict.getStr(name);
    const i = this.owner.sharedIndex.get(name);
    if (i === undefined) return undefined;
    const v = this.values[i];
    return v === null ? undefined : v;
  }

  /** Stores v (borrowed; a new reference is kept). Releases any previous value. */
  set(o: PyObject, name: string, v: PyObject): void {
    if (this.dict !== null) {
      const k = internStr(name);
      this.dict.set(k, v);
      H.decref(k);
      return;
    }
    const t = this.owner;
    let i = t.sharedIndex.get(name);
    if (i === undefined) {
      // A managed-dict class's shared keys take a new name while they have usable room
      // (insert_into_dictkeys); other classes keep the old 30-name cap.
      if (managed(t) ? t.sharedUsable <= 0 : t.sharedKeys.length >= SHARED_KEYS_MAX) {
        this.materialize(o);
        this.set(o, name, v);
        return;
      }
      addSharedKey(t, name);
      i = t.sharedKeys.length - 1;
    }
    while (this.values.length <= i) this.values.push(null);
    v.rc++;
    const old = this.values[i];
    this.values[i] = v;
    if (old !== null) H.decref(old);
  }

  /** Deletes name; returns false if it was not set. */
  delete(name: string): boolean {
    if (this.dict !== null) {
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
    const i = this.owner.sharedIndex.get(name);
    if (i === undefined) return false;
    const old = this.values[i];
    if (old === null || old === undefined) return false;
    this.values[i] = null;
    H.decref(old);
    return true;
  }

  /** Builds the real `__dict__` (borrowed result). */
  materialize(_o: PyObject): PyDict {
    if (this.dict !== null) return this.dict;
    const d = newDict();
    const keys = this.owner.sharedKeys;
    for (let i = 0; i < this.values.length; i++) {
      const v = this.values[i];
      if (v === null) continue;
      const k = internStr(keys[i]);
      d.set(k, v);
      H.decref(k);
      H.decref(v);
    }
    this.values = [];
    // make_dict_from_instance_attributes: a split dict on the class's shared keys (its
    // size follows them); other classes' instances get an ordinary dict.
    if (managed(this.owner)) d.shared = this.owner;
    this.dict = d;
    return d;
  }

  /** Replaces the dict (obj.__dict__ = d); d borrowed. */
  setDict(d: PyDict): void {
    this.materialize(null as unknown as PyObject);
    const old = this.dict!;
    d.rc++;
    this.dict = d;
    H.decref(old);
  }

  /** Names currently set, in dict (or shared-key) order. */
  names(): string[] {
    if (this.dict !== null) {
      const out: string[] = [];
      for (const k of this.dict.ks) if (k !== null) out.push((k as unknown as { v: string }).v);
      return out;
    }
    const out: string[] = [];
    for (let i = 0; i < this.values.length; i++) if (this.values[i] !== null) out.push(this.owner.sharedKeys[i]);
    return out;
  }

  traverse(visit: (o: HeapObject) => void): void {
    // Indexed loops: the collector calls this for every instance it examines.
    const slots = this.slots;
    if (slots !== null) {
      for (let i = 0; i < slots.length; i++) {
        const s = slots[i];
        if (s !== null) visit(s);
      }
    }
    if (this.dict !== null) visit(this.dict);
    else {
      const values = this.values;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v !== null) visit(v);
      }
    }
  }

  release(heap: Heap): void {
    if (this.slots) {
      const s = this.slots;
      this.slots = null;
      for (const v of s) if (v !== null) heap.decref(v);
    }
    if (this.dict !== null) {
      const d = this.dict;
      this.dict = null;
      heap.decref(d);
    } else {
      const vs = this.values;
      this.values = [];
      for (const v of vs) if (v !== null) heap.decref(v);
    }
  }
}

/** Whether instances of t have a 3.11 managed dict (inline values on shared keys). */
function managed(t: PyType): boolean {
  return t.presize === 32;
}

/** Adds a name to t's shared keys (one usable entry fewer). */
export function addSharedKey(t: PyType, name: string): void {
  t.sharedIndex.set(name, t.sharedKeys.length);
  t.sharedKeys.push(name);
  if (managed(t)) t.sharedUsable--;
}

/**
 * init_inline_values, which object_new runs: every new instance of a managed-dict class
 * made by object.__new__ takes one usable entry (down to 1). Subclasses of list, dict,
 * str... have their base's tp_new, which does not (their dict comes lazily).
 */
function initValues(t: PyType): void {
  if (managed(t) && t.sharedUsable > 1) t.sharedUsable--;
}

/** A new instance of heap type t whose solid base is `object`. Returns a new reference. */
export function newInstance(t: PyType): PyObject {
  const o = new PyObject(t);
  H.allocate(o, t.presize + t.basicsize, t.presize);
  t.rc++;
  initValues(t);
  if (t.hasInstanceDict || t.nslots > 0) o.attrs = new InstanceAttrs(t, t.nslots);
  return o;
}

/** Gives a freshly created built-in-based instance of heap type t its attribute storage. */
export function initHeapInstance(o: PyObject, t: PyType): void {
  if (t.hasInstanceDict || t.nslots > 0) o.attrs = new InstanceAttrs(t, t.nslots);
}
