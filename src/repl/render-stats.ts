/**
 * Text for `--stats` (data from inspect/exit-stats.ts): live objects by type at the end
 * of the program, before shutdown, and the allocator's totals. Printed to stderr.
 */

import type { ChalkInstance } from 'chalk';
import type { ExitStats } from '../inspect/types.js';
import { num, table } from './render-format.js';
import { totalsLines } from './render-pools.js';

export function renderStats(s: ExitStats, c: ChalkInstance): string[] {
  const out = [c.bold('memsnake --stats') + ': live objects at the end of the program, before shutdown'];
  out.push(
    ...table(
      c,
      [
        { title: 'type', align: 'left' },
        { title: 'objects', align: 'right' },
        { title: 'bytes', align: 'right' },
      ],
      [...s.byType.map((t) => [t.type, num(t.count), num(t.bytes)]), ['total', num(s.objects), num(s.bytes)]],
      '  ',
    ),
  );
  out.push(c.dim('  bytes: the blocks the objects occupy (GC header, item arrays and tables included)'));
  out.push(...totalsLines(s.totals, c));
  return out;
}
