/**
 * The refcount invariant checker and the leak check (architecture.md §3).
 *
 * The invariant, at a moment when the interpreter reports all of its roots:
 *   1. every live object's `rc` equals the number of references to it from live objects
 *      (their `traverse`), from statically allocated objects, and from roots the
 *      interpreter holds outside the heap (module dicts held by the session, frames and
 *      their value-stack temporaries, code-object constant tables, caches, the REPL's `_`);
 *   2. no live object has rc <= 0, and nothing refers to an object that is neither live
 *      nor static (a freed object: use after free; or an object that was never given an
 *      address, reported as such);
 *   2b. every statically allocated object's *unaccounted* count q = rc - (the references
 *      to it that the checker sees) is what it was when the session started
 *      (`staticBaseline`). The rest of a static object's count is what CPython's start-up
 *      folded into it (None's ~5500, the immortal STATIC_RC) and references held by static
 *      objects the checker does not follow: constant. A q that grew is a leaked reference
 *      to a static object; a q that shrank is a reference released more often than taken,
 *      which in CPython 3.11 eventually frees None. The references seen are those from
 *      live objects, roots, and static objects whose references are counted in both the
 *      baseline and the check: the ones reached at the baseline (reached again at every
 *      check) and those made after it (address >= the baseline's `mark`: a static dict
 *      filled at a module's first import). A static object made before the baseline but
 *      first reached later is assumed to hold what it held then (its references are part
 *      of q). Statics first seen after the baseline have no q of their own to check;
 *   3. every live object owns the used block its address lies in (its header block, at a
 *      0/16/32-byte pre-header offset) plus exactly the auxiliary blocks it reports
 *      (`ownedBlocks`: a list's item array, a dict's keys table, a set's table); statically
 *      allocated objects own none; no block is owned twice; every used block is owned by
 *      a live object or by a free-list entry the roots report; each pool's count matches
 *      its blocks and the pools add up to `blocksInUse`.
 *
 * The leak check (`checkLeaks`), after the program ended and its globals were released:
 * the invariant must still hold with the post-shutdown roots (a count higher than its
 * references is a *leak*: that object can never be freed), and every live object not
 * reachable from the roots is garbage that only a cyclic collector can free. memsnake has
 * no cyclic collector yet, so such objects are reported separately as *uncollected cycles*
 * (each with the objects it keeps alive), which lets callers be strict about leaks now and
 * about cycles once the collector lands: when it does, the session runs a collection
 * before `checkLeaks`, and any cycle still reported is a collector bug.
 * Objects that are still reachable after shutdown (imported modules, interned names that
 * are keys of `__main__`'s dict...) persist legitimately; they are counted, not reported.
 *
 * This module knows no Python type: descriptions, static-object tests and roots come from
 * the caller (interp/check-roots.ts). It needs `heap.trackLive` (the live map), which the
 * session turns on only when checking, so the check costs nothing when it is off.
 */

import type { Heap, HeapObject } from './heap.js';

/** An object that owns allocator blocks besides its header block (optional method). */
interface BlockOwner {
  /** Appends the addresses of the auxiliary blocks this object owns. */
  ownedBlocks(out: number[]): void;
}

/** What the interpreter reports as held outside the heap's objects. */
export interface HeapRoots {
  /**
   * Calls `ref` once per counted reference held outside the heap objects: an object held
   * twice is reported twice. `what` names the holder for reports ("__main__ dict",
   * "value stack[3]").
   */
  forEachRef(ref: (o: HeapObject, what: string) => void): void;
  /**
   * Statically allocated objects whose references count like a live object's (built-in
   * types and their dicts...). Their references are followed through other static
   * objects (which must own no blocks) until live objects are reached.
   */
  statics?: Iterable<HeapObject>;
  /**
   * How to follow a static object's references; defaults to `traverse`. (A built-in
   * type's own traverse visits nothing, since its fields are not counted for the
   * collector; the checker still needs them.)
   */
  traverseStatic?(o: HeapObject, visit: (o: HeapObject) => void): void;
  /**
   * Blocks held by free lists besides the allocator's own type free lists, which the
   * checker always counts (Allocator.freeListBlocks).
   */
  freeListBlocks?: Iterable<number>;
}

/** How the checker sees objects it cannot interpret itself. */
export interface CheckOptions {
  /** A short, repr-safe description ("str 'abc'", "function f", "list len=3"). */
  describe(o: HeapObject): string;
  /** Whether an object that is not in the live map is statically allocated. */
  isStatic(o: HeapObject): boolean;
  /** Stop collecting after this many violations (the rest are only counted). */
  limit?: number;
  /** The static objects' unaccounted counts at session start (check 2b); none: not checked. */
  baseline?: StaticBaseline;
}

/** Check 2b's record of the session's start (`staticBaseline`). */
export interface StaticBaseline {
  /**
   * Per static object reached then (referenced from live objects or roots, the `statics`
   * the roots report, and everything reachable from them through static objects), its
   * q = rc - references seen.
   */
  q: Map<HeapObject, number>;
  /** Static objects at addresses >= mark were made after the baseline (see check 2b). */
  mark: number;
}

export type Violation =
  | { kind: 'refcount'; addr: number; desc: string; rc: number; fromObjects: number; fromRoots: number; roots: string[] }
  | { kind: 'zero-rc'; addr: number; desc: string; rc: number }
  | { kind: 'dead-ref'; addr: number; desc: string; from: string }
  /** A static object's q (see StaticBaseline) moved from `was` to `now`. */
  | { kind: 'static'; addr: number; desc: string; rc: number; refs: number; was: number; now: number }
  | { kind: 'block'; addr: number; desc: string; problem: string };

export interface CheckReport {
  /** Live heap objects examined. */
  live: number;
  violations: Violation[];
  /** Violations beyond the limit (not listed). */
  more: number;
}

export interface CycleGroup {
  /** Objects in this group of garbage (a cycle and what only it keeps alive). */
  size: number;
  /** Descriptions of the first few. */
  sample: string[];
}

export interface LeakReport extends CheckReport {
  /** Unreachable objects whose count exceeds their references (can never be freed). */
  leaks: Violation[];
  /** Garbage only a cyclic collector can free, grouped by connectivity. */
  cycles: CycleGroup[];
  /** Live objects reachable from the roots after shutdown (legitimately persisting). */
  persisting: number;
}

const DEFAULT_LIMIT = 50;

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/**
 * Checks the invariant (see the file comment) and returns every violation found, as
 * plain data. Never changes the heap.
 */
export function checkHeap(heap: Heap, roots: HeapRoots, opts: CheckOptions): CheckReport {
  return new Checker(heap, roots, opts).run().report();
}

/**
 * Records every static object's unaccounted count (check 2b), once, when the session has
 * been created and its builtins exist. Costs one counting pass over the start-up heap, so
 * callers do it only when checking is on.
 */
export function staticBaseline(heap: Heap, roots: HeapRoots, opts: CheckOptions, mark: number): StaticBaseline {
  const c = new Checker(heap, roots, { ...opts, baseline: undefined });
  c.countRefs();
  const q = new Map<HeapObject, number>();
  for (const st of c.staticSeen) q.set(st, st.rc - (c.staticCounts.get(st) ?? 0));
  return { q, mark };
}

/**
 * The leak check, after shutdown: the invariant with the post-shutdown roots, plus the
 * garbage not reachable from them (uncollected cycles) and unreachable leaks.
 */
export function checkLeaks(heap: Heap, roots: HeapRoots, opts: CheckOptions): LeakReport {
  const c = new Checker(heap, roots, opts).run();
  const base = c.report();
  const reach = c.reachable();
  const unreachable: HeapObject[] = [];
  for (const o of heap.live) if (!reach.has(o)) unreachable.push(o);
  // A leak is an unreachable object whose count is not explained by the references
  // found (its refcount violation is also in `violations`); the rest of the unreachable
  // objects are garbage held only by each other: uncollected cycles.
  const leakSet = new Set<HeapObject>();
  for (const o of unreachable) if (o.rc > (c.counts.get(o) ?? 0)) leakSet.add(o);
  const leakAddrs = new Set([...leakSet].map((o) => o.addr));
  const leaks: Violation[] = base.violations.filter((v) => v.kind === 'refcount' && leakAddrs.has(v.addr));
  const keptByLeaks = c.reachableFrom(leakSet);
  const garbage = unreachable.filter((o) => !keptByLeaks.has(o));
  return {
    ...base,
    leaks,
    cycles: groups(garbage, opts),
    persisting: reach.size,
  };
}

/** Splits garbage into weakly connected groups (objects linked by references either way). */
function groups(objs: HeapObject[], opts: CheckOptions): CycleGroup[] {
  const inSet = new Set(objs);
  const parent = new Map<HeapObject, HeapObject>();
  for (const o of objs) parent.set(o, o);
  const find = (o: HeapObject): HeapObject => {
    let r = o;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let x = o;
    while (parent.get(x) !== r) {
      const n = parent.get(x)!;
      parent.set(x, r);
      x = n;
    }
    return r;
  };
  for (const o of objs) {
    o.traverse((p) => {
      if (!inSet.has(p)) return;
      const a = find(o), b = find(p);
      if (a !== b) parent.set(a, b);
    });
  }
  const byRoot = new Map<HeapObject, HeapObject[]>();
  for (const o of objs) {
    const r = find(o);
    let g = byRoot.get(r);
    if (g === undefined) byRoot.set(r, (g = []));
    g.push(o);
  }
  const out: CycleGroup[] = [];
  for (const g of byRoot.values()) {
    g.sort((a, b) => a.addr - b.addr);
    out.push({ size: g.length, sample: g.slice(0, 4).map((o) => `${opts.describe(o)} at ${hex(o.addr)}`) });
  }
  out.sort((a, b) => b.size - a.size);
  return out;
}

class Checker {
  /** References to each live object found so far (objects, statics and roots). */
  readonly counts = new Map<HeapObject, number>();
  /** References from roots, with their holders (for reports). */
  private readonly rootCounts = new Map<HeapObject, string[]>();
  private readonly violations: Violation[] = [];
  private more = 0;
  private readonly limit: number;
  /** Static objects reached (their references are followed once). */
  readonly staticSeen = new Set<HeapObject>();
  /**
   * References to each static object seen (check 2b): from live objects, roots, and the
   * static objects `countsHeld` accepts.
   */
  readonly staticCounts = new Map<HeapObject, number>();
  private readonly deadSeen = new Set<HeapObject>();

  constructor(private readonly heap: Heap, private readonly roots: HeapRoots, private readonly opts: CheckOptions) {
    if (!heap.trackLive) throw new Error('checkHeap needs a heap created with trackLive');
    this.limit = opts.limit ?? DEFAULT_LIMIT;
  }

  private add(v: Violation): void {
    if (this.violations.length < this.limit) this.violations.push(v);
    else this.more++;
  }

  private isLive(o: HeapObject): boolean {
    return this.heap.live.has(o);
  }

  private desc(o: HeapObject): string {
    try {
      return this.opts.describe(o);
    } catch {
      return '<object>';
    }
  }

  /**
   * Counts one reference to `o` held by `from` (a description, computed only on error).
   * Follows static objects' own references the first time one is reached.
   */
  private count(o: HeapObject, from: () => string): void {
    if (this.isLive(o)) {
      this.counts.set(o, (this.counts.get(o) ?? 0) + 1);
      return;
    }
    if (this.opts.isStatic(o)) {
      this.staticCounts.set(o, (this.staticCounts.get(o) ?? 0) + 1);
      this.visitStatic(o);
      return;
    }
    this.notLive(o, from());
  }

  /** A referenced object that is neither live nor static: freed, or never given an address. */
  private notLive(o: HeapObject, from: string): void {
    if (this.deadSeen.has(o)) return;
    this.deadSeen.add(o);
    // Address 0 was never handed out: an object made without H.allocate or staticAddr
    // (a static object whose creator forgot staticAddr; id() would say 0).
    if (o.addr === 0) this.add({ kind: 'block', addr: 0, desc: this.desc(o), problem: `object has no address (neither allocated nor static), referenced from ${from}` });
    else this.add({ kind: 'dead-ref', addr: o.addr, desc: this.desc(o), from });
  }

  private visitStatic(root: HeapObject): void {
    if (this.staticSeen.has(root)) return;
    // Iterative: static graphs (types, their dicts, descriptors) are wide, not deep, but
    // an explicit stack costs nothing.
    const stack = [root];
    this.staticSeen.add(root);
    const trav = this.roots.traverseStatic ?? ((o: HeapObject, v: (o: HeapObject) => void) => o.traverse(v));
    const base = this.opts.baseline;
    while (stack.length > 0) {
      const s = stack.pop()!;
      // Whether s's references to static objects count (check 2b): always while taking
      // the baseline; afterwards for the statics in it and those made after it.
      const held = base === undefined || base.q.has(s) || s.addr >= base.mark;
      trav(s, (o) => {
        if (this.isLive(o)) {
          this.counts.set(o, (this.counts.get(o) ?? 0) + 1);
          const holders = this.rootCounts.get(o) ?? [];
          holders.push(`static ${this.desc(s)}`);
          this.rootCounts.set(o, holders);
        } else if (this.opts.isStatic(o)) {
          if (held) this.staticCounts.set(o, (this.staticCounts.get(o) ?? 0) + 1);
          if (!this.staticSeen.has(o)) {
            this.staticSeen.add(o);
            stack.push(o);
          }
        } else {
          this.notLive(o, `static ${this.desc(s)}`);
        }
      });
    }
  }

  /** Counts every reference from live objects, statics and roots (steps 1 and 2 of run). */
  countRefs(): void {
    const live = this.heap.live;
    // 1. References from live objects.
    for (const o of live) {
      o.traverse((p) => this.count(p, () => `${this.desc(o)} at ${hex(o.addr)}`));
    }
    // 2. References from statics and roots.
    if (this.roots.statics) for (const s of this.roots.statics) this.visitStatic(s);
    // The statics reached at the baseline are followed again, so that references they
    // hold are seen even when nothing live leads to them any more (check 2b).
    if (this.opts.baseline) for (const s of this.opts.baseline.q.keys()) this.visitStatic(s);
    this.roots.forEachRef((o, what) => {
      const holders = this.rootCounts.get(o) ?? [];
      holders.push(what);
      this.rootCounts.set(o, holders);
      this.count(o, () => what);
    });
  }

  run(): this {
    this.countRefs();
    // 3. Compare.
    const live = this.heap.live;
    for (const o of live) {
      if (o.rc <= 0) {
        this.add({ kind: 'zero-rc', addr: o.addr, desc: this.desc(o), rc: o.rc });
        continue;
      }
      const n = this.counts.get(o) ?? 0;
      if (n !== o.rc) {
        const roots = this.rootCounts.get(o) ?? [];
        this.add({
          kind: 'refcount', addr: o.addr, desc: this.desc(o), rc: o.rc,
          fromObjects: n - roots.length, fromRoots: roots.length, roots: roots.slice(0, 5),
        });
      }
    }
    if (this.opts.baseline) this.checkStatics(this.opts.baseline);
    this.checkBlocks();
    return this;
  }

  /** Check 2b: each static object's unaccounted count is still its baseline's. */
  private checkStatics(baseline: StaticBaseline): void {
    for (const [st, was] of baseline.q) {
      const refs = this.staticCounts.get(st) ?? 0;
      const now = st.rc - refs;
      if (now !== was) this.add({ kind: 'static', addr: st.addr, desc: this.desc(st), rc: st.rc, refs, was, now });
    }
  }

  private checkBlocks(): void {
    const alloc = this.heap.alloc;
    // Maps are keyed by alloc.blockKey (small integers): address numbers hash slowly.
    const { blocks, badPools, blocksInUse, poolTotal } = alloc.inspectBlocks();
    for (const p of badPools) {
      this.add({ kind: 'block', addr: p.base, desc: 'pool', problem: `pool count ${p.count} but ${p.used} blocks in use` });
    }
    if (poolTotal !== blocksInUse) {
      this.add({ kind: 'block', addr: 0, desc: 'allocator', problem: `blocksInUse ${blocksInUse} but pools count ${poolTotal}` });
    }
    const owner = new Map<number, HeapObject | 'free-list'>();
    const name = (o: HeapObject | 'free-list') => (o === 'free-list' ? 'free list' : `${this.desc(o)} at ${hex(o.addr)}`);
    const claim = (block: number, o: HeapObject | 'free-list', what: string): void => {
      const key = alloc.blockKey(block);
      const prev = owner.get(key);
      if (prev !== undefined) {
        this.add({ kind: 'block', addr: block, desc: name(o), problem: `${what} block ${hex(block)} also owned by ${name(prev)}` });
        return;
      }
      if (!blocks.has(key)) {
        this.add({ kind: 'block', addr: block, desc: name(o), problem: `${what} block ${hex(block)} is not allocated` });
        return;
      }
      owner.set(key, o);
    };
    const aux: number[] = [];
    for (const o of this.heap.live) {
      const hb = alloc.blockAt(o.addr);
      if (hb === null || !blocks.has(alloc.blockKey(hb.block))) {
        this.add({ kind: 'block', addr: o.addr, desc: this.desc(o), problem: 'live object has no allocated block' });
      } else {
        const pre = o.addr - hb.block;
        if (pre !== 0 && pre !== 16 && pre !== 32) {
          this.add({ kind: 'block', addr: o.addr, desc: this.desc(o), problem: `address is ${pre} bytes into its block` });
        }
        claim(hb.block, o, 'header');
      }
      const bo = o as unknown as Partial<BlockOwner>;
      if (typeof bo.ownedBlocks === 'function') {
        aux.length = 0;
        bo.ownedBlocks(aux);
        for (const b of aux) claim(b, o, 'auxiliary');
      }
    }
    // Dead objects parked on the type free lists keep their blocks (heap/freelists.ts).
    for (const b of alloc.freeListBlocks()) claim(b, 'free-list', 'free-list');
    if (this.roots.freeListBlocks) for (const b of this.roots.freeListBlocks) claim(b, 'free-list', 'free-list');
    for (const s of this.staticSeen) {
      const hb = alloc.blockAt(s.addr);
      if (hb !== null && blocks.has(alloc.blockKey(hb.block))) {
        this.add({ kind: 'block', addr: s.addr, desc: this.desc(s), problem: 'static object lies in an allocated block' });
      }
      const bo = s as unknown as Partial<BlockOwner>;
      if (typeof bo.ownedBlocks === 'function') {
        aux.length = 0;
        bo.ownedBlocks(aux);
        if (aux.length > 0) this.add({ kind: 'block', addr: s.addr, desc: this.desc(s), problem: `static object owns ${aux.length} block(s)` });
      }
    }
    for (const [key, b] of blocks) {
      if (!owner.has(key)) {
        const size = alloc.blockAt(b)?.size ?? 0;
        this.add({ kind: 'block', addr: b, desc: `${size}-byte block`, problem: 'used block owned by no live object' });
      }
    }
  }

  report(): CheckReport {
    return { live: this.heap.live.size, violations: this.violations, more: this.more };
  }

  /** Live objects reachable from the roots and statics (marking through live objects). */
  reachable(): Set<HeapObject> {
    const seeds: HeapObject[] = [];
    for (const o of this.rootCounts.keys()) if (this.isLive(o)) seeds.push(o);
    return this.mark(seeds);
  }

  reachableFrom(from: Set<HeapObject>): Set<HeapObject> {
    return this.mark([...from]);
  }

  private mark(seeds: HeapObject[]): Set<HeapObject> {
    const seen = new Set<HeapObject>();
    const stack: HeapObject[] = [];
    for (const s of seeds) {
      if (!seen.has(s)) {
        seen.add(s);
        stack.push(s);
      }
    }
    while (stack.length > 0) {
      const o = stack.pop()!;
      o.traverse((p) => {
        if (!seen.has(p) && this.isLive(p)) {
          seen.add(p);
          stack.push(p);
        }
      });
    }
    return seen;
  }
}

/** Formats a report for people: one line per finding, each starting with `prefix`. */
export function formatReport(r: CheckReport | LeakReport, prefix: string): string[] {
  const out: string[] = [];
  for (const v of r.violations) out.push(prefix + formatViolation(v));
  if (r.more > 0) out.push(`${prefix}... and ${r.more} more`);
  if ('cycles' in r) {
    for (const c of r.cycles) out.push(`${prefix}uncollected cycle: ${c.size} object(s): ${c.sample.join(', ')}${c.size > c.sample.length ? ', ...' : ''}`);
  }
  return out;
}

export function formatViolation(v: Violation): string {
  switch (v.kind) {
    case 'refcount': {
      const counted = v.fromObjects + v.fromRoots;
      const why = v.rc > counted ? `leak: ${v.rc - counted} reference(s) unaccounted for` : `${counted - v.rc} reference(s) not counted`;
      const roots = v.roots.length > 0 ? ` [roots: ${v.roots.join('; ')}]` : '';
      return `refcount ${v.desc} at ${hex(v.addr)}: rc=${v.rc}, references=${counted} (${v.fromObjects} from objects, ${v.fromRoots} from roots) — ${why}${roots}`;
    }
    case 'zero-rc':
      return `zero-rc ${v.desc} at ${hex(v.addr)}: live with rc=${v.rc}`;
    case 'static': {
      const why = v.now > v.was
        ? `${v.now - v.was} reference(s) unaccounted for (leaked)`
        : `count fell ${v.was - v.now} below its references (released more often than taken)`;
      return `static ${v.desc} at ${hex(v.addr)}: ${why}; rc=${v.rc}, references=${v.refs} from objects and roots, static-held ${v.was} at start`;
    }
    case 'dead-ref':
      return `dead-ref ${v.desc} at ${hex(v.addr)}: freed object referenced from ${v.from}`;
    case 'block':
      return `block ${v.desc} at ${hex(v.addr)}: ${v.problem}`;
  }
}
