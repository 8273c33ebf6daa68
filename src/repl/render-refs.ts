/**
 * Text for `:refs EXPR` and `:why EXPR` (data from inspect/refs-view.ts): the object's
 * count and its holders, colour-coded by kind (roots green, objects cyan, what cannot be
 * attributed red); and the path from a root, one step per line.
 */

import type { ChalkInstance } from 'chalk';
import type { RefsView, WhyView } from '../inspect/refs-types.js';
import { hex, num } from './render-format.js';

export function renderRefs(v: RefsView, c: ChalkInstance): string[] {
  const head = `${c.bold(v.type)} at ${c.cyan(hex(v.addr))}: ${c.bold(num(v.refcnt))} reference${v.refcnt === 1 ? '' : 's'}`;
  const out = [head + (v.static ? c.yellow(' (statically allocated)') : '')];
  for (const h of v.holders) {
    const label = h.kind === 'root' ? c.green(h.label) : h.kind === 'object' ? c.cyan(h.label) : c.red(h.label);
    out.push(`  ${String(h.count).padStart(3)}  ${label}`);
  }
  if (v.unattributed > 0) out.push(`  ${String(v.unattributed).padStart(3)}  ${c.red('not attributed to a known holder')}`);
  if (v.note !== undefined) out.push(`  ${c.yellow(`note: ${v.note}`)}`);
  return out;
}

export function renderWhy(v: WhyView, c: ChalkInstance): string[] {
  const out: string[] = [];
  const what = `${c.bold(v.type)} at ${c.cyan(hex(v.addr))}`;
  if (v.status === 'rooted') {
    out.push(`${what} is alive because:`);
    v.path.forEach((s, i) => out.push(`  ${i === 0 ? '' : '\u2192 '}${i === 0 ? c.green(s) : s}`));
  } else if (v.status === 'garbage') {
    out.push(`${what} is ${c.red('garbage awaiting collection')}: no root reaches it`);
    if (v.path.length > 1) {
      out.push('  held by:');
      v.path.forEach((s, i) => out.push(`    ${i === 0 ? '' : '\u2192 '}${s}`));
    }
    if (v.cycle !== undefined) {
      out.push('  in the cycle:');
      v.cycle.forEach((s, i) => out.push(`    ${i === 0 ? '' : '\u2192 '}${s}`));
      out.push(c.dim('  (the cyclic collector frees it at the next collection of its generation, or :gc 2)'));
    }
  } else if (v.status === 'static') {
    out.push(`${what}: ${v.path[0]}`);
  } else out.push(`${what}: nothing holds it`);
  if (v.note !== undefined) out.push(`  ${c.yellow(`note: ${v.note}`)}`);
  return out;
}
