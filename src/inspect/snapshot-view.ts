/**
 * `:snapshot` and `:diff`, worker side. `:snapshot` records the live objects by type (the
 * `:heap` walk) and attaches a trace table to the allocator (heap/tracer.ts, the machinery
 * of the `tracemalloc` module, kept separate from the user's own tracing), so that from
 * then on each block allocated is charged to the source line running at the time and
 * dropped when freed. `:diff` compares: live objects by type now against the snapshot
 * (allocated minus freed, with bytes), and the traced blocks still alive by line.
 *
 * Read-only for the program: a trace table observes malloc/free, it never allocates on the
 * simulated heap.
 */

import type { Allocator } from '../heap/allocator.js';
import { TraceTable, attachTracer, detachTracer } from '../heap/tracer.js';
import type { InspectAccess } from '../interp/inspect-eval.js';
import { heapView } from './heap-view.js';
import type { InspectError } from './types.js';
import type { LineDelta, SnapshotDiff, SnapshotTaken, TypeDelta } from './snapshot-types.js';

/** Lines `:diff` lists at most. */
export const LINE_LIMIT = 20;

/** Counts what the table cannot see as traces: frees of blocks older than the snapshot. */
class DiffTable extends TraceTable {
  freedOld = 0;
  allocatedAndFreed = 0;
  override onFree(block: number): void {
    if (this.traces.has(block)) this.allocatedAndFreed++;
    else this.freedOld++;
    super.onFree(block);
  }
}

interface Baseline {
  table: DiffTable;
  types: Map<string, { count: number; bytes: number }>;
  objects: number;
  bytes: number;
}

const baselines = new WeakMap<Allocator, Baseline>();

function byType(access: InspectAccess): { types: Map<string, { count: number; bytes: number }>; objects: number; bytes: number } {
  const h = heapView(access, '');
  const types = new Map<string, { count: number; bytes: number }>();
  if ('error' in h) return { types, objects: 0, bytes: 0 };
  for (const r of h.types) types.set(r.type, { count: r.count, bytes: r.bytes });
  return { types, objects: h.objects, bytes: h.bytes };
}

export function snapshotView(access: InspectAccess, arg: string): SnapshotTaken | InspectError {
  if (arg.trim() !== '') return { command: 'snapshot', error: ':snapshot takes no argument' };
  const alloc = access.heap.alloc;
  const old = baselines.get(alloc);
  if (old !== undefined) detachTracer(alloc, old.table);
  const now = byType(access);
  const table = new DiffTable();
  attachTracer(alloc, table);
  baselines.set(alloc, { table, ...now });
  return { command: 'snapshot', objects: now.objects, bytes: now.bytes, types: now.types.size };
}

export function diffView(access: InspectAccess, arg: string): SnapshotDiff | InspectError {
  if (arg.trim() !== '') return { command: 'diff', error: ':diff takes no argument' };
  const base = baselines.get(access.heap.alloc);
  if (base === undefined) return { command: 'diff', error: 'no snapshot yet: take one with :snapshot' };
  // Walk first: the table is attached and must see nothing of this command (the walk
  // allocates nothing on the simulated heap).
  const now = byType(access);
  const types: TypeDelta[] = [];
  for (const name of new Set([...base.types.keys(), ...now.types.keys()])) {
    const a = base.types.get(name) ?? { count: 0, bytes: 0 };
    const b = now.types.get(name) ?? { count: 0, bytes: 0 };
    if (a.count === b.count && a.bytes === b.bytes) continue;
    types.push({ type: name, count: b.count, countDiff: b.count - a.count, bytes: b.bytes, bytesDiff: b.bytes - a.bytes });
  }
  types.sort((x, y) => Math.abs(y.bytesDiff) - Math.abs(x.bytesDiff) || Math.abs(y.countDiff) - Math.abs(x.countDiff) || x.type.localeCompare(y.type));
  const lines = new Map<string, LineDelta>();
  for (const t of base.table.traces.values()) {
    const k = `${t.file}\0${t.line}`;
    const l = lines.get(k);
    if (l === undefined) lines.set(k, { file: t.file, line: t.line, size: t.size, count: 1 });
    else {
      l.size += t.size;
      l.count++;
    }
  }
  const sorted = [...lines.values()].sort((x, y) => y.size - x.size || y.count - x.count || x.file.localeCompare(y.file) || x.line - y.line);
  return {
    command: 'diff',
    objectsBefore: base.objects, objectsNow: now.objects, bytesBefore: base.bytes, bytesNow: now.bytes,
    types,
    lines: sorted.slice(0, LINE_LIMIT),
    moreLines: Math.max(0, sorted.length - LINE_LIMIT),
    allocatedAndFreed: base.table.allocatedAndFreed,
    freedOld: base.table.freedOld,
  };
}
