/**
 * `--stats`, worker side: the live objects by type and the allocator's totals, as plain
 * data (inspect/types.ts ExitStats). Taken when the program has ended and before the
 * interpreter shuts down (worker.ts decides the moment), so it shows what the program
 * built. Needs the heap's live set (`Heap.trackLive`), which the worker turns on when
 * --stats is given. Reads only: no Python code runs and nothing is allocated.
 */

import type { PyObject } from '../objects/object.js';
import type { InspectAccess } from '../interp/inspect-eval.js';
import { allocatorTotals } from './allocator-view.js';
import type { ExitStats, TypeCount } from './types.js';

export function exitStats(access: InspectAccess): ExitStats {
  const heap = access.heap;
  const alloc = heap.alloc;
  const byType = new Map<string, TypeCount>();
  let objects = 0, bytes = 0;
  const aux: number[] = [];
  for (const o of heap.live) {
    const po = o as PyObject;
    let size = alloc.blockAt(po.addr)?.size ?? 0;
    aux.length = 0;
    (po as unknown as { ownedBlocks?(out: number[]): void }).ownedBlocks?.(aux);
    for (const b of aux) size += alloc.blockAt(b)?.size ?? 0;
    const name = po.type?.name ?? '?';
    const t = byType.get(name) ?? { type: name, count: 0, bytes: 0 };
    t.count++;
    t.bytes += size;
    byType.set(name, t);
    objects++;
    bytes += size;
  }
  const types = [...byType.values()].sort((a, b) => b.bytes - a.bytes || b.count - a.count || a.type.localeCompare(b.type));
  return {
    command: 'stats',
    when: 'end of program, before shutdown',
    objects,
    bytes,
    byType: types,
    totals: allocatorTotals(alloc.snapshot()),
  };
}
