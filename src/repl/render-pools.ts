/**
 * Text for `:pools` (the size-class table, like the first section of
 * sys._debugmallocstats()) and `:pools N` (one class's pools, each with a block map) and
 * `:arenas`. The data comes from the worker (inspect/allocator-view.ts).
 */

import type { ChalkInstance } from 'chalk';
import type { AllocatorTotals, ArenasView, PoolClassView, PoolsView } from '../inspect/types.js';
import { hex, num, percent, plural, table } from './render-format.js';

/** Blocks per row of a pool's block map. */
const STRIP_WIDTH = 64;

export function renderPools(v: PoolsView, c: ChalkInstance): string[] {
  const out = [c.bold('pymalloc size classes') + c.dim(' (16-byte classes, 16 KiB pools, 1 MiB arenas; classes without pools omitted)')];
  if (v.classes.length === 0) out.push('  no pools in use');
  else {
    out.push(
      ...table(
        c,
        [
          { title: 'class', align: 'right' },
          { title: 'size', align: 'right' },
          { title: 'pools', align: 'right' },
          { title: 'used blocks', align: 'right', style: c.green },
          { title: 'free blocks', align: 'right', style: c.dim },
        ],
        v.classes.map((k) => [String(k.szidx), String(k.blockSize), num(k.pools), num(k.usedBlocks), num(k.freeBlocks)]),
        '  ',
      ),
    );
  }
  out.push(...totalsLines(v.totals, c));
  out.push(c.dim('  :pools N shows the pools of class N with their blocks'));
  return out;
}

export function renderPoolClass(v: PoolClassView, c: ChalkInstance): string[] {
  const head = `class ${v.szidx}: ${v.blockSize}-byte blocks, ${plural(v.pools.length, 'pool')}, ${num(v.usedBlocks)} used / ${num(v.freeBlocks)} free blocks`;
  const out = [c.bold(head)];
  if (v.pools.length === 0) {
    out.push('  no pool serves this class now');
    return out;
  }
  out.push('  ' + c.green('\u2588') + ' used  ' + c.yellow('\u2592') + ' parked on a free list (used for pymalloc)  ' + c.dim('\u00b7') + ' free');
  for (const p of v.pools) {
    out.push(`  pool ${c.cyan(hex(p.base))} in arena ${hex(p.arena)}: ${num(p.used)} of ${num(p.capacity)} blocks used`);
    for (let i = 0; i < p.map.length; i += STRIP_WIDTH) out.push('    ' + strip(p.map.slice(i, i + STRIP_WIDTH), c));
  }
  return out;
}

/** One row of a block map: runs of the same state share one style call. */
function strip(map: string, c: ChalkInstance): string {
  let out = '';
  for (const run of map.match(/(.)\1*/g) ?? []) {
    const n = run.length;
    if (run[0] === '1') out += c.green('\u2588'.repeat(n));
    else if (run[0] === 'f') out += c.yellow('\u2592'.repeat(n));
    else out += c.dim('\u00b7'.repeat(n));
  }
  return out;
}

export function renderArenas(v: ArenasView, c: ChalkInstance): string[] {
  const out = [c.bold('arenas') + c.dim(' (most used first, as usable_arenas orders them; then full ones)')];
  if (v.arenas.length === 0) out.push('  no arenas');
  else {
    out.push(
      ...table(
        c,
        [
          { title: 'arena', align: 'left', style: c.cyan },
          { title: 'pools used', align: 'right', style: c.green },
          { title: 'free', align: 'right', style: c.dim },
          { title: 'total', align: 'right' },
          { title: 'bytes in used blocks', align: 'right' },
          { title: 'of', align: 'right' },
          { title: 'fragmentation', align: 'right', style: c.yellow },
        ],
        v.arenas.map((a) => [hex(a.base), num(a.poolsUsed), num(a.poolsFree), num(a.poolsTotal), num(a.usedBytes), num(a.capacityBytes), percent(a.fragmentation)]),
        '  ',
      ),
    );
    out.push(c.dim('  fragmentation: the share of the used pools\' blocks that are free'));
  }
  out.push(...totalsLines(v.totals, c));
  return out;
}

/** The allocator's totals, as the last lines of :pools, :arenas and --stats. */
export function totalsLines(t: AllocatorTotals, c: ChalkInstance): string[] {
  return [
    `  ${c.bold('arenas')} ${num(t.arenas)} (high water ${num(t.arenasHighWater)}, ${num(t.arenasAllocatedTotal)} allocated so far, ${num(t.arenasReclaimed)} returned to the system)`,
    `  ${c.bold('pools')} ${num(t.pools)} in use; ${c.bold('blocks')} ${num(t.usedBlocks)} used (${num(t.usedBlockBytes)} bytes, ${num(t.freeListEntries)} of them parked on free lists), ${num(t.freeBlocks)} free in used pools`,
    `  ${c.bold('raw')} ${plural(t.rawBlocks, 'allocation')} over 512 bytes, ${num(t.rawBytes)} bytes`,
  ];
}
