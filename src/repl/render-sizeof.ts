/**
 * Text for `:sizeof EXPR` (data from inspect/allocator-view.ts): sys.getsizeof, the deep
 * size, and where each of the object's blocks lives.
 */

import type { ChalkInstance } from 'chalk';
import type { SizeofView } from '../inspect/types.js';
import { hex, num, plural, table } from './render-format.js';

/** Types listed in the deep size's breakdown; the rest are summed up as "others". */
const DEEP_TYPES = 8;

export function renderSizeof(v: SizeofView, c: ChalkInstance): string[] {
  const out = [`${c.bold(v.type)} at ${c.cyan(hex(v.addr))}` + (v.static ? c.yellow(' (statically allocated: it owns no block)') : '')];
  const size = v.getsizeof === null ? c.red(v.sizeofError ?? 'unavailable') : `${num(v.getsizeof)} bytes`;
  out.push(`  sys.getsizeof  ${size}`);
  const d = v.deep;
  if (d.objects === 0) out.push(`  deep size      0 bytes ${c.dim('(static objects, types and modules are not counted)')}`);
  else out.push(`  deep size      ${num(d.bytes)} bytes in ${plural(d.objects, 'object')} ${c.dim(`(blocks: ${num(d.blockBytes)} bytes; static objects, types and modules not counted)`)}`);
  if (d.byType.length > 1) {
    const shown = d.byType.slice(0, DEEP_TYPES).map((t) => `${t.type} ${num(t.count)} (${num(t.bytes)})`);
    const rest = d.byType.slice(DEEP_TYPES);
    if (rest.length > 0) shown.push(`others ${num(rest.reduce((n, t) => n + t.count, 0))} (${num(rest.reduce((n, t) => n + t.bytes, 0))})`);
    out.push(`  by type        ${shown.join(', ')}`);
  }
  if (v.note !== undefined) out.push(`  ${c.yellow(`note: ${v.note}`)}`);
  if (v.blocks.length === 0) return out;
  out.push(`  ${plural(v.blocks.length, 'block')} of its own:`);
  out.push(
    ...table(
      c,
      [
        { title: 'block', align: 'left' },
        { title: 'address', align: 'left', style: c.cyan },
        { title: 'bytes', align: 'right' },
        { title: 'class', align: 'right' },
        { title: 'pool', align: 'left' },
        { title: 'arena', align: 'left' },
      ],
      v.blocks.map((b) =>
        b.kind === 'pool'
          ? [b.role, hex(b.addr), num(b.size), String(b.szidx), hex(b.pool!), hex(b.arena!)]
          : [b.role, hex(b.addr), num(b.size), '-', 'raw allocation (over 512 bytes)', ''],
      ),
      '    ',
    ),
  );
  return out;
}
