/**
 * types.GenericAlias: what `list[int]` evaluates to (annotations are evaluated at `def`
 * time in 3.11). Mirrors Objects/genericaliasobject.c, 3.11, minimally: origin and args,
 * repr, ==, hash, calling the origin. The container types get `__class_getitem__`.
 */

import type { Heap, HeapObject } from '../../heap/heap.js';
import { H, PyObject, PyType } from '../object.js';
import { PyTuple, newTuple, emptyTuple } from '../tuple.js';
import { newInt } from '../int.js';
import { newStrFresh } from '../str.js';
import { Ellipsis, newBool } from '../singletons.js';
import {
  objectType, listType, tupleType, dictType, setType, frozensetType, typeType, enumerateType,
  reversedType, mapType, filterType, zipType,
} from '../typeobjects.js';
import { TypeError, raise } from '../exceptions.js';
import { defClassMethod, defGetSet, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { call, eq, hash, reprStr } from '../abstract.js';
import { mkStaticType, notImpl } from './common.js';

export const genericAliasType: PyType = mkStaticType('GenericAlias', 64, true, objectType);
genericAliasType.module = 'types';

export class PyGenericAlias extends PyObject {
  constructor(public origin: PyObject, public args: PyTuple) {
    super(genericAliasType);
  }
  override traverse(visit: (o: HeapObject) => void): void {
    visit(this.origin);
    visit(this.args);
  }
  override clearContents(heap: Heap): void {
    heap.decref(this.origin);
    heap.decref(this.args);
  }
}

/** origin[args]: borrows both (a non-tuple item becomes a 1-tuple). */
export function newGenericAlias(origin: PyObject, item: PyObject): PyGenericAlias {
  origin.rc++;
  let args: PyTuple;
  if (item instanceof PyTuple && item.type === tupleType) {
    item.rc++;
    args = item;
  } else {
    item.rc++;
    args = newTuple([item]);
  }
  const g = new PyGenericAlias(origin, args);
  H.allocate(g, 80, 16);
  return g;
}

/** ga_repr_item. */
function reprItem(o: PyObject): string {
  if (o === Ellipsis) return '...';
  if (o instanceof PyGenericAlias) return gaRepr(o);
  if (o instanceof PyType) return o.module === 'builtins' ? o.qualname : `${o.module}.${o.qualname}`;
  return reprStr(o);
}

function gaRepr(g: PyGenericAlias): string {
  const items = g.args.items;
  const inner = items.length === 0 ? '()' : items.map(reprItem).join(', ');
  return `${reprItem(g.origin)}[${inner}]`;
}

function initGenericAlias(): void {
  const t = genericAliasType;
  defMethod(t, '__repr__', (self) => newStrFresh(gaRepr(self as PyGenericAlias)));
  defMethod(t, '__call__', (self, args, kw) => call((self as PyGenericAlias).origin, args, kw));
  defMethod(t, '__getitem__', (self) => {
    throw raise(TypeError, `${gaRepr(self as PyGenericAlias)} is not a generic class`);
  });
  defMethod(t, '__eq__', (self, args) => {
    const o = args[0];
    if (!(o instanceof PyGenericAlias)) return notImpl();
    const a = self as PyGenericAlias;
    return newBool(eq(a.origin, o.origin) && eq(a.args, o.args));
  });
  defMethod(t, '__hash__', (self) => {
    const g = self as PyGenericAlias;
    return newInt(BigInt.asIntN(64, hash(g.origin) ^ hash(g.args)));
  });
  defGetSet(t, '__origin__', (o) => {
    const v = (o as PyGenericAlias).origin;
    v.rc++;
    return v;
  });
  defGetSet(t, '__args__', (o) => {
    const v = (o as PyGenericAlias).args;
    v.rc++;
    return v;
  });
  defGetSet(t, '__parameters__', () => {
    emptyTuple.rc++;
    return emptyTuple;
  });
  for (const c of [listType, tupleType, dictType, setType, frozensetType, typeType, enumerateType, reversedType, mapType, filterType, zipType]) {
    defClassMethod(c, '__class_getitem__', (cls, args) => newGenericAlias(cls instanceof PyType ? cls : cls.type, args[0]));
  }
}

onInit(initGenericAlias);
