/**
 * The allocator inspectors, worker side: `:pools`, `:pools N`, `:arenas` and `:sizeof EXPR`
 * turned into plain data (inspect/types.ts) from Allocator.snapshot() and the heap. The
 * main thread renders it (repl/render-*.ts) or prints it as JSON.
 *
 * Read-only: the snapshot and the block lookups change nothing in the allocator;
 * `:sizeof` evaluates its expression through InspectAccess.evaluate, which releases
 * whatever the evaluation made and restores the allocator's state (see
 * interp/inspect-eval.ts; when EXPR kept or freed objects it cannot, and the view says so
 * in `note`).
 */

import { POOL_OVERHEAD, POOL_SIZE } from '../heap/allocator.js';
import type { Allocator } from '../heap/allocator.js';
import type { AllocatorSnapshot, PoolStats } from '../heap/snapshot.js';
import type { HeapObject } from '../heap/heap.js';
import { PyObject, PyRaise, PyType, isStaticAddr } from '../objects/object.js';
import { PyList } from '../objects/list.js';
import { PyDict } from '../objects/dict.js';
import { PySet } from '../objects/set.js';
import { PyModule } from '../objects/module.js';
import { getSizeOf } from '../builtins/modules/sys.js';
import type { InspectAccess } from '../interp/inspect-eval.js';
import { runRefsInspect } from './refs-dispatch.js';
import { runGcInspect, setThresholdInspect } from './gc-view.js';
import { diffView, snapshotView } from './snapshot-view.js';
import { graphView } from './graph-view.js';
import type {
  AllocatorTotals, ArenasView, BlockPlace, InspectCommand, InspectResult, PoolClassView, PoolsView, SizeofView, TypeCount,
} from './types.js';

/** Serves one inspector command; bad arguments come back as an InspectError. */
export function runInspect(access: InspectAccess, command: InspectCommand, arg: string): InspectResult {
  const alloc = access.heap.alloc;
  switch (command) {
    case 'pools':
      return arg.trim() === '' ? poolsView(alloc) : poolClassView(alloc, arg.trim());
    case 'arenas':
      if (arg.trim() !== '') return { command, error: ':arenas takes no argument' };
      return arenasView(alloc);
    case 'sizeof':
      if (arg.trim() === '') return { command, error: ':sizeof needs an expression, e.g. :sizeof [1, 2, 3]' };
      return sizeofView(access, arg.trim());
    case 'refs':
    case 'why':
    case 'heap':
    case 'objects':
      return runRefsInspect(access, command, arg);
    case 'gc':
      return runGcInspect(access, arg);
    case 'threshold':
      return setThresholdInspect(access, arg);
    case 'snapshot':
      return snapshotView(access, arg);
    case 'diff':
      return diffView(access, arg);
    case 'graph':
      return graphView(access, arg);
    case 'trace':
      // Served by the worker (it owns the output the events go to): inspect/trace-view.ts.
      return { command, error: 'no event output here' };
  }
}

export function allocatorTotals(snap: AllocatorSnapshot): AllocatorTotals {
  let pools = 0, usedBlocks = 0, usedBlockBytes = 0, freeBlocks = 0;
  for (const c of snap.classes) {
    pools += c.pools;
    usedBlocks += c.usedBlocks;
    usedBlockBytes += c.usedBlocks * c.blockSize;
    freeBlocks += c.freeBlocks;
  }
  return {
    arenas: snap.arenas.length,
    arenasHighWater: snap.arenasHighWater,
    arenasAllocatedTotal: snap.arenasAllocatedTotal,
    arenasReclaimed: snap.arenasReclaimed,
    pools,
    usedBlocks,
    usedBlockBytes,
    freeBlocks,
    rawBlocks: snap.rawBlocks,
    rawBytes: snap.rawBytes,
    freeListEntries: snap.freeLists.reduce((n, l) => n + l.entries, 0),
  };
}

export function poolsView(alloc: Allocator): PoolsView {
  const snap = alloc.snapshot();
  return { command: 'pools', classes: snap.classes.filter((c) => c.pools > 0), totals: allocatorTotals(snap) };
}

const NUM_CLASSES = 32;

function poolClassView(alloc: Allocator, arg: string): InspectResult {
  if (!/^\d+$/.test(arg) || Number(arg) >= NUM_CLASSES) {
    return { command: 'pools', error: `:pools takes a size class from 0 to ${NUM_CLASSES - 1} (blocks of (class + 1) * 16 bytes), not '${arg}'` };
  }
  const szidx = Number(arg);
  const snap = alloc.snapshot();
  const cls = snap.classes[szidx];
  // Blocks parked on a type free list are used for pymalloc; the map tells them apart.
  const parked = new Set(alloc.freeListBlocks());
  const view: PoolClassView = {
    command: 'pools', szidx, blockSize: cls.blockSize, usedBlocks: cls.usedBlocks, freeBlocks: cls.freeBlocks,
    pools: snap.pools.filter((p) => p.szidx === szidx).map((p) => ({
      base: p.base, arena: p.arena, capacity: p.capacity, used: p.used, map: blockMap(p, parked),
    })),
  };
  return view;
}

/** '1' used, 'f' used but parked on a free list, '0' free, one per block in address order. */
function blockMap(p: PoolStats, parked: Set<number>): string {
  let s = '';
  const first = p.base + POOL_OVERHEAD;
  for (let i = 0; i < p.map.length; i++) {
    if (!p.map[i]) s += '0';
    else s += parked.has(first + i * p.blockSize) ? 'f' : '1';
  }
  return s;
}

export function arenasView(alloc: Allocator): ArenasView {
  const snap = alloc.snapshot();
  return {
    command: 'arenas',
    arenas: snap.arenas.map((a) => ({ ...a, fragmentation: a.capacityBytes === 0 ? 0 : 1 - a.usedBytes / a.capacityBytes })),
    totals: allocatorTotals(snap),
  };
}

// ------------------------------------------------------------------------ :sizeof

/** A plain-data description of `value`, taken while EXPR's value is alive. */
function describeValue(access: InspectAccess, expr: string, value: PyObject): SizeofView {
  const alloc = access.heap.alloc;
  const snap = alloc.snapshot();
  const isStatic = isStaticAddr(value.addr);
  let getsizeof: number | null = null;
  let sizeofError: string | undefined;
  try {
    getsizeof = getSizeOf(value);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    sizeofError = `${e.exc.type.name}: ${sizeofMessage(e)}`;
    access.heap.decref(e.exc);
  }
  const view: SizeofView = {
    command: 'sizeof', expr, type: value.type.name, addr: value.addr, static: isStatic,
    getsizeof, deep: deepSize(access, value), blocks: isStatic ? [] : objectBlocks(alloc, snap, value),
  };
  if (sizeofError !== undefined) view.sizeofError = sizeofError;
  return view;
}

function sizeofMessage(e: PyRaise): string {
  const args = (e.exc as unknown as { args?: { items?: PyObject[] } }).args?.items;
  const first = args?.[0] as unknown as { v?: unknown } | undefined;
  return typeof first?.v === 'string' ? first.v : '';
}

function sizeofView(access: InspectAccess, expr: string): InspectResult {
  let view: SizeofView | null = null;
  let note: string | null = null;
  const error = access.evaluate(
    expr,
    (value) => {
      view = describeValue(access, expr, value);
    },
    (text) => (note = text),
  );
  if (error !== null) return { command: 'sizeof', error: note === null ? error : `${error} (note: ${note})` };
  if (view === null) return { command: 'sizeof', error: 'the expression produced no value' };
  if (note !== null) (view as SizeofView).note = note;
  return view;
}

/** What an object's auxiliary blocks hold, for people. */
function auxRole(o: PyObject): string {
  if (o instanceof PyList) return 'item array';
  if (o instanceof PyDict) return 'keys table';
  if (o instanceof PySet) return 'hash table';
  return 'extra block';
}

/** The object's header block, then its auxiliary blocks (what heap/check.ts calls owned). */
export function objectBlocks(alloc: Allocator, snap: AllocatorSnapshot, o: PyObject): BlockPlace[] {
  const out: BlockPlace[] = [];
  const header = alloc.blockAt(o.addr);
  if (header !== null) out.push(place(snap, 'header', header.block, header.size));
  const aux: number[] = [];
  (o as unknown as { ownedBlocks?(out: number[]): void }).ownedBlocks?.(aux);
  for (const b of aux) {
    const hit = alloc.blockAt(b);
    out.push(place(snap, auxRole(o), b, hit?.size ?? 0));
  }
  return out;
}

/** The pool (by binary search over the snapshot's pools, sorted by base) or raw. */
function place(snap: AllocatorSnapshot, role: string, addr: number, size: number): BlockPlace {
  const pools = snap.pools;
  let lo = 0, hi = pools.length - 1, found: PoolStats | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pools[mid].base <= addr) {
      found = pools[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found !== null && addr < found.base + POOL_SIZE) {
    return { role, addr, size: found.blockSize, kind: 'pool', szidx: found.szidx, pool: found.base, arena: found.arena };
  }
  return { role, addr, size, kind: 'raw' };
}

/** Whether a deep size stops at `o` (neither counted nor followed). */
function outsideDeep(o: HeapObject, namespaces: Set<PyObject>): boolean {
  return isStaticAddr(o.addr) || o instanceof PyType || o instanceof PyModule || namespaces.has(o as PyObject);
}

/**
 * The object and everything reachable from it through traverse(), each once (iterative:
 * a million-item list must not overflow the JS stack).
 */
function deepSize(access: InspectAccess, root: PyObject): SizeofView['deep'] {
  const namespaces = access.namespaces();
  const alloc = access.heap.alloc;
  const seen = new Set<HeapObject>();
  const stack: HeapObject[] = [root];
  const byType = new Map<string, TypeCount>();
  let bytes = 0, blockBytes = 0;
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (seen.has(o) || (o !== root && outsideDeep(o, namespaces))) continue;
    seen.add(o);
    const po = o as PyObject;
    if (!isStaticAddr(po.addr)) {
      let size = 0;
      try {
        size = getSizeOf(po);
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        access.heap.decref(e.exc);
      }
      let blocks = 0;
      const header = alloc.blockAt(po.addr);
      if (header !== null) blocks += header.size;
      const aux: number[] = [];
      (po as unknown as { ownedBlocks?(out: number[]): void }).ownedBlocks?.(aux);
      for (const b of aux) blocks += alloc.blockAt(b)?.size ?? 0;
      bytes += size;
      blockBytes += blocks;
      const name = po.type.name;
      const t = byType.get(name) ?? { type: name, count: 0, bytes: 0 };
      t.count++;
      t.bytes += size;
      byType.set(name, t);
    }
    if (o !== root || !outsideDeep(o, namespaces)) o.traverse((child) => stack.push(child));
  }
  const types = [...byType.values()].sort((a, b) => b.bytes - a.bytes || a.type.localeCompare(b.type));
  return { objects: types.reduce((n, t) => n + t.count, 0), bytes, blockBytes, byType: types };
}
