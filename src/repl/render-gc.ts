/**
 * Text for `:gc` (the generations, read-only) and `:gc N` (one collection explained step
 * by step, in gc_collect_main's order). Data from inspect/gc-view.ts.
 */

import type { ChalkInstance } from 'chalk';
import type { GcObjectRef, GcResult, GcRunView, GcStateView } from '../inspect/gc-types.js';
import { hex, num, plural, table } from './render-format.js';

/** Entries shown per list on a terminal or pipe (--json carries up to the view's limit). */
const SHOWN = 20;

function label(o: GcObjectRef): string {
  return `${o.type}@${hex(o.addr)}`;
}

export function renderGc(r: Exclude<GcResult, { error: string }>, c: ChalkInstance): string[] {
  return 'examined' in r ? renderRun(r, c) : renderState(r, c);
}

function renderState(s: GcStateView, c: ChalkInstance, title = true): string[] {
  const out: string[] = [];
  if (title) out.push(c.bold('gc') + ': automatic collection ' + (s.enabled ? c.green('enabled') : c.red('disabled')));
  out.push(
    ...table(
      c,
      [
        { title: 'generation', align: 'right' },
        { title: 'count / threshold', align: 'right' },
        { title: 'objects', align: 'right' },
        { title: 'collections', align: 'right' },
        { title: 'collected', align: 'right' },
        { title: 'uncollectable', align: 'right' },
      ],
      s.generations.map((g) => [
        String(g.generation), `${num(g.count)} / ${num(g.threshold)}`, num(g.objects),
        num(g.collections), num(g.collected), num(g.uncollectable),
      ]),
      '  ',
    ),
  );
  for (const g of s.generations) {
    if (g.opaque > 0) out.push(c.dim(`  generation ${g.generation}'s objects include ${num(g.opaque)} start-up objects counted by number only (never garbage)`));
  }
  out.push(c.dim('  count: gen 0 = container allocations minus deallocations since its last collection; gen 1, 2 = collections of the younger generation since theirs'));
  if (s.permanent > 0) out.push(`  permanent generation (gc.freeze()): ${plural(s.permanent, 'object')}`);
  if (title) {
    out.push(c.bold('next collection:'));
    for (const line of s.nextTrigger) out.push('  ' + line);
  }
  return out;
}

function more(total: number, shown: number): string[] {
  return total > shown ? [`     ... and ${num(total - shown)} more`] : [];
}

function renderRun(r: GcRunView, c: ChalkInstance): string[] {
  const gens = r.generation === 0 ? 'generation 0' : `generations 0..${r.generation}`;
  const step = (n: number, text: string): string => `${c.bold(n + '.')} ${text}`;
  const out = [c.bold(`:gc ${r.generation}`) + `: collected ${gens} (like gc.collect(${r.generation}), which would return ${num(r.collected + r.uncollectable)})`];

  const opaque = r.examinedOpaque > 0 ? `, plus ${num(r.examinedOpaque)} start-up objects counted by number only` : '';
  out.push(step(1, `examined ${plural(r.examined, 'tracked object')} (${gens} merged)${opaque}`));

  out.push(step(2, `references subtracted: ${plural(r.internalRefs, 'reference')} from examined objects to examined objects (internal)`));
  out.push(`   ${plural(r.externallyReferenced, 'object')} still had references from outside (external): they, and all they reach, are reachable`);

  out.push(step(3, `unreachable: ${r.unreachableCount === 0 ? c.green('none') : c.red(plural(r.unreachableCount, 'object'))}`));
  for (const u of r.unreachable.slice(0, SHOWN)) {
    const held = u.heldBy.length > 0 ? `, held by ${u.heldBy.slice(0, 4).map(label).join(', ')}${u.heldBy.length > 4 ? ', ...' : ''}` : '';
    out.push(`     ${c.red(label(u))}  refcount ${u.refcount}, ${u.internal} of them internal, 0 external${held}`);
  }
  out.push(...more(r.unreachableCount, Math.min(SHOWN, r.unreachable.length)));
  if (r.unreachableCount > 0) {
    out.push(c.dim('   why: every reference to them comes from examined objects, and no object with an outside reference reaches them'));
    out.push(`   ${r.cyclesCount === 0 ? 'no cycle among them' : plural(r.cyclesCount, 'cycle') + ' among them:'}`);
    for (const cyc of r.cycles.slice(0, SHOWN)) out.push('     ' + c.yellow(cyc.map(label).join(' \u2192 ')));
    out.push(...more(r.cyclesCount, Math.min(SHOWN, r.cycles.length)));
  }

  const fin = r.finalized.length === 0 ? 'none' : r.finalized.slice(0, SHOWN).map(label).join(', ') + (r.finalized.length > SHOWN ? ', ...' : '');
  out.push(step(4, `finalizers run (__del__): ${fin}`));
  if (r.resurrected.length > 0) out.push(`   resurrected by a finalizer (they survive): ${r.resurrected.slice(0, SHOWN).map(label).join(', ')}`);
  out.push(step(5, `weakrefs cleared: ${num(r.weakrefsCleared)}`));
  out.push(step(6, `freed: ${plural(r.collected, 'unreachable object')} collected; ${plural(r.freed, 'deallocation')} in all (untracked objects they held included)`));
  const where = r.movedTo === r.generation ? `stay in generation ${r.generation}` : `moved to generation ${r.movedTo}`;
  out.push(step(7, `survivors: ${c.green(plural(r.survivors, 'object'))} ${where}` + (r.untracked > 0 ? `; ${num(r.untracked)} no longer tracked (atomic tuples/dicts)` : '')));
  out.push(c.bold('after:'));
  out.push(...renderState(r.after, c, false));
  return out;
}
