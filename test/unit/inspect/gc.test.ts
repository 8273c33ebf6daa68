/**
 * `:gc` and `:gc N`, in-process: the state view changes nothing, and a collection's
 * explanation names the objects of known cycles as unreachable, draws their cycles and
 * counts the survivors moved to the next generation.
 */

import { describe, expect, it } from 'vitest';
import { start, run, type Live } from './live-session.js';
import { runGcInspect } from '../../../src/inspect/gc-view.js';
import type { GcObjectRef, GcResult, GcRunView, GcStateView } from '../../../src/inspect/gc-types.js';
import { renderInspect } from '../../../src/repl/render-inspect.js';
import { gcHooks } from '../../../src/gc/collect.js';

function gc(l: Live, arg: string): GcResult {
  return runGcInspect(l.session.inspectAccess!(), arg);
}

function collectView(l: Live, n: number): GcRunView {
  const r = gc(l, String(n));
  if ('error' in r) throw new Error(r.error);
  return r as GcRunView;
}

const label = (o: GcObjectRef): string => `${o.type}@0x${o.addr.toString(16)}`;

describe(':gc', () => {
  it('shows the generations and changes no count', () => {
    const l = start();
    run(l, 'import gc\n\nx = [[] for i in range(5)]');
    const before = run(l, 'print(gc.get_count(), gc.get_stats())');
    const r = gc(l, '') as GcStateView;
    expect(r.generations).toHaveLength(3);
    expect(r.generations[0].threshold).toBe(700);
    expect(r.enabled).toBe(true);
    expect(r.nextTrigger[0]).toMatch(/passes 700/);
    expect(gc(l, '')).toEqual(r);
    expect(run(l, 'print(gc.get_count(), gc.get_stats())')).toBe(before);
    const text = renderInspect(r, { color: false, json: false }).lines.join('\n');
    expect(text).toMatch(/count \/ threshold/);
    expect(text).toMatch(/next collection/);
  });

  it('says when gc is disabled', () => {
    const l = start();
    run(l, 'import gc\n\ngc.disable()');
    const r = gc(l, '') as GcStateView;
    expect(r.enabled).toBe(false);
    expect(r.nextTrigger[0]).toMatch(/off/);
  });

  it('refuses a bad generation with one line', () => {
    const l = start();
    for (const bad of ['7', 'x', '-1', '0 1']) {
      const r = gc(l, bad);
      expect('error' in r && r.error).toMatch(/^:gc takes a generation 0, 1 or 2/);
      const shown = renderInspect(r, { color: false, json: false });
      expect(shown.lines).toEqual([]);
      expect(shown.error).not.toContain('\n');
    }
  });
});

describe(':gc N', () => {
  it('names a self-referencing list as unreachable and draws its cycle', () => {
    const l = start();
    run(l, 'a = []; a.append(a)\n\naddr = id(a)\n\ndel a');
    const addr = Number(run(l, 'print(addr)').trim());
    const r = collectView(l, 0);
    expect(r.collected).toBe(1);
    expect(r.unreachable.map(label)).toEqual([`list@0x${addr.toString(16)}`]);
    expect(r.unreachable[0]).toMatchObject({ refcount: 1, internal: 1, freed: true });
    expect(r.cycles.map((c) => c.map(label).join(' → '))).toEqual([`list@0x${addr.toString(16)} → list@0x${addr.toString(16)}`]);
    expect(r.freed).toBeGreaterThanOrEqual(1);
    expect(gcHooks.observer).toBeNull();
    const text = renderInspect(r, { color: false, json: false }).lines.join('\n');
    expect(text).toContain(`list@0x${addr.toString(16)} → list@0x${addr.toString(16)}`);
    expect(text).toMatch(/unreachable: 1 object/);
    // On a terminal the same lines come in colour.
    expect(renderInspect(r, { color: true, json: false }).lines.join('\n')).toMatch(/\x1b\[/);
  });

  it('draws a two-object cycle list → dict → list', () => {
    const l = start();
    run(l, 'a = []; d = {"k": a}; a.append(d)\n\nia, id_ = id(a), id(d)\n\ndel a, d');
    const [ia, idd] = run(l, 'print(ia, id_)').trim().split(' ').map(Number);
    const r = collectView(l, 2);
    const la = `list@0x${ia.toString(16)}`, ld = `dict@0x${idd.toString(16)}`;
    expect(r.unreachable.map(label).sort()).toEqual([ld, la].sort());
    expect(r.cycles).toHaveLength(1);
    const drawn = r.cycles[0].map(label).join(' → ');
    expect([`${la} → ${ld} → ${la}`, `${ld} → ${la} → ${ld}`]).toContain(drawn);
    expect(r.collected).toBe(2);
  });

  it('moves survivors to the next generation', () => {
    const l = start();
    run(l, 'import gc\n\ngc.collect()\n\nkeep = [[1], [2], [3]]');
    const count = run(l, 'print(gc.get_count()[1])').trim();
    const r = collectView(l, 0);
    expect(r.unreachableCount).toBe(0);
    expect(r.survivors).toBeGreaterThanOrEqual(4);
    expect(r.movedTo).toBe(1);
    expect(r.after.generations[0].count).toBe(0);
    expect(r.after.generations[1].count).toBe(Number(count) + 1);
    // The lists are now in generation 1: a second :gc 0 does not examine them.
    const again = collectView(l, 0);
    expect(again.examined).toBeLessThan(r.examined);
    const text = renderInspect(r, { color: false, json: false }).lines.join('\n');
    expect(text).toMatch(/survivors: \d+ objects moved to generation 1/);
  });

  it('reports finalizers run', () => {
    const l = start();
    run(l, 'class C:\n    def __del__(self): print("del")\n\nc = C(); c.me = c\n\ndel c');
    const r = collectView(l, 2);
    expect(l.out()).toBe('del\n');
    expect(r.finalized.map((o) => o.type)).toEqual(['C']);
    expect(r.cycles.length).toBeGreaterThanOrEqual(1);
  });

  it('counts weakrefs cleared, and a resurrected object survives', () => {
    const l = start();
    run(l, 'import weakref\n\nclass C: pass\n\nc = C(); c.me = c; w = weakref.ref(c)\n\ndel c');
    const r = collectView(l, 2);
    expect(r.weakrefsCleared).toBe(1);
    expect(run(l, 'print(w())')).toBe('None\n');
    run(l, 'saved = []\n\nclass R:\n    def __del__(self): saved.append(self)\n\nx = R(); x.me = x\n\ndel x');
    const r2 = collectView(l, 2);
    expect(r2.resurrected.map((o) => o.type)).toContain('R');
    expect(r2.unreachable.find((o) => o.type === 'R')?.freed).toBe(false);
    expect(run(l, 'print(len(saved))')).toBe('1\n');
  });
});
