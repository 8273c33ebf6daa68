/**
 * `:heap` and `:objects [TYPE]`, worker side: the live objects by type, and a listing of
 * them. The objects come from the heap's live set when it keeps one (--stats, checking),
 * else from the graph walk of refs-view.ts (roots, collector lists, static types), which
 * needs no tracking in the allocation path. Reads only; no Python code runs.
 */

import type { HeapObject } from '../heap/heap.js';
import type { PyObject } from '../objects/object.js';
import { isStaticAddr } from '../objects/object.js';
import type { InspectAccess } from '../interp/inspect-eval.js';
import { buildGraph, shortDesc } from './refs-view.js';
import type { HeapTypeRow, HeapView, ObjectRow, ObjectsView } from './refs-types.js';
import type { InspectError } from './types.js';

/** How many rows `:objects` lists. */
export const OBJECTS_LIMIT = 50;

function liveObjects(access: InspectAccess): { objects: HeapObject[]; source: string; generation: Map<HeapObject, number | 'permanent'> } {
  const graph = buildGraph(access);
  // Static objects live in the data segment, not the heap: not counted.
  const objects = graph.objects.filter((o) => !isStaticAddr(o.addr) && o.addr !== 0);
  return { objects, source: access.heap.trackLive ? 'live set' : 'roots and collector lists', generation: graph.generation };
}

/** The blocks an object occupies: its header block plus its item arrays and tables. */
function blockBytes(access: InspectAccess, o: HeapObject): number {
  const alloc = access.heap.alloc;
  let size = alloc.blockAt(o.addr)?.size ?? 0;
  const aux: number[] = [];
  (o as unknown as { ownedBlocks?(out: number[]): void }).ownedBlocks?.(aux);
  for (const b of aux) size += alloc.blockAt(b)?.size ?? 0;
  return size;
}

export function heapView(access: InspectAccess, arg: string): HeapView | InspectError {
  if (arg !== '') return { command: 'heap', error: ':heap takes no argument (:objects TYPE lists one type)' };
  const { objects, source } = liveObjects(access);
  const rows = new Map<string, HeapTypeRow>();
  let bytes = 0, tracked = 0;
  for (const o of objects) {
    const name = (o as PyObject).type?.name ?? '?';
    const r = rows.get(name) ?? { type: name, count: 0, bytes: 0, tracked: 0, untracked: 0 };
    const b = blockBytes(access, o);
    r.count++;
    r.bytes += b;
    bytes += b;
    if (o.gcNext !== null) {
      r.tracked++;
      tracked++;
    } else r.untracked++;
    rows.set(name, r);
  }
  const types = [...rows.values()].sort((a, b) => b.count - a.count || b.bytes - a.bytes || a.type.localeCompare(b.type));
  const gc = access.heap.gc;
  return {
    command: 'heap', source, objects: objects.length, bytes, tracked, untracked: objects.length - tracked, types,
    opaque: gc.opaque.reduce((n, x) => n + x, 0) + gc.opaquePermanent,
  };
}

export function objectsView(access: InspectAccess, arg: string): ObjectsView | InspectError {
  const wanted = arg === '' ? null : arg;
  if (wanted !== null && !/^[A-Za-z_][\w.]*$/.test(wanted)) return { command: 'objects', error: `:objects takes a type name, e.g. :objects list, not '${arg}'` };
  const { objects, generation } = liveObjects(access);
  const chosen = objects.filter((o) => wanted === null || (o as PyObject).type?.name === wanted);
  chosen.sort((a, b) => a.addr - b.addr);
  const rows: ObjectRow[] = chosen.slice(0, OBJECTS_LIMIT).map((o) => ({
    addr: o.addr,
    type: (o as PyObject).type?.name ?? '?',
    refcnt: o.rc,
    generation: generation.get(o) ?? null,
    tracked: o.gcNext !== null,
    size: blockBytes(access, o),
    desc: shortDesc(o),
  }));
  return { command: 'objects', type: wanted, total: chosen.length, rows, more: chosen.length - rows.length };
}
