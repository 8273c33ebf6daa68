/**
 * `sys._debugmallocstats()` text (Objects/obmalloc.c _PyObject_DebugMallocStats, then
 * _PyObject_DebugTypeStats: dict, float, list and tuple free lists), with this heap's
 * numbers. Same sections, columns and number formats as CPython 3.11 on 64-bit Linux:
 *   - a row per size class with at least one pool in use ("%5u %6u %11zu %15zu %13zu");
 *   - `printone` lines: the label padded to column 35, '=', the value right-aligned in 21
 *     columns with ',' every three digits;
 *   - free-list lines: "N free NAMEs * S bytes each" right-aligned in 48 columns, a space,
 *     then printone's '=' and N·S.
 * The accounting identity of the first block holds as in CPython: allocated + available
 * + unused pools + pool headers + quantization + alignment = arenas × 1 MiB.
 */

import { ARENA_SIZE, NUM_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE, SMALL_REQUEST_THRESHOLD, type Allocator } from './allocator.js';

/** printone: `label` to column 35, '=', `value` with thousands separators in 21 columns. */
function printone(label: string, value: number): string {
  const digits = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return label.padEnd(35) + '=' + digits.padStart(21) + '\n';
}

/** _PyDebugAllocatorStats. */
function allocatorStats(name: string, n: number, size: number): string {
  return printone(`${n} ${name}s * ${size} bytes each`.padStart(48) + ' ', n * size);
}

export function formatDebugMallocStats(alloc: Allocator): string {
  const st = alloc.debugStats();
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NUM_SIZE_CLASSES} size classes.\n\n`;
  out += 'class   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  let allocated = 0, available = 0, headers = 0, quantization = 0;
  for (let c = 0; c < NUM_SIZE_CLASSES; c++) {
    const p = st.numpools[c], b = st.numblocks[c], f = st.numfreeblocks[c];
    if (p === 0) continue;
    const size = (c + 1) * 16;
    out += `${String(c).padStart(5)} ${String(size).padStart(6)} ${String(p).padStart(11)} ${String(b).padStart(15)} ${String(f).padStart(13)}\n`;
    allocated += b * size;
    available += f * size;
    headers += p * POOL_OVERHEAD;
    quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
  }
  out += '\n';
  const n = st.arenasCurrent;
  out += printone('# arenas allocated total', st.arenasAllocatedTotal);
  out += printone('# arenas reclaimed', st.arenasAllocatedTotal - n);
  out += printone('# arenas highwater mark', st.arenasHighWater);
  out += printone('# arenas allocated current', n);
  out += printone(`${n} arenas * ${ARENA_SIZE} bytes/arena`, n * ARENA_SIZE);
  out += '\n';
  out += printone('# bytes in allocated blocks', allocated);
  out += printone('# bytes in available blocks', available);
  out += printone(`${st.unusedPools} unused pools * ${POOL_SIZE} bytes`, st.unusedPools * POOL_SIZE);
  out += printone('# bytes lost to pool headers', headers);
  out += printone('# bytes lost to quantization', quantization);
  out += printone('# bytes lost to arena alignment', st.arenaAlignment);
  out += printone('Total', allocated + available + st.unusedPools * POOL_SIZE + headers + quantization + st.arenaAlignment);
  out += '\narena map counts\n';
  out += printone('# arena map mid nodes', st.mapMidNodes);
  out += printone('# arena map bot nodes', st.mapBotNodes);
  out += '\n';
  out += printone('# bytes lost to arena map root', st.mapRootBytes);
  out += printone('# bytes lost to arena map mid', st.mapMidBytes);
  out += printone('# bytes lost to arena map bot', st.mapBotBytes);
  out += printone('Total', st.mapRootBytes + st.mapMidBytes + st.mapBotBytes);
  // sys._debugmallocstats: a blank line, then the types' free lists.
  out += '\n';
  const fl = alloc.freeLists;
  for (const l of [fl.dict, fl.float, fl.list, ...fl.tuple.slice(1)]) out += allocatorStats(`free ${l.statsName}`, l.length, l.statsSize);
  return out;
}
