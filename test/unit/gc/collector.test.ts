/**
 * The collector on its own terms (gc/list.ts, gc/collect.ts): the intrusive lists, and
 * collections on a real session's heap checked against the refcount invariant (the heap
 * checker runs after every collection: nothing freed that is referenced, nothing left
 * with a count its references do not explain), the generation bookkeeping, the
 * observer hook and the start-up profile.
 */

import { describe, expect, it } from 'vitest';
import { GcHead, listAppend, listMerge, listMove, listRemove, type GcLink } from '../../../src/gc/list.js';
import { createSession } from '../../../src/interp/session.js';
import type { Session } from '../../../src/interp/session-api.js';
import type { PyDict } from '../../../src/objects/dict.js';
import { H, type PyObject } from '../../../src/objects/object.js';
import { collect, gcHooks, type GcObserver } from '../../../src/gc/collect.js';
import { SCRIPT_PROFILE } from '../../../src/gc/profile.js';

class N implements GcLink {
  gcPrev: GcLink | null = null;
  gcNext: GcLink | null = null;
  constructor(readonly id: number) {}
}

function ids(h: GcHead): number[] {
  const out: number[] = [];
  for (let g = h.gcNext; g !== h; g = g.gcNext!) out.push((g as N).id);
  return out;
}

describe('intrusive lists', () => {
  it('append, remove, move and merge keep order and links', () => {
    const a = new GcHead(), b = new GcHead();
    const ns = [1, 2, 3, 4].map((i) => new N(i));
    for (const n of ns) listAppend(n, a);
    expect(ids(a)).toEqual([1, 2, 3, 4]);
    listRemove(ns[1]);
    expect(ns[1].gcNext).toBeNull();
    expect(ids(a)).toEqual([1, 3, 4]);
    listMove(ns[0], b);
    expect(ids(a)).toEqual([3, 4]);
    expect(ids(b)).toEqual([1]);
    listMerge(a, b);
    expect(a.isEmpty()).toBe(true);
    expect(ids(b)).toEqual([1, 3, 4]);
    expect(b.size()).toBe(3);
  });
});

function session(): { s: Session & { globals: PyDict }; out: () => string } {
  let out = '';
  const s = createSession({
    argv: ['t.py'],
    recursionLimit: 1000,
    maxHeap: 256 * 1024 * 1024,
    write: (_stream, text) => {
      out += text;
    },
    readLine: () => null,
    interrupt: new Int32Array(1),
    check: true,
  }) as Session & { globals: PyDict };
  return { s, out: () => out };
}

function run(s: Session, src: string): void {
  expect(s.runMain(new TextEncoder().encode(src), '/t.py', 'file', true)).toBe(0);
}

describe('collections on a session heap', () => {
  it('frees every kind of cycle and keeps the invariant after each collection', () => {
    const { s, out } = session();
    run(s, [
      'import gc',
      'gc.collect()',
      'class A: pass',
      'def mk():',
      '    a = []; a.append(a)',
      '    d = {}; d["d"] = d',
      '    x = A(); y = A(); x.y = y; y.x = x',
      '    def rec(n): return rec',
      '    try:',
      '        1/0',
      '    except Exception as e:',
      '        err = e',
      'mk()',
    ].join('\n'));
    expect(s.heapCheck!('end').violations).toBe(0);
    const n = collect(2);
    // list 1, dict 1, 2 instances, rec: function + cell + closure tuple 3, and the
    // exception's 4 (exception, args, traceback, frame) plus mk's own frame locals.
    expect(n).toBeGreaterThanOrEqual(11);
    expect(s.heapCheck!('end').violations).toBe(0);
    expect(collect(2)).toBe(0);
    s.finalize();
    const r = s.heapCheck!('shutdown');
    expect(r.violations).toBe(0);
    expect(r.leaks).toBe(0);
    expect(r.cycles).toBe(0);
    expect(out()).toBe('');
  });

  it('survivors age one generation; counts follow §3.4', () => {
    const { s } = session();
    run(s, 'import gc\ngc.collect()\nkeep = [[] for i in range(5)]\n');
    const st = H.gc;
    expect(st.gens[0].head.size()).toBeGreaterThanOrEqual(6);
    collect(0);
    expect(st.gens[0].head.size()).toBe(0);
    expect(st.gens[1].count).toBe(1);
    expect(st.gens[1].head.size()).toBeGreaterThanOrEqual(6);
    collect(1);
    expect(st.gens[1].head.size()).toBe(0);
    expect(st.gens[2].count).toBe(1);
    expect(st.gens[1].count).toBe(0);
    s.finalize();
  });

  it('reports each step to an observer only when one is set', () => {
    const { s } = session();
    run(s, 'class D:\n    def __del__(self): pass\nd = D(); d.me = d\nl = []; l.append(l)\ndel d, l\n');
    const seen: string[] = [];
    const obs: GcObserver = {
      start: (g, young) => seen.push(`start ${g} ${young.length > 0}`),
      unreachable: (objs) => seen.push(`unreachable ${objs.map((o: PyObject) => o.type.name).sort().join(',')}`),
      finalizing: (o) => seen.push(`finalizing ${o.type.name}`),
      resurrected: (objs) => seen.push(`resurrected ${objs.length}`),
      done: (m, n) => seen.push(`done ${m} ${n}`),
    };
    gcHooks.observer = obs;
    try {
      expect(collect(2)).toBe(2);
    } finally {
      gcHooks.observer = null;
    }
    expect(seen).toEqual(['start 2 true', 'unreachable D,list', 'finalizing D', 'done 2 0']);
    s.finalize();
  });

  it('starts from the script profile: count (c0, 0, 2) and 10,919 objects in generation 2', () => {
    const { s, out } = session();
    run(s, 'import gc\nc = gc.get_count()\nprint(c[1:], gc.get_stats()[0]["collections"])\n');
    expect(out()).toBe(`(0, 2) ${SCRIPT_PROFILE.stats[0][0]}\n`);
    expect(H.gc.gens[2].head.size() + H.gc.opaque[2]).toBeGreaterThanOrEqual(SCRIPT_PROFILE.generationSizes[2]);
    s.finalize();
  });
});
