/** Text for `:heap` and `:objects [TYPE]` (data from inspect/heap-view.ts). */

import type { ChalkInstance } from 'chalk';
import type { HeapView, ObjectsView } from '../inspect/refs-types.js';
import { hex, num, plural, table } from './render-format.js';

/** Types `:heap` lists; the rest are summed as "others". */
const HEAP_TYPES = 25;

export function renderHeap(v: HeapView, c: ChalkInstance): string[] {
  const out = [
    `${c.bold(plural(v.objects, 'live object'))}, ${num(v.bytes)} bytes in blocks; ${num(v.tracked)} tracked by the collector, ${num(v.untracked)} untracked ${c.dim(`(found through ${v.source})`)}`,
  ];
  const shown = v.types.slice(0, HEAP_TYPES);
  const rows = shown.map((t) => [t.type, num(t.count), num(t.bytes), num(t.tracked), num(t.untracked)]);
  const rest = v.types.slice(HEAP_TYPES);
  if (rest.length > 0) {
    const sum = (f: (t: (typeof rest)[number]) => number): string => num(rest.reduce((n, t) => n + f(t), 0));
    rows.push([`(${rest.length} more types)`, sum((t) => t.count), sum((t) => t.bytes), sum((t) => t.tracked), sum((t) => t.untracked)]);
  }
  out.push(
    ...table(
      c,
      [
        { title: 'type', align: 'left', style: c.bold },
        { title: 'count', align: 'right' },
        { title: 'bytes', align: 'right' },
        { title: 'tracked', align: 'right' },
        { title: 'untracked', align: 'right' },
      ],
      rows,
      '  ',
    ),
  );
  if (v.opaque > 0) out.push(c.dim(`  (plus ${num(v.opaque)} start-up objects the collector counts but memsnake does not model one by one)`));
  return out;
}

export function renderObjects(v: ObjectsView, c: ChalkInstance): string[] {
  const what = v.type === null ? 'live object' : `live ${v.type} object`;
  if (v.total === 0) return [`no ${what}s`];
  const out = [c.bold(plural(v.total, what)) + (v.more > 0 ? ` (the first ${v.rows.length} by address)` : '')];
  out.push(
    ...table(
      c,
      [
        { title: 'address', align: 'left', style: c.cyan },
        { title: 'type', align: 'left' },
        { title: 'refcnt', align: 'right' },
        { title: 'gen', align: 'right' },
        { title: 'tracked', align: 'left' },
        { title: 'size', align: 'right' },
        { title: 'value', align: 'left', style: c.dim },
      ],
      v.rows.map((r) => [hex(r.addr), r.type, num(r.refcnt), r.generation === null ? '-' : String(r.generation), r.tracked ? 'yes' : 'no', num(r.size), r.desc]),
      '  ',
    ),
  );
  if (v.more > 0) out.push(`  ... and ${num(v.more)} more`);
  return out;
}
