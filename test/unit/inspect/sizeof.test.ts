/**
 * The allocator inspectors' data, in-process: `:sizeof` reports an object's blocks and
 * sizes, and inspecting is read-only — no refcount changes, the allocator snapshot is
 * identical, and the blocks handed out afterwards are the ones that would have been
 * handed out without the inspection.
 */

import { describe, expect, it } from 'vitest';
import { start, run, type Live } from './live-session.js';
import { runInspect } from '../../../src/inspect/allocator-view.js';
import { exitStats } from '../../../src/inspect/exit-stats.js';
import type { InspectResult, SizeofView } from '../../../src/inspect/types.js';

function inspect(l: Live, command: 'pools' | 'arenas' | 'sizeof', arg: string): InspectResult {
  return runInspect(l.session.inspectAccess!(), command, arg);
}

function sizeof(l: Live, expr: string): SizeofView {
  const r = inspect(l, 'sizeof', expr);
  if ('error' in r) throw new Error(r.error);
  return r as SizeofView;
}

/** Every live object's address and refcount, sorted: changes if any count changes. */
function counts(l: Live): string {
  const heap = l.session.inspectAccess!().heap;
  return [...heap.live].map((o) => `${o.addr}:${o.rc}`).sort().join(',');
}

/** The allocator snapshot (what :pools and :arenas show): classes, arenas, pools' block maps. */
function allocatorState(l: Live): string {
  return JSON.stringify(l.session.inspectAccess!().heap.alloc.snapshot());
}

/** The blocks parked on the type free lists, in order (the next one taken is the last). */
function freeListOrder(l: Live): string {
  return JSON.stringify(l.session.inspectAccess!().heap.alloc.freeListBlocks());
}

const SETUP = [
  'import sys',
  'class A:\n    def __init__(self):\n        self.v = [1.5, 2.5]\n',
  'def f(n):\n    t = [str(i) for i in range(n)]\n    return len(t)\n',
  'x = [1, 2, 3]',
  'd = {"k": "v" * 40, "big": list(range(100))}',
  'a = A()',
  's = {1, 2, 3, 4, 5, 6}',
  'big = "z" * 1000',
].join('\n\n');

/** After this, the next ids tell whether the pools' free lists are in the same order. */
const PROBE = 'print([id(object()) for i in range(3)], id([]), id(1.25), id((1, 2)), id("q" * 30), id({}), id(A()), [id([i]) for i in range(3)])';

describe(':sizeof', () => {
  it('reports a list\'s header block and its item array; deep size is the sum over its objects', () => {
    const l = start();
    run(l, 'x = [1, 2, 3]');
    const v = sizeof(l, '[1, 2, 3]');
    expect(v.type).toBe('list');
    expect(v.static).toBe(false);
    expect(v.getsizeof).toBe(Number(run(l, 'import sys\n\nprint(sys.getsizeof([1, 2, 3]))').trim()));
    expect(v.blocks.map((b) => b.role)).toEqual(['header', 'item array']);
    const [header, items] = v.blocks;
    expect(header.kind).toBe('pool');
    expect(header.addr).toBe(v.addr - 16); // the GC header comes first
    expect(header.size).toBe(64);
    expect(header.szidx).toBe(3);
    expect(items.kind).toBe('pool');
    expect(items.size).toBeGreaterThanOrEqual(24);
    // The ints are static: the list is the only object counted.
    expect(v.deep.objects).toBe(1);
    expect(v.deep.bytes).toBe(v.getsizeof);
    expect(v.deep.blockBytes).toBe(header.size + items.size);
  });

  it('deep size counts each reachable object once and stops at static objects', () => {
    const l = start();
    run(l, 'import sys\n\nf = 1.5\n\nt = (f, f, "a" * 20, [f])');
    const v = sizeof(l, 't');
    const expected = run(l, 'print(sys.getsizeof(t) + sys.getsizeof(f) + sys.getsizeof(t[2]) + sys.getsizeof(t[3]))');
    expect(v.deep.objects).toBe(4);
    expect(v.deep.bytes).toBe(Number(expected.trim()));
    expect(v.deep.byType.reduce((n, t) => n + t.bytes, 0)).toBe(v.deep.bytes);
  });

  it('a raw allocation says so; a static object owns no block', () => {
    const l = start();
    run(l, 'big = "z" * 1000');
    const big = sizeof(l, 'big');
    expect(big.blocks).toHaveLength(1);
    expect(big.blocks[0].kind).toBe('raw');
    expect(big.blocks[0].size).toBeGreaterThanOrEqual(1000);
    const small = sizeof(l, '5');
    expect(small.static).toBe(true);
    expect(small.blocks).toEqual([]);
    expect(small.getsizeof).toBe(28);
  });

  it('errors are one line: a name that does not exist, a statement, :=, a syntax error', () => {
    const l = start();
    expect(inspect(l, 'sizeof', 'nope')).toEqual({ command: 'sizeof', error: "NameError: name 'nope' is not defined" });
    expect(inspect(l, 'sizeof', 'x = 1')).toMatchObject({ error: expect.stringMatching(/expression/) });
    expect(inspect(l, 'sizeof', '(y := 1)')).toMatchObject({ error: expect.stringMatching(/:=/) });
    expect(inspect(l, 'sizeof', '[1,')).toMatchObject({ error: expect.stringMatching(/^SyntaxError/) });
    expect(inspect(l, 'sizeof', '1/0')).toEqual({ command: 'sizeof', error: 'ZeroDivisionError: division by zero' });
    expect(run(l, 'print(1)')).toBe('1\n');
  });

  /**
   * One session's story, with or without an inspection in the middle. Sessions share the
   * interpreter's module state (the active heap...), so each runs to its end before the
   * next starts.
   */
  function story(expr: string | null) {
    const l = start();
    run(l, SETUP + '\n\n"last"');
    const refcounts = 'print([sys.getrefcount(o) for o in (x, d, a, s, big, A, f)])';
    const rcBefore = run(l, refcounts);
    const countsBefore = counts(l);
    const allocBefore = allocatorState(l);
    const freeBefore = freeListOrder(l);
    if (expr !== null) inspect(l, 'sizeof', expr);
    return {
      countsBefore, countsAfter: counts(l), allocBefore, allocAfter: allocatorState(l), freeBefore, freeAfter: freeListOrder(l),
      rcBefore, rcAfter: run(l, refcounts), underscore: run(l, 'print(_)'), probe: run(l, PROBE),
    };
  }

  const EXPRS = ['x', '[1, 2, 3]', 'x + [4, 5]', 'str(12345) * 3', '[str(i) * 2 for i in range(300)][::-1]', '{str(i): [i * 1.5] for i in range(50)}', 'd', '{"a": 1, "b": [1.5]}', 'a', 'A()', '[[i] for i in range(2000)]', '(1.5, 2.5)', 's', 'big', 'f(50)', 'nope', '1/0', 'sys', 'A', 'f'];

  it('a pool free list permuted by temporaries that die out of order is put back (allocator checkpoint)', () => {
    // str(12345) dies after the product is made: the two str blocks go back to their pool
    // in the order of their births, not the reverse. Releasing alone would leave that
    // pool's free list permuted; the allocator checkpoint restores it, so the next ids
    // are those of a session that did not inspect (interp/inspect-eval.ts).
    const plain = story(null);
    const probed = story('str(12345) * 3');
    expect(probed.countsAfter).toBe(probed.countsBefore);
    expect(probed.allocAfter).toBe(probed.allocBefore);
    expect(probed.freeAfter).toBe(probed.freeBefore);
    expect(probed.underscore).toBe('last\n');
    expect(probed.probe).toBe(plain.probe);
  });

  it('no collection runs during the evaluation, and the generation counts come back', () => {
    // 2000 new lists pass generation 0's threshold (700): a collection would be due.
    const l = start();
    run(l, SETUP + '\n\nimport gc\n\n"last"');
    const before = run(l, 'print(gc.get_count(), gc.get_stats()[0]["collections"])');
    const alloc = allocatorState(l);
    const v = sizeof(l, '[[i] for i in range(2000)]');
    expect(v.note).toBeUndefined();
    expect(allocatorState(l)).toBe(alloc);
    // The print's own allocations are the same both times, so its output is the same.
    expect(run(l, 'print(gc.get_count(), gc.get_stats()[0]["collections"])')).toBe(before);
  });

  it('when EXPR keeps or frees an object of the session, the allocator is not restored and the view says so', () => {
    for (const expr of ['x.append(1.5) or x', 'd.pop("big")', 'x.clear() or 1']) {
      const l = start();
      run(l, SETUP);
      const v = sizeof(l, expr);
      expect(v.note).toMatch(/not restored/);
      // The heap is consistent: every live object's blocks are used, nothing else is.
      const check = l.session.heapCheck!('running');
      expect(check.lines).toEqual([]);
      expect(check.violations).toBe(0);
    }
  });

  it('the heap checker is content after read-only inspections', () => {
    const l = start();
    run(l, SETUP);
    for (const expr of ['str(12345) * 3', '{str(i): [i * 1.5] for i in range(50)}', 'x + [4]', 'A()', 'nope']) {
      const r = inspect(l, 'sizeof', expr);
      expect('note' in r).toBe(false);
      expect(l.session.heapCheck!('running').violations).toBe(0);
    }
  });

  for (const expr of EXPRS) {
    it(`is read-only: :sizeof ${expr} changes no count, no allocator state, not _ and not the next ids`, () => {
      const plain = story(null);
      const probed = story(expr);
      expect(probed.countsAfter).toBe(probed.countsBefore);
      expect(probed.allocAfter).toBe(probed.allocBefore);
      expect(probed.rcAfter).toBe(probed.rcBefore);
      expect(probed.freeAfter).toBe(probed.freeBefore);
      expect(probed.underscore).toBe('last\n');
      expect(probed.probe).toBe(plain.probe);
    });
  }
});

describe(':pools and :arenas', () => {
  it('the class table adds up to the snapshot; :pools N draws one map per pool', () => {
    const l = start();
    run(l, 'keep = [1.5 * i for i in range(2000)]');
    const before = allocatorState(l);
    const table = inspect(l, 'pools', '');
    expect('classes' in table).toBe(true);
    if (!('classes' in table)) return;
    const used = table.classes.reduce((n, c) => n + c.usedBlocks, 0);
    expect(used).toBe(table.totals.usedBlocks);
    const one = inspect(l, 'pools', '1');
    expect('pools' in one && Array.isArray(one.pools)).toBe(true);
    if (!('szidx' in one)) return;
    expect(one.blockSize).toBe(32);
    expect(one.pools.length).toBeGreaterThan(1);
    for (const p of one.pools) {
      expect(p.map).toHaveLength(p.capacity);
      expect([...p.map].filter((ch) => ch !== '0').length).toBe(p.used);
    }
    expect(inspect(l, 'pools', '32')).toMatchObject({ error: expect.stringMatching(/0 to 31/) });
    expect(inspect(l, 'pools', 'x')).toMatchObject({ error: expect.any(String) });
    expect(allocatorState(l)).toBe(before);
  });

  it(':arenas lists arenas with fragmentation between 0 and 1', () => {
    const l = start();
    run(l, 'keep = [[i] for i in range(20000)]\n\ndel keep[::2]');
    const r = inspect(l, 'arenas', '');
    if (!('arenas' in r)) throw new Error('no arenas');
    expect(r.arenas.length).toBeGreaterThan(1);
    for (const a of r.arenas) {
      expect(a.fragmentation).toBeGreaterThanOrEqual(0);
      expect(a.fragmentation).toBeLessThanOrEqual(1);
      expect(a.poolsUsed + a.poolsFree).toBeLessThanOrEqual(a.poolsTotal);
    }
    expect(inspect(l, 'arenas', 'x')).toMatchObject({ error: expect.any(String) });
  });
});

describe('--stats data', () => {
  it('counts live objects by type with their blocks', () => {
    const l = start();
    run(l, 'class B:\n    pass\n\nkeep = [B() for i in range(10)]');
    const s = exitStats(l.session.inspectAccess!());
    const b = s.byType.find((t) => t.type === 'B');
    expect(b?.count).toBe(10);
    expect(s.objects).toBe(s.byType.reduce((n, t) => n + t.count, 0));
    expect(s.bytes).toBe(s.byType.reduce((n, t) => n + t.bytes, 0));
    expect(s.totals.arenas).toBeGreaterThan(0);
  });
});
