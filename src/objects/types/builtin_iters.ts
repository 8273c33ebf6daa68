/**
 * The iterator types the builtins module exposes as constructors: enumerate, zip, map,
 * filter, reversed, plus callable_iterator (`iter(f, sentinel)`) and `iterator` (the
 * __getitem__ protocol). Mirrors Objects/enumobject.c, Python/bltinmodule.c (zip, map,
 * filter), Objects/iterobject.c, 3.11.
 *
 * enumerate and zip keep a result tuple and reuse it when nobody else holds it, as
 * CPython does, which is why `enumerate(L)` costs three GC objects.
 */

import type { Heap, HeapObject } from '../../heap/heap.js';
import { H, PyObject, PyRaise, PyType } from '../object.js';
import { PyTuple, newTuple, emptyTuple } from '../tuple.js';
import { PyInt, newInt } from '../int.js';
import { None, True, False } from '../singletons.js';
import {
  boolType, callIterType, enumerateType, filterType, mapType, reversedType, seqIterType, zipType,
} from '../typeobjects.js';
import { IndexError, StopIteration, TypeError, ValueError, raise } from '../exceptions.js';
import { bindArgs } from '../methods.js';
import { onInit } from '../init.js';
import { call, callMethodWith, eq, getIter, getItem, isInstance, isTrue, iterNext, len as pyLen, setSeqIterFactory } from '../abstract.js';
import { typeLookup } from '../typeobject.js';
import { defNew } from './common.js';
import { PyIterBase, defIterMethods } from './iterators.js';

/** Holds owned references in named fields; releases them in declaration order. */
abstract class HoldingIter extends PyIterBase {
  protected abstract held(): (PyObject | null)[];
  protected abstract drop(): void;
  override traverse(visit: (o: HeapObject) => void): void {
    for (const o of this.held()) if (o) visit(o);
    super.traverse(visit);
  }
  override clearContents(heap: Heap): void {
    const hs = this.held();
    this.drop();
    for (const o of hs) if (o) heap.decref(o);
  }
}

/** Replaces the items of a reusable result tuple, or builds a new one (steals items). */
function reuseResult(r: PyTuple | null, items: PyObject[]): PyTuple {
  if (r !== null && r.rc === 1) {
    const old = r.items.slice();
    for (let i = 0; i < items.length; i++) r.items[i] = items[i];
    r.rc++;
    for (const o of old) H.decref(o);
    return r;
  }
  return newTuple(items);
}

function allocOf<T extends PyObject>(o: T, cls: PyType, size: number): T {
  o.type = cls;
  H.allocate(o, cls.heaptype ? cls.presize + cls.basicsize : size, 16);
  if (cls.heaptype) cls.rc++;
  return o;
}

// ------------------------------------------------------------------ enumerate

export class PyEnumerate extends HoldingIter {
  index: number | bigint;
  constructor(public it: PyObject | null, start: number | bigint, public result: PyTuple | null) {
    super(enumerateType);
    this.index = start;
  }
  protected held(): (PyObject | null)[] {
    return [this.it, this.result];
  }
  protected drop(): void {
    this.it = null;
    this.result = null;
  }
  iternext(): PyObject | null {
    if (this.it === null) return null;
    const v = iterNext(this.it);
    if (v === null) return null;
    const i = this.index;
    this.index = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : BigInt(i) + 1n;
    return reuseResult(this.result, [newInt(i), v]);
  }
}

// ------------------------------------------------------------------ zip

export class PyZip extends HoldingIter {
  constructor(public iters: PyTuple | null, public result: PyTuple | null, public strict: boolean) {
    super(zipType);
  }
  protected held(): (PyObject | null)[] {
    return [this.iters, this.result];
  }
  protected drop(): void {
    this.iters = null;
    this.result = null;
  }
  iternext(): PyObject | null {
    const its = this.iters;
    if (its === null || its.items.length === 0) return null;
    const got: PyObject[] = [];
    for (let i = 0; i < its.items.length; i++) {
      const v = iterNext(its.items[i]);
      if (v === null) {
        for (const g of got) H.decref(g);
        if (this.strict) this.checkStrict(i);
        return null;
      }
      got.push(v);
    }
    return reuseResult(this.result, got);
  }
  private checkStrict(i: number): void {
    const its = this.iters!.items;
    if (i > 0) {
      const plural = i === 1 ? ' ' : 's 1-';
      throw raise(ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
    }
    for (let j = 1; j < its.length; j++) {
      const v = iterNext(its[j]);
      if (v !== null) {
        H.decref(v);
        const plural = j === 1 ? ' ' : 's 1-';
        throw raise(ValueError, `zip() argument ${j + 1} is longer than argument${plural}${j}`);
      }
    }
  }
}

// ------------------------------------------------------------------ map / filter

export class PyMap extends HoldingIter {
  constructor(public func: PyObject | null, public iters: PyTuple | null) {
    super(mapType);
  }
  protected held(): (PyObject | null)[] {
    return [this.iters, this.func];
  }
  protected drop(): void {
    this.iters = null;
    this.func = null;
  }
  iternext(): PyObject | null {
    if (this.iters === null) return null;
    const args: PyObject[] = [];
    try {
      for (const it of this.iters.items) {
        const v = iterNext(it);
        if (v === null) return null;
        args.push(v);
      }
      return call(this.func!, args);
    } finally {
      for (const a of args) H.decref(a);
    }
  }
}

export class PyFilter extends HoldingIter {
  constructor(public func: PyObject | null, public it: PyObject | null) {
    super(filterType);
  }
  protected held(): (PyObject | null)[] {
    return [this.func, this.it];
  }
  protected drop(): void {
    this.func = null;
    this.it = null;
  }
  iternext(): PyObject | null {
    if (this.it === null) return null;
    for (;;) {
      const v = iterNext(this.it);
      if (v === null) return null;
      let ok: boolean;
      try {
        if (this.func === None || this.func === boolType) ok = isTrue(v);
        else {
          const r = call(this.func!, [v]);
          try {
            ok = isTrue(r);
          } finally {
            H.decref(r);
          }
        }
      } catch (e) {
        H.decref(v);
        throw e;
      }
      if (ok) return v;
      H.decref(v);
    }
  }
}

// ------------------------------------------------------------------ reversed, seq iterators

export class PyReversed extends HoldingIter {
  constructor(public seq: PyObject | null, public index: number) {
    super(reversedType);
  }
  protected held(): (PyObject | null)[] {
    return [this.seq];
  }
  protected drop(): void {
    this.seq = null;
  }
  iternext(): PyObject | null {
    if (this.seq === null) return null;
    if (this.index >= 0) {
      const k = newInt(this.index);
      try {
        const v = getItem(this.seq, k);
        this.index--;
        return v;
      } catch (e) {
        if (!(e instanceof PyRaise) || !(isInstance(e.exc, IndexError) || isInstance(e.exc, StopIteration))) throw e;
        H.decref(e.exc);
      } finally {
        H.decref(k);
      }
    }
    this.index = -1;
    const s = this.seq;
    this.seq = null;
    H.decref(s);
    return null;
  }
  override lengthHint(): number {
    return this.seq === null ? 0 : this.index + 1;
  }
}

/** The `iterator` type: iteration through __getitem__(0), (1)... until IndexError. */
export class PySeqIter extends HoldingIter {
  index = 0;
  constructor(public seq: PyObject | null) {
    super(seqIterType);
  }
  protected held(): (PyObject | null)[] {
    return [this.seq];
  }
  protected drop(): void {
    this.seq = null;
  }
  iternext(): PyObject | null {
    if (this.seq === null) return null;
    const k = newInt(this.index);
    try {
      const v = getItem(this.seq, k);
      this.index++;
      return v;
    } catch (e) {
      if (!(e instanceof PyRaise) || !(isInstance(e.exc, IndexError) || isInstance(e.exc, StopIteration))) throw e;
      H.decref(e.exc);
      const s = this.seq;
      this.seq = null;
      H.decref(s);
      return null;
    } finally {
      H.decref(k);
    }
  }
}

export class PyCallIter extends HoldingIter {
  constructor(public func: PyObject | null, public sentinel: PyObject | null) {
    super(callIterType);
  }
  protected held(): (PyObject | null)[] {
    return [this.func, this.sentinel];
  }
  protected drop(): void {
    this.func = null;
    this.sentinel = null;
  }
  iternext(): PyObject | null {
    if (this.func === null) return null;
    let r: PyObject;
    try {
      r = call(this.func, []);
    } catch (e) {
      if (!(e instanceof PyRaise) || !isInstance(e.exc, StopIteration)) throw e;
      H.decref(e.exc);
      this.clearContents(H);
      return null;
    }
    let done: boolean;
    try {
      done = eq(r, this.sentinel!);
    } catch (e) {
      H.decref(r);
      throw e;
    }
    if (!done) return r;
    H.decref(r);
    this.clearContents(H);
    return null;
  }
}

/** iter(o) for an object with only __getitem__. */
export function newSeqIter(o: PyObject): PyObject {
  o.rc++;
  return allocOf(new PySeqIter(o), seqIterType, 48);
}

/** iter(callable, sentinel). */
export function newCallIter(f: PyObject, sentinel: PyObject): PyObject {
  if (typeLookup(f.type, '__call__') === null && !(f instanceof PyType)) throw raise(TypeError, 'iter(v, w): v must be callable');
  f.rc++;
  sentinel.rc++;
  return allocOf(new PyCallIter(f, sentinel), callIterType, 48);
}

/** reversed(seq): __reversed__ if defined, else the sequence protocol. */
function reversed_new(cls: PyType, args: PyObject[], kw: string[] | null): PyObject {
  if (cls === reversedType && kw !== null && kw.length > 0) throw raise(TypeError, 'reversed() takes no keyword arguments');
  if (args.length !== 1) throw raise(TypeError, `reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  const rev = typeLookup(seq.type, '__reversed__');
  if (rev === None) throw raise(TypeError, `'${seq.type.name}' object is not reversible`);
  if (rev !== null) return callMethodWith(rev, seq, [], null);
  if (typeLookup(seq.type, '__getitem__') === null || typeLookup(seq.type, '__len__') === null || seq.type.name === 'dict') {
    throw raise(TypeError, `'${seq.type.name}' object is not reversible`);
  }
  const n = pyLen(seq);
  seq.rc++;
  return allocOf(new PyReversed(seq, n - 1), cls, 48);
}

function initBuiltinIters(): void {
  for (const t of [enumerateType, zipType, mapType, filterType, reversedType, seqIterType, callIterType]) {
    defIterMethods(t, t === reversedType || t === seqIterType);
  }
  defNew(enumerateType, (cls, args, kw) => {
    if (args.length === 0) throw raise(TypeError, "enumerate() missing required argument 'iterable'");
    const [iterable, start] = bindArgs('enumerate', args, kw, ['iterable', 'start'], 1);
    let st: number | bigint = 0;
    if (start !== undefined) {
      if (!(start instanceof PyInt)) throw raise(TypeError, `'${start.type.name}' object cannot be interpreted as an integer`);
      st = start.v;
    }
    const it = getIter(iterable!);
    None.rc += 2;
    const res = newTuple([None, None]);
    return allocOf(new PyEnumerate(it, st, res), cls, 72);
  });
  defNew(zipType, (cls, args, kw) => {
    let strict = false;
    const nk = kw === null ? 0 : kw.length;
    for (let j = 0; j < nk; j++) {
      if (kw![j] !== 'strict') throw raise(TypeError, `'${kw![j]}' is an invalid keyword argument for zip()`);
      strict = isTrue(args[args.length - nk + j]);
    }
    const iters: PyObject[] = [];
    try {
      for (let i = 0; i < args.length - nk; i++) iters.push(getIter(args[i]));
    } catch (e) {
      for (const x of iters) H.decref(x);
      throw e;
    }
    const n = iters.length;
    None.rc += n;
    const res = n === 0 ? (emptyTuple.rc++, emptyTuple) : newTuple(new Array(n).fill(None));
    return allocOf(new PyZip(newTuple(iters), res, strict), cls, 64);
  });
  defNew(mapType, (cls, args, kw) => {
    if (cls === mapType && kw !== null && kw.length > 0) throw raise(TypeError, 'map() takes no keyword arguments');
    if (args.length < 2) throw raise(TypeError, 'map() must have at least two arguments.');
    const iters: PyObject[] = [];
    try {
      for (let i = 1; i < args.length; i++) iters.push(getIter(args[i]));
    } catch (e) {
      for (const x of iters) H.decref(x);
      throw e;
    }
    args[0].rc++;
    return allocOf(new PyMap(args[0], newTuple(iters)), cls, 48);
  });
  defNew(filterType, (cls, args, kw) => {
    if (cls === filterType && kw !== null && kw.length > 0) throw raise(TypeError, 'filter() takes no keyword arguments');
    if (args.length !== 2) throw raise(TypeError, `filter expected 2 arguments, got ${args.length}`);
    const it = getIter(args[1]);
    args[0].rc++;
    return allocOf(new PyFilter(args[0], it), cls, 48);
  });
  defNew(reversedType, reversed_new);
  setSeqIterFactory(newSeqIter);
  void True;
  void False;
}

onInit(initBuiltinIters);
