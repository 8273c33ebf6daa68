/** Text for `:snapshot` and `:diff` (data from inspect/snapshot-view.ts). */

import type { ChalkInstance } from 'chalk';
import type { SnapshotDiff, SnapshotTaken } from '../inspect/snapshot-types.js';
import { num, plural, table } from './render-format.js';

/** Types `:diff` lists; the rest are summed. */
const DIFF_TYPES = 20;

const signed = (n: number): string => (n > 0 ? '+' : n < 0 ? '-' : '±') + num(Math.abs(n));

export function renderSnapshotTaken(v: SnapshotTaken, c: ChalkInstance): string[] {
  return [
    `${c.bold('Snapshot taken')}: ${plural(v.objects, 'live object')} of ${plural(v.types, 'type')}, ${num(v.bytes)} bytes in blocks.`,
    c.dim('Allocations are traced by source line from now on; :diff shows what changed.'),
  ];
}

export function renderDiff(v: SnapshotDiff, c: ChalkInstance): string[] {
  const colour = (n: number, s: string): string => (n > 0 ? c.green(s) : n < 0 ? c.red(s) : s);
  const out = [
    `${c.bold('Since :snapshot')}: live objects ${num(v.objectsBefore)} → ${num(v.objectsNow)} (${colour(v.objectsNow - v.objectsBefore, signed(v.objectsNow - v.objectsBefore))}), `
      + `bytes in blocks ${num(v.bytesBefore)} → ${num(v.bytesNow)} (${colour(v.bytesNow - v.bytesBefore, signed(v.bytesNow - v.bytesBefore))})`,
  ];
  if (v.types.length === 0) out.push('', 'By type: no change');
  else {
    out.push('', c.bold('By type') + c.dim(' (live objects now, change since the snapshot)'));
    const rows = v.types.slice(0, DIFF_TYPES).map((t) => [t.type, num(t.count), colour(t.countDiff, signed(t.countDiff)), num(t.bytes), colour(t.bytesDiff, signed(t.bytesDiff))]);
    const rest = v.types.slice(DIFF_TYPES);
    if (rest.length > 0) {
      const cd = rest.reduce((n, t) => n + t.countDiff, 0), bd = rest.reduce((n, t) => n + t.bytesDiff, 0);
      rows.push([`(${rest.length} more types)`, '', signed(cd), '', signed(bd)]);
    }
    out.push(...table(c, [
      { title: 'type', align: 'left', style: c.bold },
      { title: 'count', align: 'right' },
      { title: 'change', align: 'right' },
      { title: 'bytes', align: 'right' },
      { title: 'change', align: 'right' },
    ], rows, '  '));
  }
  if (v.lines.length === 0) out.push('', 'By source line: nothing allocated since is still alive');
  else {
    out.push('', c.bold('By source line') + c.dim(' (blocks allocated since and still alive; requested bytes, as tracemalloc counts)'));
    out.push(...table(c, [
      { title: 'line', align: 'left', style: c.cyan },
      { title: 'blocks', align: 'right' },
      { title: 'bytes', align: 'right' },
    ], v.lines.map((l) => [`${l.file}:${l.line}`, num(l.count), num(l.size)]), '  '));
    if (v.moreLines > 0) out.push(`  ... and ${plural(v.moreLines, 'more line')}`);
  }
  out.push('', c.dim(`Freed since: ${plural(v.freedOld, 'block')} that existed at the snapshot; ${plural(v.allocatedAndFreed, 'block')} allocated and freed again.`));
  return out;
}
