/**
 * list methods: sort, index, count, pop, insert... and the dunders, registered on the
 * list type. Mirrors Objects/listobject.c, 3.11; sorting is stable (V8's TimSort, a
 * port of listsort, compares with `<` only, as CPython does) and the list looks empty
 * while it is being sorted.
 */

import { H, PyObject, PyType } from '../object.js';
import { PyList, newList, newListOfType, listAppend, setAllocated } from '../list.js';
import { hooks } from '../hooks.js';
import { PyInt, newInt } from '../int.js';
import { newBool, newNone, None } from '../singletons.js';
import { listType, tupleType, floatType, intType, strType } from '../typeobjects.js';
import { IndexError, MemoryError, TypeError, ValueError, raise } from '../exceptions.js';
import { argRange, defAttr, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { solidAllocators } from '../classes.js';
import { initHeapInstance } from '../instance.js';
import { compareBool, compareCodePoints, eq, index as pyIndex, reprStr, call } from '../abstract.js';
import type { PyStr } from '../str.js';
import { typeLookup } from '../typeobject.js';
import { asSsize, defNew, isIndexable, lengthHint, notImpl } from './common.js';
import { newListIter, newListRevIter } from './iterators.js';
import {
  list_ass_slice, list_ass_subscript, list_clear, list_extend, list_preallocate_exact, list_repr,
  list_resize, list_subscript, seqRichCompare,
} from './list.js';

/**
 * The comparator for sorting indices into ks. Keys that are all exact ints held as JS
 * numbers, or all exact strs, compare directly (no `<` protocol, no bool objects: the
 * outcome is the same, since those types' `<` calls no Python code); anything else
 * through `<`.
 */
function sortComparator(ks: PyObject[]): (a: number, b: number) => number {
  if (ks.every((k) => k.type === intType && typeof (k as PyInt).v === 'number')) {
    return (a, b) => ((ks[a] as PyInt).v as number) - ((ks[b] as PyInt).v as number);
  }
  if (ks.every((k) => k.type === strType)) {
    return (a, b) => compareCodePoints((ks[a] as PyStr).v, (ks[b] as PyStr).v);
  }
  return (a, b) => (compareBool(ks[a], ks[b], 'Lt') ? -1 : 1);
}

/** list.sort(*, key=None, reverse=False): stable; the list looks empty meanwhile. */
function list_sort(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const l = self as PyList;
  const nk = kwnames === null ? 0 : kwnames.length;
  if (args.length - nk > 0) throw raise(TypeError, 'sort() takes no positional arguments');
  let keyfunc: PyObject = None;
  let reverse = false;
  for (let j = 0; j < nk; j++) {
    const k = kwnames![j], v = args[args.length - nk + j];
    if (k === 'key') keyfunc = v;
    else if (k === 'reverse') {
      if (v.type === floatType) throw raise(TypeError, "'float' object cannot be interpreted as an integer");
      reverse = pyIndex(v) != 0;
    } else throw raise(TypeError, `'${k}' is an invalid keyword argument for sort()`);
  }
  const saved = l.items;
  const savedAllocated = l.allocated, savedAddr = l.itemsAddr;
  l.items = [];
  l.allocated = 0;
  l.itemsAddr = 0;
  const keys: PyObject[] = [];
  let err: unknown = null;
  let order: number[] = saved.map((_, i) => i);
  try {
    if (keyfunc !== None) for (const v of saved) keys.push(call(keyfunc, [v]));
    const ks = keyfunc !== None ? keys : saved;
    if (reverse) order.reverse();
    if (order.length > 1) order = order.slice().sort(sortComparator(ks));
    if (reverse) order.reverse();
  } catch (e) {
    err = e;
  }
  for (const k of keys) H.decref(k);
  // Whatever was put into the list during the sort is thrown away.
  const intruders = l.items;
  const intrudersAddr = l.itemsAddr;
  l.items = err === null ? order.map((i) => saved[i]) : saved;
  if (intrudersAddr !== 0) H.alloc.free(intrudersAddr);
  l.allocated = savedAllocated;
  l.itemsAddr = savedAddr;
  for (let i = intruders.length - 1; i >= 0; i--) H.decref(intruders[i]);
  if (err !== null) throw err;
  if (intruders.length > 0 || intrudersAddr !== 0) throw raise(ValueError, 'list modified during sort');
  return newNone();
}

function list_index(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  argRange('index', args, kwnames, 1, 3);
  const l = self as PyList;
  const [start, stop] = clampRange(args, l.items.length);
  for (let i = start; i < stop && i < l.items.length; i++) {
    const v = l.items[i];
    v.rc++;
    try {
      if (eq(v, args[0])) return newInt(i);
    } finally {
      H.decref(v);
    }
  }
  throw raise(ValueError, `${reprStr(args[0])} is not in list`);
}

/** start/stop arguments of index(): _PyEval_SliceIndexNotNone plus negative wrap. */
export function clampRange(args: PyObject[], n: number): [number, number] {
  let start = 0, stop = n;
  const conv = (o: PyObject): number => {
    if (!isIndexable(o)) throw raise(TypeError, 'slice indices must be integers or have an __index__ method');
    return asSsize(o, null);
  };
  if (args.length > 1) start = conv(args[1]);
  if (args.length > 2) stop = conv(args[2]);
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  return [start, stop];
}

function list_count(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  argRange('list.count', args, kwnames, 1, 1);
  const l = self as PyList;
  let c = 0;
  for (let i = 0; i < l.items.length; i++) {
    const v = l.items[i];
    if (v === args[0]) {
      c++;
      continue;
    }
    v.rc++;
    try {
      if (eq(v, args[0])) c++;
    } finally {
      H.decref(v);
    }
  }
  return newInt(c);
}

function list_contains(l: PyList, x: PyObject): boolean {
  for (let i = 0; i < l.items.length; i++) {
    const v = l.items[i];
    v.rc++;
    try {
      if (eq(v, x)) return true;
    } finally {
      H.decref(v);
    }
  }
  return false;
}

/** A repeat count for `*`, or null when the operand is not an index (NotImplemented). */
export function repeatCount(o: PyObject): number | null {
  if (!isIndexable(o)) return null;
  return asSsize(o, 'overflow');
}

/**
 * list_repeat: the result and its item array are allocated first (list_new_prealloc), so a
 * product past --max-heap is a MemoryError at once, before anything is copied; the copy
 * polls for Ctrl-C, as a long C loop in CPython is interruptible only here by design.
 */
function list_repeat(l: PyList, n: number): PyObject {
  const src = l.items;
  if (n <= 0 || src.length === 0) return newList([]);
  const size = src.length * n;
  if (size > 2 ** 32) throw raise(MemoryError);
  const out = newList([]);
  try {
    setAllocated(out, size);
    const items = out.items;
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < src.length; i++) {
        const v = src[i];
        v.rc++;
        items.push(v);
      }
      if ((k & 0xfffff) === 0xfffff) hooks.checkInterrupt();
    }
  } catch (e) {
    H.decref(out);
    throw e;
  }
  return out;
}


/** A new empty list of heap type t (a subclass of list). */
function allocListOfType(t: PyType): PyObject {
  if (t === listType) return newList([]);
  const o = newListOfType(t, []);
  initHeapInstance(o, t);
  return o;
}

function initList(): void {
  const t = listType;
  defNew(t, (cls) => allocListOfType(cls));
  solidAllocators.set(listType, (cls) => allocListOfType(cls));
  defMethod(t, '__init__', (self, args, kw) => {
    if (kw !== null && kw.length > 0) throw raise(TypeError, 'list() takes no keyword arguments');
    argRange('list', args, null, 0, 1);
    const l = self as PyList;
    if (l.itemsAddr !== 0) list_clear(l); // list___init__: `if (self->ob_item != NULL)`
    if (args.length === 1) {
      const it = args[0];
      if (it.type === listType || it.type === tupleType || typeLookup(it.type, '__len__') !== null) {
        let n = -1;
        try {
          n = lengthHint(it, -1);
        } catch (e) {
          if (!(e && typeof e === 'object' && 'exc' in e)) throw e;
          H.decref((e as { exc: PyObject }).exc);
        }
        if (n > 0 && l.itemsAddr === 0) list_preallocate_exact(l, n);
      }
      list_extend(l, it);
    }
    return newNone();
  });
  defMethod(t, 'append', (self, args, kw) => {
    argRange('list.append', args, kw, 1, 1);
    args[0].rc++;
    listAppend(self as PyList, args[0]);
    return newNone();
  });
  defMethod(t, 'extend', (self, args, kw) => {
    argRange('list.extend', args, kw, 1, 1);
    list_extend(self as PyList, args[0]);
    return newNone();
  });
  defMethod(t, 'insert', (self, args, kw) => {
    argRange('insert', args, kw, 2, 2);
    const l = self as PyList;
    const n = l.items.length;
    let w = asSsize(args[0], null);
    if (w < 0) {
      w += n;
      if (w < 0) w = 0;
    }
    if (w > n) w = n;
    list_resize(l, n + 1);
    args[1].rc++;
    l.items.splice(w, 0, args[1]);
    return newNone();
  });
  defMethod(t, 'pop', (self, args, kw) => {
    argRange('pop', args, kw, 0, 1);
    const l = self as PyList;
    const n = l.items.length;
    let i = args.length > 0 ? asSsize(args[0], 'index') : -1;
    if (n === 0) throw raise(IndexError, 'pop from empty list');
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(IndexError, 'pop index out of range');
    const v = l.items[i];
    if (i === n - 1) {
      list_resize(l, n - 1);
      l.items.pop();
      return v;
    }
    v.rc++;
    list_ass_slice(l, i, i + 1, null);
    return v;
  });
  defMethod(t, 'remove', (self, args, kw) => {
    argRange('list.remove', args, kw, 1, 1);
    const l = self as PyList;
    for (let i = 0; i < l.items.length; i++) {
      const v = l.items[i];
      v.rc++;
      let same: boolean;
      try {
        same = eq(v, args[0]);
      } finally {
        H.decref(v);
      }
      if (same) {
        list_ass_slice(l, i, i + 1, null);
        return newNone();
      }
    }
    throw raise(ValueError, 'list.remove(x): x not in list');
  });
  defMethod(t, 'index', list_index);
  defMethod(t, 'count', list_count);
  defMethod(t, 'sort', list_sort);
  defMethod(t, 'reverse', (self, args, kw) => {
    argRange('list.reverse', args, kw, 0, 0);
    (self as PyList).items.reverse();
    return newNone();
  });
  defMethod(t, 'copy', (self, args, kw) => {
    argRange('list.copy', args, kw, 0, 0);
    const items = (self as PyList).items.slice();
    for (const v of items) v.rc++;
    return newList(items);
  });
  defMethod(t, 'clear', (self, args, kw) => {
    argRange('list.clear', args, kw, 0, 0);
    list_clear(self as PyList);
    return newNone();
  });
  defMethod(t, '__getitem__', (self, args) => list_subscript(self, args[0]));
  defMethod(t, '__setitem__', (self, args) => {
    argRange('__setitem__', args, null, 2, 2);
    list_ass_subscript(self as PyList, args[0], args[1]);
    return newNone();
  });
  defMethod(t, '__delitem__', (self, args) => {
    argRange('__delitem__', args, null, 1, 1);
    list_ass_subscript(self as PyList, args[0], null);
    return newNone();
  });
  defMethod(t, '__len__', (self) => newInt((self as PyList).items.length));
  defMethod(t, '__contains__', (self, args) => newBool(list_contains(self as PyList, args[0])));
  defMethod(t, '__iter__', (self) => newListIter(self as PyList));
  defMethod(t, '__reversed__', (self, args, kw) => {
    argRange('list.__reversed__', args, kw, 0, 0);
    return newListRevIter(self as PyList);
  });
  defMethod(t, '__repr__', list_repr);
  defMethod(t, '__add__', (self, args) => {
    const o = args[0];
    if (!(o instanceof PyList)) return notImpl();
    const items = [...(self as PyList).items, ...o.items];
    for (const v of items) v.rc++;
    return newList(items);
  });
  defMethod(t, '__iadd__', (self, args) => {
    list_extend(self as PyList, args[0]);
    self.rc++;
    return self;
  });
  const mul = (self: PyObject, args: PyObject[]): PyObject => {
    const n = repeatCount(args[0]);
    if (n === null) return notImpl();
    return list_repeat(self as PyList, n);
  };
  defMethod(t, '__mul__', mul);
  defMethod(t, '__rmul__', mul);
  defMethod(t, '__imul__', (self, args) => {
    const n = repeatCount(args[0]);
    if (n === null) return notImpl();
    const l = self as PyList;
    const size = l.items.length;
    if (size === 0 || n === 1) {
      self.rc++;
      return self;
    }
    if (n < 1) {
      list_clear(l);
      self.rc++;
      return self;
    }
    list_resize(l, size * n);
    const src = l.items.slice();
    for (let k = 1; k < n; k++) for (const v of src) {
      v.rc++;
      l.items.push(v);
    }
    self.rc++;
    return self;
  });
  for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
    defMethod(t, name, (self, args) => {
      const o = args[0];
      if (!(o instanceof PyList)) return notImpl();
      return seqRichCompare((self as PyList).items, o.items, op);
    });
  }
  defMethod(t, '__sizeof__', (self) => newInt(self.type.basicsize + 8 * (self as PyList).allocated));
  defAttr(t, '__hash__', None);
}


onInit(initList);
