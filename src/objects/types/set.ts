/**
 * set and frozenset methods, registered on the two types. Mirrors Objects/setobject.c,
 * 3.11 (the algorithms are in set_ops.ts, the table in objects/set.ts).
 */

import { H, PyObject } from '../object.js';
import { newInt } from '../int.js';
import { None, newBool, newNone } from '../singletons.js';
import { frozensetType, setType } from '../typeobjects.js';
import { KeyError, TypeError, raise, raiseWith } from '../exceptions.js';
import { argRange, defAttr, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { solidAllocators } from '../classes.js';
import { PySet, dummy, isAnySet, setAdd, setDiscardEntry, setSizeof } from '../set.js';
import { defNew, notImpl } from './common.js';
import {
  frozenset_hash, makeNewSet, makeNewSetBase, newSetIter, setContainsKey, setCopy, setUpdateInternal,
  set_clear, set_difference, set_difference_update_internal, set_intersection, set_isdisjoint,
  set_issubset, set_issuperset, set_repr, set_symmetric_difference_update, withKey,
} from './set_ops.js';


function initSet(): void {
  for (const t of [setType, frozensetType]) {
    const frozen = t === frozensetType;
    defMethod(t, '__len__', (self) => newInt((self as PySet).used));
    defMethod(t, '__contains__', (self, args) => newBool(setContainsKey(self as PySet, args[0])));
    defMethod(t, '__iter__', (self) => newSetIter(self as PySet));
    defMethod(t, '__repr__', set_repr);
    defMethod(t, '__sizeof__', (self) => newInt(setSizeof(self as PySet)));
    defMethod(t, 'copy', (self) => {
      if (frozen && self.type === frozensetType) {
        self.rc++;
        return self;
      }
      return setCopy(self as PySet);
    });
    defMethod(t, 'union', (self, args, kw) => {
      argRange('union', [], kw, 0, 0);
      const r = setCopy(self as PySet);
      try {
        for (const o of args) if (o !== self) setUpdateInternal(r, o);
      } catch (e) {
        H.decref(r);
        throw e;
      }
      return r;
    });
    defMethod(t, 'intersection', (self, args, kw) => {
      argRange('intersection', [], kw, 0, 0);
      if (args.length === 0) return setCopy(self as PySet);
      let r: PySet = self as PySet;
      r.rc++;
      for (const o of args) {
        try {
          const n = set_intersection(r, o);
          H.decref(r);
          r = n;
        } catch (e) {
          H.decref(r);
          throw e;
        }
      }
      return r;
    });
    defMethod(t, 'difference', (self, args, kw) => {
      argRange('difference', [], kw, 0, 0);
      if (args.length === 0) return setCopy(self as PySet);
      const r = set_difference(self as PySet, args[0]);
      try {
        for (const o of args.slice(1)) set_difference_update_internal(r, o);
      } catch (e) {
        H.decref(r);
        throw e;
      }
      return r;
    });
    defMethod(t, 'symmetric_difference', (self, args, kw) => {
      argRange('symmetric_difference', args, kw, 1, 1);
      const r = makeNewSetBase(self.type, args[0]);
      try {
        set_symmetric_difference_update(r, self);
      } catch (e) {
        H.decref(r);
        throw e;
      }
      return r;
    });
    defMethod(t, 'issubset', (self, args, kw) => {
      argRange('issubset', args, kw, 1, 1);
      return newBool(set_issubset(self as PySet, args[0]));
    });
    defMethod(t, 'issuperset', (self, args, kw) => {
      argRange('issuperset', args, kw, 1, 1);
      return newBool(set_issuperset(self as PySet, args[0]));
    });
    defMethod(t, 'isdisjoint', (self, args, kw) => {
      argRange('isdisjoint', args, kw, 1, 1);
      return newBool(set_isdisjoint(self as PySet, args[0]));
    });
    const binop = (name: string, f: (a: PySet, b: PySet) => PySet): void => {
      defMethod(t, `__${name}__`, (self, args) => (isAnySet(args[0]) ? f(self as PySet, args[0]) : notImpl()));
      defMethod(t, `__r${name}__`, (self, args) => (isAnySet(args[0]) ? f(args[0], self as PySet) : notImpl()));
    };
    binop('or', (a, b) => {
      const r = setCopy(a);
      if (a !== b) setUpdateInternal(r, b);
      return r;
    });
    binop('and', set_intersection);
    binop('sub', set_difference);
    binop('xor', (a, b) => {
      const r = makeNewSetBase(a.type, b);
      set_symmetric_difference_update(r, a);
      return r;
    });
    const cmp = (name: string, f: (a: PySet, b: PySet) => boolean): void => {
      defMethod(t, name, (self, args) => (isAnySet(args[0]) ? newBool(f(self as PySet, args[0])) : notImpl()));
    };
    const seteq = (a: PySet, b: PySet): boolean => {
      if (a.used !== b.used) return false;
      if (a.hash !== null && b.hash !== null && a.hash !== b.hash) return false;
      return set_issubset(a, b);
    };
    cmp('__eq__', seteq);
    cmp('__ne__', (a, b) => !seteq(a, b));
    cmp('__le__', set_issubset);
    cmp('__ge__', set_issuperset);
    cmp('__lt__', (a, b) => a.used < b.used && set_issubset(a, b));
    cmp('__gt__', (a, b) => a.used > b.used && set_issuperset(a, b));
  }
  initMutableSet();
  // frozenset
  defNew(frozensetType, (cls, args, kw) => {
    if (cls === frozensetType && kw !== null && kw.length > 0) throw raise(TypeError, 'frozenset() takes no keyword arguments');
    argRange(cls.name, args, null, 0, 1);
    const it = args.length > 0 ? args[0] : null;
    if (cls === frozensetType && it !== null && it.type === frozensetType) {
      it.rc++;
      return it;
    }
    return makeNewSet(cls, it);
  });
  solidAllocators.set(frozensetType, (cls) => makeNewSet(cls, null));
  defMethod(frozensetType, '__hash__', (self) => newInt(frozenset_hash(self as PySet)));
}

function initMutableSet(): void {
  const t = setType;
  defNew(t, (cls, _args, kw) => {
    if (cls === setType && kw !== null && kw.length > 0) throw raise(TypeError, 'set() takes no keyword arguments');
    return makeNewSet(cls, null);
  });
  solidAllocators.set(setType, (cls) => makeNewSet(cls, null));
  defMethod(t, '__init__', (self, args, kw) => {
    if (kw !== null && kw.length > 0) throw raise(TypeError, 'set() takes no keyword arguments');
    argRange(self.type.name, args, null, 0, 1);
    const so = self as PySet;
    if (so.fill > 0) set_clear(so);
    so.hash = null;
    if (args.length > 0) setUpdateInternal(so, args[0]);
    return newNone();
  });
  defMethod(t, 'add', (self, args, kw) => {
    argRange('set.add', args, kw, 1, 1);
    setAdd(self as PySet, args[0]);
    return newNone();
  });
  defMethod(t, 'discard', (self, args, kw) => {
    argRange('set.discard', args, kw, 1, 1);
    withKey(args[0], (k, h) => setDiscardEntry(self as PySet, k, h));
    return newNone();
  });
  defMethod(t, 'remove', (self, args, kw) => {
    argRange('set.remove', args, kw, 1, 1);
    if (!withKey(args[0], (k, h) => setDiscardEntry(self as PySet, k, h))) throw raiseWith(KeyError, args[0]);
    return newNone();
  });
  defMethod(t, 'pop', (self, args, kw) => {
    argRange('set.pop', args, kw, 0, 0);
    const so = self as PySet;
    if (so.used === 0) throw raise(KeyError, 'pop from an empty set');
    let i = so.finger & so.mask;
    while (so.table[i] === null || so.table[i] === dummy) {
      i++;
      if (i > so.mask) i = 0;
    }
    const k = so.table[i]!;
    so.table[i] = dummy;
    so.hashes[i] = -1n;
    so.used--;
    so.finger = i + 1;
    return k;
  });
  defMethod(t, 'clear', (self, args, kw) => {
    argRange('set.clear', args, kw, 0, 0);
    set_clear(self as PySet);
    return newNone();
  });
  defMethod(t, 'update', (self, args, kw) => {
    argRange('update', [], kw, 0, 0);
    for (const o of args) setUpdateInternal(self as PySet, o);
    return newNone();
  });
  defMethod(t, 'intersection_update', (self, args, kw) => {
    argRange('intersection_update', [], kw, 0, 0);
    for (const o of args) intersectionUpdate(self as PySet, o);
    return newNone();
  });
  defMethod(t, 'difference_update', (self, args, kw) => {
    argRange('difference_update', [], kw, 0, 0);
    for (const o of args) set_difference_update_internal(self as PySet, o);
    return newNone();
  });
  defMethod(t, 'symmetric_difference_update', (self, args, kw) => {
    argRange('symmetric_difference_update', args, kw, 1, 1);
    set_symmetric_difference_update(self as PySet, args[0]);
    return newNone();
  });
  const inplace = (name: string, f: (so: PySet, o: PyObject) => void): void => {
    defMethod(t, name, (self, args) => {
      if (!isAnySet(args[0])) return notImpl();
      f(self as PySet, args[0]);
      self.rc++;
      return self;
    });
  };
  inplace('__ior__', setUpdateInternal);
  inplace('__iand__', intersectionUpdate);
  inplace('__isub__', set_difference_update_internal);
  inplace('__ixor__', set_symmetric_difference_update);
  defAttr(t, '__hash__', None);
}

/** set_intersection_update: compute, then swap bodies with the result. */
function intersectionUpdate(so: PySet, other: PyObject): void {
  const tmp = set_intersection(so, other);
  const fields = ['table', 'hashes', 'mask', 'fill', 'used', 'tableAddr'] as const;
  for (const f of fields) {
    const a = so[f];
    (so as unknown as Record<string, unknown>)[f] = tmp[f];
    (tmp as unknown as Record<string, unknown>)[f] = a;
  }
  so.hash = null;
  H.decref(tmp);
}

onInit(initSet);
