/**
 * dict (Objects/dictobject.c, 3.11): insertion-ordered entries plus an index, with
 * CPython's table geometry simulated for sizes.
 *
 * Storage. `ks`/`vs` are the entries in insertion order (dk_entries); a deleted entry
 * becomes a hole (null key) until the next resize compacts the arrays, exactly when
 * CPython's entry array is rebuilt. The index maps a JS key to the entry position: exact
 * str keys by their JS string, exact int/bool and integral float keys by their numeric
 * value (1, 1.0 and True are one key, as in Python), everything else by its Python hash
 * in `generic`, with `__eq__` deciding between colliding entries.
 *
 * Geometry (what sys.getsizeof sees). `log2Size` is dk_log2_size; `usable` is
 * USABLE_FRACTION(size) = 2·size/3; `nentries` counts used entry slots including holes.
 * Inserting a new key when no entry slot is left resizes to the smallest power of two
 * ≥ 3·used (GROWTH_RATE), minimum 8 slots, with 3.11's quirk for tiny dicts
 * (calculateLog2KeySize). The keys object is 32 bytes + size·index width
 * + usable·entry size (16 bytes per entry while every key is a str, 24 otherwise); an
 * empty dict shares a static empty keys object (sizeof 48, getsizeof 64).
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { allocFromFreeList, freeToFreeList } from '../heap/freelists.js';
import { H, PyObject, PyType } from './object.js';
import { PyStr } from './str.js';
import { dictType, floatType, intType, boolType, strType, tupleType } from './typeobjects.js';
import { hooks } from './hooks.js';

type JsKey = string | number | bigint;

export class PyDict extends PyObject {
  ks: (PyObject | null)[] = [];
  vs: (PyObject | null)[] = [];
  /** Fast index for str/int/float keys. */
  index = new Map<JsKey, number>();
  /** Index of other keys by Python hash: hash → entry positions. */
  generic: Map<bigint, number[]> | null = null;
  /** Number of live entries (ma_used). */
  used = 0;
  /**
   * Entry slots taken since the table was built: USABLE_FRACTION − dk_usable. Usually
   * ks.length, but popitem() shortens the entries (dk_nentries) without giving the slot
   * back to dk_usable, so the two differ after it.
   */
  spent = 0;
  /** dk_log2_size; 0 means the shared empty keys object. */
  log2Size = 0;
  /** All keys so far are str (unicode keys table). */
  unicode = true;
  /** Address of the separately allocated keys object, 0 when shared/empty. */
  keysAddr = 0;
  /** Bumped on every insertion/deletion (iterators detect changes). */
  version = 0;
  /** A static dict (a built-in type's namespace): its keys table is not on the heap. */
  isStatic = false;
  /**
   * A materialised instance `__dict__` still split on this class's shared keys (sizes
   * only: getsizeof follows the shared keys). Cleared when the dict becomes combined.
   */
  shared: PyType | null = null;
  /** Whether the keys block now allocated is a str-keys one (decides its free-list fate). */
  private keysUnicode = true;

  constructor() {
    super(dictType);
  }

  override traverse(visit: (o: HeapObject) => void): void {
    const ks = this.ks, vs = this.vs;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== null) {
        // dict_traverse visits the value before the key; the collector's order of work
        // (and so the order of finalizers at shutdown) follows it.
        visit(vs[i]!);
        visit(k);
      }
    }
    if (this.type !== dictType) super.traverse(visit);
  }

  /** The keys object (heap/check.ts); a static dict's table is not on the heap. */
  ownedBlocks(out: number[]): void {
    if (this.keysAddr !== 0 && !this.isStatic) out.push(this.keysAddr);
  }

  override clearContents(heap: Heap): void {
    const ks = this.ks, vs = this.vs;
    this.ks = [];
    this.vs = [];
    this.index.clear();
    this.generic = null;
    this.used = 0;
    this.spent = 0;
    this.shared = null;
    // PyDict_Clear / dict_dealloc: the dict holds the empty keys first; the old table's
    // entries are released (key, then value, first to last) and only then is its block
    // freed or parked (free_keys_object).
    const oldAddr = this.isStatic ? 0 : this.keysAddr;
    const oldLog2 = this.log2Size, oldUnicode = this.keysUnicode;
    this.keysAddr = 0;
    this.freeKeys();
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== null) {
        heap.decref(k);
        heap.decref(vs[i]!);
      }
    }
    if (oldAddr !== 0) freeKeysBlock(oldAddr, oldLog2, oldUnicode);
  }

  /** dict_dealloc: contents, keys, then an exact dict's header to the dict free list. */
  override dealloc(heap: Heap): boolean | void {
    if (this.type !== dictType) return super.dealloc(heap);
    this.clearContents(heap);
    freeToFreeList(heap, this, heap.alloc.freeLists.dict, 16);
  }

  /** Borrowed lookup by JS string (str keys only). */
  getStr(key: string): PyObject | undefined {
    const i = this.index.get(key);
    if (i === undefined) return undefined;
    return this.vs[i]!;
  }

  get size(): number {
    return this.log2Size === 0 ? 0 : 1 << this.log2Size;
  }

  get usable(): number {
    return ((2 << this.log2Size) / 3) | 0;
  }

  /** Bytes of the keys object for the current geometry. */
  keysBytes(): number {
    if (this.log2Size === 0) return 0;
    const s = 1 << this.log2Size;
    const w = s <= 128 ? 1 : s <= 0x8000 ? 2 : s <= 0x80000000 ? 4 : 8;
    return 32 + s * w + (this.unicode ? 16 : 24) * this.usable;
  }

  private freeKeys(): void {
    if (this.keysAddr !== 0 && !this.isStatic) freeKeysBlock(this.keysAddr, this.log2Size, this.keysUnicode);
    this.keysAddr = 0;
    this.log2Size = 0;
    this.unicode = true;
  }

  /** Rebuilds the keys object with 2**log2 slots, compacting holes. */
  resize(log2: number): void {
    // dictresize: the new table is allocated before the old one is freed or parked.
    const oldAddr = this.isStatic ? 0 : this.keysAddr;
    const oldLog2 = this.log2Size, oldUnicode = this.keysUnicode;
    this.log2Size = log2;
    this.keysAddr = this.isStatic ? 1 : newKeysBlock(log2, this.unicode, this.keysBytes());
    this.keysUnicode = this.unicode;
    if (oldAddr !== 0) freeKeysBlock(oldAddr, oldLog2, oldUnicode);
    if (this.ks.length !== this.used) this.compact();
    this.spent = this.ks.length;
  }

  private compact(): void {
    const ks: (PyObject | null)[] = [], vs: (PyObject | null)[] = [];
    this.index.clear();
    this.generic = null;
    for (let i = 0; i < this.ks.length; i++) {
      const k = this.ks[i];
      if (k === null) continue;
      const j = ks.length;
      ks.push(k);
      vs.push(this.vs[i]);
      const jk = jsKey(k);
      if (jk !== null) this.index.set(jk, j);
      else this.addGeneric(hooks.hash(k), j);
    }
    this.ks = ks;
    this.vs = vs;
  }

  addGeneric(h: bigint, pos: number): void {
    if (this.generic === null) this.generic = new Map();
    const b = this.generic.get(h);
    if (b === undefined) this.generic.set(h, [pos]);
    else b.push(pos);
  }

  /** Position of key k, or -1. May call __hash__/__eq__ (which may raise). */
  lookup(k: PyObject): number {
    const jk = jsKey(k);
    if (jk !== null) {
      const i = this.index.get(jk);
      return i === undefined ? -1 : i;
    }
    return this.lookupGeneric(k, hooks.hash(k));
  }

  lookupGeneric(k: PyObject, h: bigint): number {
    if (this.generic === null) return -1;
    const b = this.generic.get(h);
    if (b === undefined) return -1;
    for (const i of b) {
      const e = this.ks[i];
      if (e === k) return i;
    }
    for (const i of b) {
      const e = this.ks[i];
      if (e !== null && hooks.eq(e, k)) return i;
    }
    return -1;
  }

  /** Borrowed value for key k, or undefined. */
  get(k: PyObject): PyObject | undefined {
    const i = this.lookup(k);
    return i < 0 ? undefined : this.vs[i]!;
  }

  /**
   * d[k] = v. Borrows k and v (increfs what it keeps). The old value is released after
   * the new one is stored, as insertdict does.
   */
  set(k: PyObject, v: PyObject): void {
    const jk = jsKey(k);
    let h = 0n;
    let i: number;
    if (jk !== null) {
      const f = this.index.get(jk);
      i = f === undefined ? -1 : f;
    } else {
      h = hooks.hash(k);
      i = this.lookupGeneric(k, h);
    }
    // MAINTAIN_TRACKING: an exact dict joins the collector's list with its first value or
    // key that may be tracked (a static object or an atomic value never is).
    // (A static dict, a built-in type's namespace, is never on a list.)
    if (this.gcSeq === 0 && !this.isStatic && (mayBeTracked(v) || mayBeTracked(k))) H.track(this);
    v.rc++;
    if (i >= 0) {
      const old = this.vs[i]!;
      this.vs[i] = v;
      H.decref(old);
      return;
    }
    k.rc++;
    this.insertNew(k, v, jk, h);
  }

  /** Inserts a key known to be absent; steals k and v. */
  insertNew(k: PyObject, v: PyObject, jk: JsKey | null, h: bigint): void {
    if (this.shared !== null) {
      // A split dict adds a str key to the shared keys while they have room; any other
      // key makes it combined, sized from `used` (insertion_resize).
      const t = this.shared;
      const name = k.type === strType ? (k as PyStr).v : null;
      if (name !== null && (t.sharedIndex.has(name) || t.sharedUsable > 0)) {
        if (!t.sharedIndex.has(name)) {
          t.sharedIndex.set(name, t.sharedKeys.length);
          t.sharedKeys.push(name);
          t.sharedUsable--;
        }
      } else {
        this.shared = null;
        if (k.type !== strType) this.unicode = false;
        this.resize(calculateLog2KeySize(this.used * 3));
      }
    }
    if (this.unicode && k.type !== strType) {
      // insertdict: the first non-str key turns a str-keys table into a general one
      // by a full insertion_resize (GROWTH_RATE), so {'a': 1}[1] = 2 goes from 8 slots to
      // 16 (calculateLog2KeySize(3) is 4). An empty dict just gets a general 8-slot table.
      this.unicode = false;
      if (this.log2Size !== 0) this.resize(calculateLog2KeySize(this.used * 3));
    }
    if (this.log2Size === 0) this.resize(3);
    else if (this.spent >= this.usable) this.resize(calculateLog2KeySize(this.used * 3));
    const pos = this.ks.length;
    this.spent++;
    this.ks.push(k);
    this.vs.push(v);
    if (jk !== null) this.index.set(jk, pos);
    else this.addGeneric(h, pos);
    this.used++;
    this.version++;
  }

  /** Removes key k; returns the value (a reference the caller now owns) or undefined. */
  pop(k: PyObject): PyObject | undefined {
    const i = this.lookup(k);
    if (i < 0) return undefined;
    return this.popAt(i);
  }

  popAt(i: number): PyObject {
    const k = this.ks[i]!;
    const v = this.vs[i]!;
    const jk = jsKey(k);
    if (jk !== null) this.index.delete(jk);
    else {
      const b = this.generic!.get(hooks.hash(k))!;
      b.splice(b.indexOf(i), 1);
    }
    this.ks[i] = null;
    this.vs[i] = null;
    this.used--;
    this.version++;
    H.decref(k);
    return v;
  }

  /** dict.clear(): back to the shared empty keys. */
  clear(): void {
    this.version++;
    this.clearContents(H);
  }

  setStr(key: PyStr, v: PyObject): void {
    this.set(key, v);
  }
}

/** PyDict_LOG_MINSIZE: only 8-slot str-keys tables use the keys free list. */
const LOG_MINSIZE = 3;

/** new_keys_object's block: from the keys free list for an 8-slot str-keys table. */
function newKeysBlock(log2: number, unicode: boolean, bytes: number): number {
  if (log2 === LOG_MINSIZE && unicode) {
    const b = H.alloc.freeLists.dictKeys.take();
    if (b !== 0) return b;
  }
  return H.alloc.malloc(bytes);
}

/** free_keys_object's end: an 8-slot str-keys table is parked while the list has room. */
function freeKeysBlock(addr: number, log2: number, unicode: boolean): void {
  if (log2 === LOG_MINSIZE && unicode && H.alloc.freeLists.dictKeys.park(addr)) return;
  H.alloc.free(addr);
}

/** The smallest log2 size ≥ 3 whose table has at least n slots. */
export function log2For(n: number): number {
  let l = 3;
  while (1 << l < n) l++;
  return l;
}

/**
 * 3.11's calculate_log2_keysize(minsize): bit_length(((minsize | 8) - 1) | 7). The `| 8`
 * was meant as max(minsize, 8) but is a bitwise or, so a minsize below 8 gives 16 slots,
 * not 8: a resize when only 1 or 2 keys are live (after deletions, or when a non-str key
 * first enters a str-keys table) makes a 16-slot table. For minsize ≥ 8 it is log2For.
 */
export function calculateLog2KeySize(minsize: number): number {
  let x = ((minsize | 8) - 1) | 7;
  let bits = 0;
  while (x > 0) {
    bits++;
    x = Math.floor(x / 2);
  }
  return bits;
}

/** estimate_log2_keysize(n): a table presized for n entries (_PyDict_NewPresized, merges). */
export function estimateLog2KeySize(n: number): number {
  return calculateLog2KeySize(Math.floor((n * 3 + 1) / 2));
}

/** The JS index key for exact str/int/bool/float keys; null for every other key. */
export function jsKey(k: PyObject): JsKey | null {
  const t = k.type;
  if (t === strType) return (k as PyStr).v;
  if (t === intType || t === boolType) return (k as unknown as { v: number | bigint }).v;
  if (t === floatType) {
    const f = (k as unknown as { v: number }).v;
    if (Number.isInteger(f)) return Number.isSafeInteger(f) ? f : BigInt(f);
    if (f !== f) return null; // NaN: by identity through the generic path
    return f;
  }
  return null;
}

/** Returns a new, empty dict. */
export function newDict(): PyDict {
  const o = new PyDict();
  if (!allocFromFreeList(H, o, H.alloc.freeLists.dict, 16)) H.allocate(o, 64, 16);
  H.untrack(o); // PyDict_New returns an untracked dict (set() tracks it)
  return o;
}

/**
 * _PyObject_GC_MAY_BE_TRACKED (pycore_gc.h): a GC object (PyObject_IS_GC: a static type
 * is not one) and, if it is an exact tuple, currently tracked. An untracked dict or an
 * empty list still may be tracked later, so it keeps its container tracked.
 */
export function mayBeTracked(o: PyObject): boolean {
  const t = o.type;
  if (!t.gc) return false;
  if (t === tupleType) return o.gcNext !== null;
  return !(o instanceof PyType) || o.heaptype;
}

/** _PyDict_NewPresized: displays of more than 5 items start with room for all. */
export function newDictPresized(n: number): PyDict {
  const d = newDict();
  if (n > 5) d.resize(estimateLog2KeySize(n));
  return d;
}

export function newDictOfType(t: PyType): PyDict {
  const o = new PyDict();
  o.type = t;
  H.allocate(o, t.presize + t.basicsize, t.presize);
  t.rc++;
  return o;
}

export function dictSizeof(d: PyDict): number {
  // _PyDict_SizeOf of a split dict: its values array (shared names + usable), not the keys.
  if (d.shared !== null) return 48 + 8 * (d.shared.sharedKeys.length + d.shared.sharedUsable);
  return 48 + d.keysBytes();
}
