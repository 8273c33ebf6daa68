/**
 * dict views: dict_keys, dict_values, dict_items. Mirrors the dictview part of
 * Objects/dictobject.c, 3.11. A view holds a reference to its dict. Keys and items views
 * are set-like: comparisons and `& | - ^` build sets (dictviews_to_set / dictviews_sub...).
 */

import type { Heap, HeapObject } from '../../heap/heap.js';
import { H, PyObject, PyType } from '../object.js';
import { PyDict } from '../dict.js';
import { PyTuple } from '../tuple.js';
import { newInt } from '../int.js';
import { newStrFresh } from '../str.js';
import { newBool } from '../singletons.js';
import { dictItemsType, dictKeysType, dictValuesType, dictType, setType } from '../typeobjects.js';
import { argRange, defMethod } from '../methods.js';
import { eq, getIter, iterNext, reprStr, contains as pyContains, len as pyLen } from '../abstract.js';
import { PySet, isAnySet } from '../set.js';
import { notImpl, reprEnter, reprLeave } from './common.js';
import { DictIterKind, newDictIter } from './iterators.js';
import {
  makeNewSet, set_difference_update_internal, set_intersection, set_symmetric_difference_update,
  setUpdateInternal,
} from './set_ops.js';

const viewTypes: Record<DictIterKind, PyType> = { keys: dictKeysType, values: dictValuesType, items: dictItemsType };

export class PyDictView extends PyObject {
  constructor(public dict: PyDict | null, public kind: DictIterKind) {
    super(viewTypes[kind]);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    if (this.dict) visit(this.dict);
  }
  override clearContents(heap: Heap): void {
    const d = this.dict;
    this.dict = null;
    if (d) heap.decref(d);
  }
}

/** d.keys() / d.values() / d.items(): takes a new reference to d. */
export function newDictView(d: PyDict, kind: DictIterKind): PyDictView {
  d.rc++;
  const v = new PyDictView(d, kind);
  H.allocate(v, 40, 16);
  return v;
}

function viewContains(v: PyDictView, x: PyObject): boolean {
  const d = v.dict!;
  if (v.kind === 'keys') return d.lookup(x) >= 0;
  if (v.kind === 'items') {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const found = d.get(x.items[0]);
    if (found === undefined) return false;
    found.rc++;
    try {
      return eq(found, x.items[1]);
    } finally {
      H.decref(found);
    }
  }
  for (const val of d.vs.slice()) if (val !== null && eq(val, x)) return true;
  return false;
}

/** dictviews_to_set: set(view), or set(dict) for a keys view of an exact dict. */
function toSet(o: PyObject): PySet {
  if (o instanceof PyDictView && o.kind === 'keys' && o.dict!.type === dictType) return makeNewSet(setType, o.dict!);
  return makeNewSet(setType, o);
}

function isSetLikeView(o: PyObject): boolean {
  return o instanceof PyDictView && o.kind !== 'values';
}

/** all_contained_in(self, other). */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = getIter(a);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return true;
      try {
        if (!pyContains(b, x)) return false;
      } finally {
        H.decref(x);
      }
    }
  } finally {
    H.decref(it);
  }
}

export function initDictViews(): void {
  for (const kind of ['keys', 'values', 'items'] as const) {
    const t = viewTypes[kind];
    defMethod(t, '__len__', (self) => newInt((self as PyDictView).dict!.used));
    defMethod(t, '__iter__', (self) => newDictIter((self as PyDictView).dict!, kind));
    defMethod(t, '__reversed__', (self) => newDictIter((self as PyDictView).dict!, kind, true));
    defMethod(t, '__contains__', (self, args) => newBool(viewContains(self as PyDictView, args[0])));
    defMethod(t, '__repr__', (self) => {
      if (!reprEnter(self)) return newStrFresh('...');
      try {
        const it = getIter(self);
        const parts: string[] = [];
        try {
          for (;;) {
            const x = iterNext(it);
            if (x === null) break;
            try {
              parts.push(reprStr(x));
            } finally {
              H.decref(x);
            }
          }
        } finally {
          H.decref(it);
        }
        return newStrFresh(`${t.name}([${parts.join(', ')}])`);
      } finally {
        reprLeave(self);
      }
    });
    if (kind === 'values') continue;
    defMethod(t, 'isdisjoint', (self, args, kw) => {
      argRange('isdisjoint', args, kw, 1, 1);
      const it = getIter(args[0]);
      try {
        for (;;) {
          const x = iterNext(it);
          if (x === null) return newBool(true);
          const inside = viewContains(self as PyDictView, x);
          H.decref(x);
          if (inside) return newBool(false);
        }
      } finally {
        H.decref(it);
      }
    });
    const op = (name: string, f: (s: PySet, o: PyObject) => PySet | void): void => {
      const run = (left: PyObject, right: PyObject): PyObject => {
        const s = toSet(left);
        try {
          const r = f(s, right);
          if (r !== undefined) {
            H.decref(s);
            return r;
          }
        } catch (e) {
          H.decref(s);
          throw e;
        }
        return s;
      };
      defMethod(t, `__${name}__`, (self, args) => run(self, args[0]));
      defMethod(t, `__r${name}__`, (self, args) => run(args[0], self));
    };
    op('sub', (s, o) => set_difference_update_internal(s, o));
    op('or', (s, o) => setUpdateInternal(s, o));
    op('xor', (s, o) => {
      if (isAnySet(o)) set_symmetric_difference_update(s, o);
      else {
        const tmp = makeNewSet(setType, o);
        try {
          set_symmetric_difference_update(s, tmp);
        } finally {
          H.decref(tmp);
        }
      }
    });
    op('and', (s, o) => set_intersection(s, o));
    const cmp = (name: string, f: (a: PyObject, b: PyObject, la: number, lb: number) => boolean): void => {
      defMethod(t, name, (self, args) => {
        const o = args[0];
        if (!isAnySet(o) && !isSetLikeView(o)) return notImpl();
        return newBool(f(self, o, pyLen(self), pyLen(o)));
      });
    };
    cmp('__eq__', (a, b, la, lb) => la === lb && allContainedIn(a, b));
    cmp('__ne__', (a, b, la, lb) => !(la === lb && allContainedIn(a, b)));
    cmp('__lt__', (a, b, la, lb) => la < lb && allContainedIn(a, b));
    cmp('__le__', (a, b, la, lb) => la <= lb && allContainedIn(a, b));
    cmp('__gt__', (a, b, la, lb) => la > lb && allContainedIn(b, a));
    cmp('__ge__', (a, b, la, lb) => la >= lb && allContainedIn(b, a));
  }
}
