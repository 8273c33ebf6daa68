/**
 * The heap checker itself (src/heap/check.ts), on a heap of minimal objects that implement
 * HeapObject directly (the heap layer knows no Python type): it must see a consistent
 * heap as clean and catch each kind of broken state — an extra or a missing incref, a
 * leak, a garbage cycle, a block owned twice or by nobody, a reference to a freed object,
 * a live object at rc 0.
 */

import { describe, expect, it } from 'vitest';
import { Heap, type HeapObject } from '../../../src/heap/heap.js';
import type { GcLink } from '../../../src/gc/list.js';
import { checkHeap, checkLeaks, formatReport, type HeapRoots, type CheckOptions, type Violation } from '../../../src/heap/check.js';

/** A node holding counted references to other nodes, and optionally an item block. */
class Node implements HeapObject {
  rc = 1;
  addr = 0;
  /** The collector's tracking order (heap.allocate sets it). */
  gcSeq = 0;
  /** The collector's list links and gc_refs (HeapObject). */
  gcPrev: GcLink | null = null;
  gcNext: GcLink | null = null;
  gcRefs = -1;
  refs: Node[] = [];
  aux: number[] = [];
  constructor(readonly name: string, readonly isStatic = false) {}
  traverse(visit: (o: HeapObject) => void): void {
    for (const r of this.refs) visit(r);
  }
  ownedBlocks(out: number[]): void {
    out.push(...this.aux);
  }
  dealloc(heap: Heap): void {
    const rs = this.refs;
    this.refs = [];
    for (const b of this.aux) heap.alloc.free(b);
    this.aux = [];
    heap.freeBlock(this, 16);
    for (const r of rs) heap.decref(r);
  }
}

const opts: CheckOptions = {
  describe: (o) => `node ${(o as Node).name}`,
  isStatic: (o) => (o as Node).isStatic,
};

function newHeap(): Heap {
  return new Heap(64 * 1024 * 1024, true);
}

function alloc(h: Heap, name: string): Node {
  const n = new Node(name);
  h.allocate(n, 48, 16);
  return n;
}

/** n takes a new reference to m. */
function link(n: Node, m: Node): void {
  m.rc++;
  n.refs.push(m);
}

function roots(...held: Node[]): HeapRoots {
  return { forEachRef: (ref) => held.forEach((o, i) => ref(o, `root ${i}`)) };
}

const kinds = (vs: Violation[]) => vs.map((v) => v.kind);

describe('checkHeap', () => {
  it('accepts a consistent heap (a small graph with an item block, held by one root)', () => {
    const h = newHeap();
    const a = alloc(h, 'a'), b = alloc(h, 'b'), c = alloc(h, 'c');
    link(a, b);
    link(a, c);
    link(b, c);
    // a owns the only reference to b and c besides the links: drop the creators' refs.
    h.decref(b);
    h.decref(c);
    a.aux.push(h.alloc.malloc(64));
    const r = checkHeap(h, roots(a), opts);
    expect(r.violations).toEqual([]);
    expect(r.live).toBe(3);
  });

  it('detects an extra incref (a reference nothing accounts for)', () => {
    const h = newHeap();
    const a = alloc(h, 'a'), b = alloc(h, 'b');
    link(a, b);
    h.decref(b);
    b.rc++; // the bug
    const r = checkHeap(h, roots(a), opts);
    expect(kinds(r.violations)).toEqual(['refcount']);
    const v = r.violations[0] as Extract<Violation, { kind: 'refcount' }>;
    expect(v).toMatchObject({ desc: 'node b', rc: 2, fromObjects: 1, fromRoots: 0 });
    expect(formatReport(r, '')[0]).toMatch(/^refcount node b at 0x[0-9a-f]+: rc=2, references=1 .* leak: 1 reference\(s\) unaccounted for/);
  });

  it('detects a missing incref (a stored reference that was never counted)', () => {
    const h = newHeap();
    const a = alloc(h, 'a'), b = alloc(h, 'b');
    a.refs.push(b); // stored without an incref: b's count belongs to its creator only
    const r = checkHeap(h, roots(a, b), opts);
    expect(kinds(r.violations)).toEqual(['refcount']);
    expect(r.violations[0]).toMatchObject({ desc: 'node b', rc: 1, fromObjects: 1, fromRoots: 1 });
    expect(formatReport(r, '')[0]).toContain('1 reference(s) not counted');
  });

  it('detects a live object with rc 0 and a reference to a freed object', () => {
    const h = newHeap();
    const a = alloc(h, 'a'), b = alloc(h, 'b');
    a.refs.push(b); // borrowed by mistake
    h.decref(b); // b is freed; a still points at it
    const z = alloc(h, 'z');
    z.rc = 0;
    const r = checkHeap(h, roots(a), opts);
    expect(kinds(r.violations).sort()).toEqual(['dead-ref', 'zero-rc']);
    expect(r.violations.find((v) => v.kind === 'dead-ref')).toMatchObject({ desc: 'node b' });
  });

  it('counts references from static objects and requires them to own no block', () => {
    const h = newHeap();
    const s = new Node('static', true);
    s.addr = 0x1000;
    const a = alloc(h, 'a');
    s.refs.push(a); // the static object holds the creator's reference
    const r = checkHeap(h, { forEachRef: () => {}, statics: [s] }, opts);
    expect(r.violations).toEqual([]);
    s.aux.push(h.alloc.malloc(32));
    const r2 = checkHeap(h, { forEachRef: () => {}, statics: [s] }, opts);
    expect(r2.violations.map((v) => (v.kind === 'block' ? v.problem : v.kind))).toEqual([
      'static object owns 1 block(s)',
      'used block owned by no live object',
    ]);
  });

  it('detects a block owned twice, a block owned by nobody, and an owned block that is free', () => {
    const h = newHeap();
    const a = alloc(h, 'a'), b = alloc(h, 'b');
    const shared = h.alloc.malloc(100);
    a.aux.push(shared);
    b.aux.push(shared);
    h.alloc.malloc(200); // an orphan
    const freed = h.alloc.malloc(24);
    h.alloc.free(freed);
    a.aux.push(freed);
    const r = checkHeap(h, roots(a, b), opts);
    const problems = r.violations.map((v) => (v.kind === 'block' ? v.problem : v.kind));
    expect(problems.some((p) => /auxiliary block 0x[0-9a-f]+ also owned by node a/.test(p))).toBe(true);
    expect(problems.some((p) => /auxiliary block 0x[0-9a-f]+ is not allocated/.test(p))).toBe(true);
    expect(problems.filter((p) => p === 'used block owned by no live object')).toHaveLength(1);
  });

  it('detects a header block that is owned as an auxiliary block too, and raw blocks', () => {
    const h = newHeap();
    const a = alloc(h, 'a');
    const big = new Node('big');
    h.allocate(big, 4096, 16); // a raw (> 512 bytes) allocation
    big.aux.push(a.addr - 16); // claims a's header block
    const r = checkHeap(h, roots(a, big), opts);
    expect(r.violations.map((v) => (v.kind === 'block' ? v.problem : v.kind))).toEqual([
      expect.stringMatching(/auxiliary block 0x[0-9a-f]+ also owned by node a/),
    ]);
  });

  it('needs a heap that tracks live objects', () => {
    const h = new Heap(1 << 20, false);
    expect(() => checkHeap(h, roots(), opts)).toThrow(/trackLive/);
  });
});

describe('checkLeaks', () => {
  it('is clean when everything left is reachable from the roots', () => {
    const h = newHeap();
    const a = alloc(h, 'a'), b = alloc(h, 'b');
    link(a, b);
    h.decref(b);
    const r = checkLeaks(h, roots(a), opts);
    expect(r.violations).toEqual([]);
    expect(r.leaks).toEqual([]);
    expect(r.cycles).toEqual([]);
    expect(r.persisting).toBe(2);
  });

  it('reports a leak: an unreachable object whose count nothing explains, with what it keeps alive', () => {
    const h = newHeap();
    const a = alloc(h, 'a'), b = alloc(h, 'b');
    link(a, b);
    h.decref(b);
    // a's creator forgot to release it: no root, rc 1.
    const r = checkLeaks(h, roots(), opts);
    expect(r.leaks.map((v) => v.desc)).toEqual(['node a']);
    expect(r.cycles).toEqual([]); // b is kept alive by the leak, not by a cycle
    expect(r.violations.map((v) => v.desc)).toEqual(['node a']);
  });

  it('reports garbage cycles separately from leaks, grouped', () => {
    const h = newHeap();
    const a = alloc(h, 'a'), b = alloc(h, 'b'), c = alloc(h, 'c');
    link(a, b);
    link(b, a);
    link(b, c); // c hangs off the cycle
    const self = alloc(h, 'self');
    link(self, self);
    for (const n of [a, b, c, self]) h.decref(n); // the creators let go: only the cycles hold them
    expect(h.live.size).toBe(4);
    const r = checkLeaks(h, roots(), opts);
    expect(r.violations).toEqual([]);
    expect(r.leaks).toEqual([]);
    expect(r.cycles.map((g) => g.size)).toEqual([3, 1]);
    expect(r.cycles[0].sample.map((s) => s.split(' at ')[0]).sort()).toEqual(['node a', 'node b', 'node c']);
    expect(formatReport(r, 'x: ').filter((l) => l.includes('uncollected cycle'))).toHaveLength(2);
    expect(r.persisting).toBe(0);
  });
});
