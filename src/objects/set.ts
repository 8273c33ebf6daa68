/**
 * set and frozenset objects. Mirrors Objects/setobject.c, 3.11: an open-addressing
 * table of (key, hash) entries, simulated slot for slot so that iteration order, growth
 * and sys.getsizeof match CPython (with PYTHONHASHSEED=0 str hashes are deterministic).
 *
 * - A fresh set uses its 8-slot "smalltable" inside the 200-byte object; bigger tables
 *   are separate blocks of 16 bytes per slot.
 * - Probing: start at hash & mask, look at up to LINEAR_PROBES (9) following slots while
 *   they fit before the end of the table, then jump: perturb >>= 5; i = i*5 + 1 + perturb.
 * - fill counts active + dummy slots, used active ones. After an insert into an unused
 *   slot, when fill*5 >= mask*3 the table is rebuilt with the smallest power of two
 *   > used*4 (used*2 above 50,000); dummies are dropped then.
 * - Deleting leaves a dummy (hash -1); an insert reuses the last dummy on its probe path
 *   before an unused slot; pop() scans from a "finger".
 *
 * Ownership: the table owns one reference per active key. Keys are released in table
 * order when the set dies.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject, PyType } from './object.js';
import { frozensetType, objectType, setType } from './typeobjects.js';
import { hooks } from './hooks.js';

/** The dummy key left by a deletion (never counted, never visited). */
export const dummy = new PyObject(objectType);

const PySet_MINSIZE = 8;
const LINEAR_PROBES = 9;

export class PySet extends PyObject {
  /** Slot keys: null unused, `dummy` deleted, else an owned key. */
  table: (PyObject | null)[] = new Array(PySet_MINSIZE).fill(null);
  /** Slot hashes (0 for unused, -1 for dummy). */
  hashes: bigint[] = new Array(PySet_MINSIZE).fill(0n);
  mask = PySet_MINSIZE - 1;
  fill = 0;
  used = 0;
  /** Where pop() starts looking. */
  finger = 0;
  /** frozenset's cached hash, null until computed. */
  hash: bigint | null = null;
  /** The separately allocated table block, 0 while the smalltable is used. */
  tableAddr = 0;
  /** A JS-only set (the compiler's frozenset constant shadow): allocates no blocks. */
  shadow = false;

  constructor(t: PyType) {
    super(t);
  }

  override traverse(visit: (o: HeapObject) => void): void {
    for (const k of this.table) if (k !== null && k !== dummy) visit(k);
    if (this.type.heaptype) super.traverse(visit);
  }

  /** The table beyond the smalltable (heap/check.ts). */
  ownedBlocks(out: number[]): void {
    if (this.tableAddr !== 0) out.push(this.tableAddr);
  }

  override clearContents(heap: Heap): void {
    const tbl = this.table;
    this.resetTable();
    for (const k of tbl) if (k !== null && k !== dummy) heap.decref(k);
  }

  /** Back to an empty smalltable (set_clear_internal without releasing keys). */
  resetTable(): void {
    if (this.tableAddr !== 0) H.alloc.free(this.tableAddr);
    this.tableAddr = 0;
    this.table = new Array(PySet_MINSIZE).fill(null);
    this.hashes = new Array(PySet_MINSIZE).fill(0n);
    this.mask = PySet_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** The active (key, hash) entries in table order (set_next), borrowed. */
  entries(): [PyObject, bigint][] {
    const out: [PyObject, bigint][] = [];
    for (let i = 0; i <= this.mask; i++) {
      const k = this.table[i];
      if (k !== null && k !== dummy) out.push([k, this.hashes[i]]);
    }
    return out;
  }

  /** Whether every key is an exact str. */
  allStr(): boolean {
    for (const k of this.table) if (k !== null && k !== dummy && k.type.name !== 'str') return false;
    return true;
  }
}

export function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}

/** set_insert_clean: into a table known to have no dummies and not to contain key. */
function insertClean(table: (PyObject | null)[], hashes: bigint[], mask: number, key: PyObject, hash: bigint): void {
  let perturb = BigInt.asUintN(64, hash);
  let i = Number(perturb & BigInt(mask));
  for (;;) {
    if (table[i] === null) break;
    let found = -1;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (table[i + j] === null) {
          found = i + j;
          break;
        }
      }
    }
    if (found >= 0) {
      i = found;
      break;
    }
    perturb >>= 5n;
    i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
  }
  table[i] = key;
  hashes[i] = hash;
}

/** set_table_resize: the smallest power of two > minused (at least 8). */
export function setTableResize(so: PySet, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldTable = so.table, oldHashes = so.hashes;
  const table: (PyObject | null)[] = new Array(newsize).fill(null);
  const hashes: bigint[] = new Array(newsize).fill(0n);
  const oldAddr = so.tableAddr;
  so.tableAddr = newsize > PySet_MINSIZE && !so.shadow ? H.alloc.malloc(16 * newsize) : 0;
  if (oldAddr !== 0) H.alloc.free(oldAddr);
  so.mask = newsize - 1;
  so.table = table;
  so.hashes = hashes;
  so.fill = so.used;
  for (let i = 0; i < oldTable.length; i++) {
    const k = oldTable[i];
    if (k !== null && k !== dummy) insertClean(table, hashes, so.mask, k, oldHashes[i]);
  }
}

/** set_add_entry: adds key (borrowed; the set takes its own reference) with its hash. */
export function setAddEntry(so: PySet, key: PyObject, hash: bigint): void {
  key.rc++;
  try {
    restart: for (;;) {
      let mask = so.mask;
      let perturb = BigInt.asUintN(64, hash);
      let i = Number(perturb & BigInt(mask));
      let freeslot = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let e = i;
        do {
          const sk = so.table[e];
          const sh = so.hashes[e];
          if (sh === 0n && sk === null) {
            if (freeslot < 0) {
              so.fill++;
              so.used++;
              so.table[e] = key;
              so.hashes[e] = hash;
              if (so.fill * 5 >= mask * 3) setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
            } else {
              so.used++;
              so.table[freeslot] = key;
              so.hashes[freeslot] = hash;
            }
            return;
          }
          if (sh === hash && sk !== dummy) {
            if (sk === key) {
              H.decref(key);
              return;
            }
            const table = so.table;
            sk!.rc++;
            let same: boolean;
            try {
              same = hooks.eq(sk!, key);
            } finally {
              H.decref(sk!);
            }
            if (same) {
              H.decref(key);
              return;
            }
            if (table !== so.table || so.table[e] !== sk) continue restart;
            mask = so.mask;
          } else if (sh === -1n && sk === dummy) {
            // 3.11 remembers the last dummy on the probe path, not the first (measured:
            // {0,1,2,3} minus 0 and 1, then add 8 and 16, iterates [16, 8, 2, 3]).
            freeslot = e;
          }
          e++;
        } while (probes-- > 0);
        perturb >>= 5n;
        i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
      }
    }
  } catch (err) {
    H.decref(key);
    throw err;
  }
}

/** set_lookkey: the slot of key, or -1. May call __eq__. */
export function setLookkey(so: PySet, key: PyObject, hash: bigint): number {
  for (;;) {
    const mask = so.mask;
    let perturb = BigInt.asUintN(64, hash);
    let i = Number(perturb & BigInt(mask));
    let restart = false;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let e = i;
      do {
        const sk = so.table[e];
        const sh = so.hashes[e];
        if (sh === 0n && sk === null) return -1;
        if (sh === hash && sk !== dummy) {
          if (sk === key) return e;
          const table = so.table;
          sk!.rc++;
          let same: boolean;
          try {
            same = hooks.eq(sk!, key);
          } finally {
            H.decref(sk!);
          }
          if (table !== so.table || so.table[e] !== sk) {
            restart = true;
            break;
          }
          if (same) return e;
        }
        e++;
      } while (probes-- > 0);
      if (restart) break;
      perturb >>= 5n;
      i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
    }
  }
}

export function setContainsEntry(so: PySet, key: PyObject, hash: bigint): boolean {
  return setLookkey(so, key, hash) >= 0;
}

/** set_discard_entry: true if found (the key is released). */
export function setDiscardEntry(so: PySet, key: PyObject, hash: bigint): boolean {
  const e = setLookkey(so, key, hash);
  if (e < 0) return false;
  const old = so.table[e]!;
  so.table[e] = dummy;
  so.hashes[e] = -1n;
  so.used--;
  H.decref(old);
  return true;
}

/** PySet_Add: key borrowed. */
export function setAdd(so: PySet, key: PyObject): void {
  setAddEntry(so, key, hooks.hash(key));
}

/** set_merge: adds every key of another set. */
export function setMerge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) setTableResize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i];
      if (k !== null) {
        k.rc++;
        so.table[i] = k;
        so.hashes[i] = other.hashes[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i];
      if (k !== null && k !== dummy) {
        k.rc++;
        insertClean(so.table, so.hashes, so.mask, k, other.hashes[i]);
      }
    }
    return;
  }
  for (const [k, h] of other.entries()) setAddEntry(so, k, h);
}

/** Allocates an empty set or frozenset of type t (make_new_set without iterable). */
export function allocSet(t: PyType): PySet {
  const s = new PySet(t);
  H.allocate(s, t.heaptype ? t.presize + t.basicsize : 216, t.heaptype ? t.presize : 16);
  if (t.heaptype) t.rc++;
  return s;
}

/** A new set holding `items` (steals them), added one by one. */
export function newSet(items: PyObject[] = []): PySet {
  const s = allocSet(setType);
  addAllStealing(s, items);
  return s;
}

/** A new frozenset holding `items` (steals them). */
export function newFrozenSet(items: PyObject[] = []): PySet {
  const s = allocSet(frozensetType);
  addAllStealing(s, items);
  return s;
}

function addAllStealing(s: PySet, items: PyObject[]): void {
  let i = 0;
  try {
    for (; i < items.length; i++) {
      setAdd(s, items[i]);
      H.decref(items[i]);
    }
  } catch (e) {
    // items[i] failed to go in and is still ours, as are the ones after it.
    for (; i < items.length; i++) H.decref(items[i]);
    H.decref(s);
    throw e;
  }
}

/**
 * A set display of constants, `{1, 2, 3}`: 3.11 compiles it to BUILD_SET 0 + SET_UPDATE
 * with a frozenset constant, so the result is a set_merge of a frozenset built by
 * insertion (twice: see below). The frozensets here are JS-only shadows (the real one
 * lives in co_consts); items are borrowed.
 */
export function setFromConstants(items: PyObject[]): PySet {
  const first = new PySet(frozensetType);
  first.shadow = true;
  const shadow = new PySet(frozensetType);
  shadow.shadow = true;
  const release = (sh: PySet) => {
    // Release a shadow's references without touching the heap's blocks.
    for (const k of sh.table) if (k !== null && k !== dummy) H.decref(k);
  };
  try {
    for (const k of items) setAddEntry(first, k, hooks.hash(k));
    // The compiler's constant merging (merge_consts_recursive) rebuilds a frozenset
    // constant by inserting the first one's items in its iteration order; that second
    // table is what co_consts holds, and its order decides where colliding keys land.
    for (let i = 0; i < first.table.length; i++) {
      const k = first.table[i];
      if (k !== null && k !== dummy) setAddEntry(shadow, k, first.hashes[i]);
    }
  } catch (e) {
    release(first);
    release(shadow);
    throw e;
  }
  release(first);
  const s = allocSet(setType);
  try {
    setMerge(s, shadow);
  } finally {
    release(shadow);
  }
  return s;
}

/** sys.getsizeof minus the GC header: the object plus a separate table. */
export function setSizeof(s: PySet): number {
  const base = s.type.heaptype ? s.type.basicsize : 200;
  return base + (s.mask + 1 > PySet_MINSIZE ? 16 * (s.mask + 1) : 0);
}
