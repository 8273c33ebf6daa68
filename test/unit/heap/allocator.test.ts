/**
 * The pymalloc model (heap/allocator.ts) against obmalloc.c 3.11's rules: carving order,
 * LIFO block reuse, full and empty pools, arenas ordered most-used first, arena release
 * (keeping the last usable one), raw requests, realloc, and the snapshot.
 */

import { describe, expect, it } from 'vitest';
import { Allocator, ARENA_SIZE, POOL_OVERHEAD, POOL_SIZE, POOLS_PER_ARENA } from '../../../src/heap/allocator.js';
import { FreeLists } from '../../../src/heap/freelists.js';

const MiB = 1024 * 1024;
const fresh = (max = 256 * MiB) => new Allocator(max, { startupFreeLists: false });
/** Blocks of 512 bytes: 31 per pool. */
const BIG = 512;
const PER_POOL_512 = Math.floor((POOL_SIZE - POOL_OVERHEAD) / 512);
const poolOf = (a: number) => a - (a % POOL_SIZE);

/** Allocates whole pools of 512-byte blocks; returns the blocks, pool by pool. */
function fillPools(al: Allocator, pools: number): number[][] {
  const out: number[][] = [];
  for (let p = 0; p < pools; p++) {
    const blocks: number[] = [];
    for (let i = 0; i < PER_POOL_512; i++) blocks.push(al.malloc(BIG));
    out.push(blocks);
  }
  return out;
}

describe('pools', () => {
  it('carves a fresh pool in ascending address order after the 48-byte header', () => {
    const al = fresh();
    const a = al.malloc(24), b = al.malloc(32), c = al.malloc(17);
    expect(a % POOL_SIZE).toBe(POOL_OVERHEAD);
    expect(b - a).toBe(32);
    expect(c - b).toBe(32);
    // Another class gets its own pool.
    const d = al.malloc(64);
    expect(poolOf(d)).not.toBe(poolOf(a));
    expect(d % POOL_SIZE).toBe(POOL_OVERHEAD);
  });

  it('reuses freed blocks last in, first out', () => {
    const al = fresh();
    const xs = [al.malloc(64), al.malloc(64), al.malloc(64), al.malloc(64)];
    al.free(xs[1]);
    al.free(xs[3]);
    al.free(xs[0]);
    expect([al.malloc(64), al.malloc(64), al.malloc(64)]).toEqual([xs[0], xs[3], xs[1]]);
    // Then carving resumes after the highest block ever carved.
    expect(al.malloc(64)).toBe(xs[3] + 64);
  });

  it('moves to a new pool when one is full, and a freed block of the full pool is used next', () => {
    const al = fresh();
    const [first] = fillPools(al, 1);
    const next = al.malloc(BIG);
    expect(poolOf(next)).not.toBe(poolOf(first[0]));
    al.free(first[7]);
    expect(al.malloc(BIG)).toBe(first[7]);
    // The second pool is used again once the first is full.
    expect(al.malloc(BIG)).toBe(next + BIG);
  });

  it('gives an emptied pool to any class, and to its own class with its free list kept', () => {
    const al = fresh();
    const keep = al.malloc(BIG); // keeps the arena from being released
    const xs = [al.malloc(16), al.malloc(16), al.malloc(16)];
    const pool = poolOf(xs[0]);
    for (const x of xs) al.free(x);
    // Empty: on its arena's free pools, reused first for another class, from block 0.
    const y = al.malloc(48);
    expect(poolOf(y)).toBe(pool);
    expect(y).toBe(pool + POOL_OVERHEAD);
    al.free(y);
    const z = al.malloc(48); // same class again: the pool's free list is still valid
    expect(z).toBe(y);
    al.free(z);
    expect(al.malloc(16)).toBe(pool + POOL_OVERHEAD);
    al.free(keep);
  });

  it('keeps counts that add up (inspectBlocks)', () => {
    const al = fresh();
    const xs: number[] = [];
    for (let i = 0; i < 2000; i++) xs.push(al.malloc(1 + (i % 300)));
    for (let i = 0; i < 2000; i += 3) al.free(xs[i]);
    const r = al.inspectBlocks();
    expect(r.badPools).toEqual([]);
    expect(r.poolTotal).toBe(r.blocksInUse);
    expect(r.blocks.size).toBe(2000 - Math.ceil(2000 / 3));
  });
});

describe('arenas', () => {
  it('holds 63 pools (an mmap arena is not pool-aligned) and opens a second one after', () => {
    const al = fresh();
    const pools = fillPools(al, POOLS_PER_ARENA);
    expect(al.arenasAllocated).toBe(1);
    const bases = new Set(pools.map((p) => poolOf(p[0])));
    expect(bases.size).toBe(POOLS_PER_ARENA);
    const lo = Math.min(...bases), hi = Math.max(...bases);
    expect(hi - lo).toBe((POOLS_PER_ARENA - 1) * POOL_SIZE);
    al.malloc(BIG);
    expect(al.arenasAllocated).toBe(2);
    expect(al.bytesInUse).toBe(2 * ARENA_SIZE);
    const s = al.snapshot();
    expect(s.arenas.map((a) => [a.poolsTotal, a.poolsUsed, a.poolsFree])).toEqual([[63, 1, 62], [63, 63, 0]]);
  });

  it('returns a wholly free arena to the system, but keeps the last usable one', () => {
    const al = fresh();
    const a1 = fillPools(al, POOLS_PER_ARENA);
    const a2 = fillPools(al, 2);
    for (const p of a1) for (const b of p) al.free(b);
    // As a1 empties it slides right past a2 (61 free pools); wholly free, it is the last
    // usable arena, so it is kept (bpo-37257).
    let s = al.snapshot();
    expect(s.arenasReclaimed).toBe(0);
    expect(s.arenas.map((a) => a.poolsFree)).toEqual([61, 63]);
    for (const p of a2) for (const b of p) al.free(b);
    // Now a2 is wholly free with a1 after it: a2 goes back to the system.
    s = al.snapshot();
    expect(s.arenasAllocatedTotal).toBe(2);
    expect(s.arenasReclaimed).toBe(1);
    expect(s.arenasHighWater).toBe(2);
    expect(al.arenasAllocated).toBe(1);
    expect(al.bytesInUse).toBe(ARENA_SIZE);
    expect(s.arenas[0].base).toBeLessThan(a2[0][0]);
    // a1 serves again; the arena after it is mmap'd at a2's released address.
    const again = fillPools(al, POOLS_PER_ARENA + 1);
    expect(poolOf(again[0][0])).toBe(poolOf(a1[a1.length - 1][0]));
    expect(poolOf(again[POOLS_PER_ARENA][0])).toBe(poolOf(a2[0][0]));
    expect(al.inspectBlocks().badPools).toEqual([]);
  });

  it('takes new pools from the most used arena first (usable_arenas sorted by free pools)', () => {
    const al = fresh();
    const a1 = fillPools(al, POOLS_PER_ARENA);
    const a2 = fillPools(al, 10);
    const a1Base = poolOf(a1[0][0]);
    const inA1 = (x: number) => x >= a1Base && x < a1Base + ARENA_SIZE;
    // Empty three pools of a1: it has 3 free pools, a2 has 53: a1 comes first.
    for (const p of [a1[5], a1[6], a1[7]]) for (const b of p) al.free(b);
    const order = al.snapshot().arenas.map((a) => a.poolsFree);
    expect(order).toEqual([3, 53]);
    // A new pool (another size class) comes from a1, its most recently emptied pool first.
    const x = al.malloc(100);
    expect(inA1(x)).toBe(true);
    expect(poolOf(x)).toBe(poolOf(a1[7][0]));
    // Empty a2 except one pool: 62 free > a1's 2, order still [a1, a2].
    for (const p of a2.slice(1)) for (const b of p) al.free(b);
    expect(al.snapshot().arenas.map((a) => a.poolsFree)).toEqual([2, 62]);
    // Fill a1 again and empty most of it: it slides behind a2.
    for (const p of a1.slice(10, 60)) for (const b of p) al.free(b);
    expect(al.snapshot().arenas.map((a) => a.poolsFree)).toEqual([52, 62]);
    for (const p of a1.slice(0, 5)) for (const b of p) al.free(b);
    expect(al.snapshot().arenas.map((a) => a.poolsFree)).toEqual([57, 62]);
    expect(al.inspectBlocks().badPools).toEqual([]);
  });

  it('refuses an arena past the heap limit', () => {
    const al = fresh(ARENA_SIZE);
    fillPools(al, POOLS_PER_ARENA);
    expect(() => al.malloc(BIG)).toThrow();
  });
});

describe('raw requests and realloc', () => {
  it('sends 0 and > 512 bytes to the raw allocator', () => {
    const al = fresh();
    const small = al.malloc(512);
    const big = al.malloc(513);
    expect(al.snapshot().rawBlocks).toBe(1);
    expect(al.blockAt(big)).toEqual({ block: big, size: 528 });
    expect(Math.abs(big - small)).toBeGreaterThan(ARENA_SIZE);
    al.free(big);
    expect(al.snapshot().rawBlocks).toBe(0);
    expect(al.malloc(513)).toBe(big); // same size again: glibc's bins give it back
    al.malloc(0);
    expect(al.snapshot().rawBlocks).toBe(2);
  });

  it('keeps a pymalloc block when the new size fits and uses more than 3/4 of it', () => {
    const al = fresh();
    const a = al.malloc(128);
    expect(al.realloc(a, 120)).toBe(a);
    expect(al.realloc(a, 97)).toBe(a);
    const b = al.realloc(a, 96); // 96 * 4 = 384 is not > 128 * 3
    expect(b).not.toBe(a);
    const c = al.realloc(b, 200);
    expect(c).not.toBe(b);
    expect(al.malloc(96)).toBe(b); // b was freed
    const r = al.realloc(c, 0); // 0 bytes: the raw allocator
    expect(al.snapshot().rawBlocks).toBe(1);
    al.free(r);
    expect(al.inspectBlocks().badPools).toEqual([]);
  });
});

describe('free lists', () => {
  it('starts with the entries a fresh CPython 3.11 has', () => {
    const al = new Allocator(256 * MiB);
    const fl = al.freeLists;
    expect(fl.float.length).toBe(FreeLists.STARTUP.float);
    expect(fl.list.length).toBe(40);
    expect(fl.dict.length).toBe(FreeLists.STARTUP.dict);
    expect(fl.tuple.slice(1).map((l) => l.length)).toEqual(FreeLists.STARTUP.tuple);
    const parked = al.freeListBlocks();
    expect(parked.length).toBe(al.blocksInUse);
    expect(new Set(parked).size).toBe(parked.length);
  });

  it('parks up to capacity, LIFO, and clearFreeLists frees every parked block', () => {
    const al = fresh();
    const fl = al.freeLists.float;
    const blocks: number[] = [];
    for (let i = 0; i < 120; i++) blocks.push(al.malloc(24));
    let parked = 0;
    for (const b of blocks) {
      if (fl.park(b)) parked++;
      else al.free(b);
    }
    expect(parked).toBe(100);
    expect(fl.take()).toBe(blocks[99]);
    expect(fl.take()).toBe(blocks[98]);
    expect(al.blocksInUse).toBe(100);
    al.clearFreeLists();
    expect(fl.length).toBe(0);
    expect(al.blocksInUse).toBe(2);
  });
});

describe('snapshot', () => {
  it('describes classes, pools with block maps, arenas and free lists', () => {
    const al = fresh();
    const xs = [al.malloc(30), al.malloc(30), al.malloc(30), al.malloc(200)];
    al.free(xs[1]);
    const s = al.snapshot();
    expect(s.classes[1]).toEqual({ szidx: 1, blockSize: 32, pools: 1, usedBlocks: 2, freeBlocks: 508 });
    expect(s.classes[12]).toEqual({ szidx: 12, blockSize: 208, pools: 1, usedBlocks: 1, freeBlocks: 77 });
    const p = s.pools.find((q) => q.szidx === 1)!;
    expect(p.capacity).toBe(510);
    expect(p.map.slice(0, 4)).toEqual([true, false, true, false]);
    expect(s.arenas).toHaveLength(1);
    expect(s.arenas[0].usedBytes).toBe(2 * 32 + 208);
    expect(s.freeLists.map((f) => f.name)).toContain('tuple[20]');
    // Taking it changed nothing.
    expect(al.malloc(30)).toBe(xs[1]);
  });
});
