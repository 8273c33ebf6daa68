/**
 * Allocator.checkpoint/restore (heap/allocator.ts): after an excursion of any mallocs,
 * frees and reallocs (pools filled and emptied, arenas made and released, raw blocks,
 * free lists), restore(cp) gives an allocator indistinguishable from a twin that never
 * made the excursion: the same snapshot, block inventory and malloc statistics, and the
 * same addresses for the next requests. And ownedBlocksMatch tells when restoring is
 * sound (the excursion left live objects' blocks as it found them).
 */

import { describe, expect, it } from 'vitest';
import { Allocator } from '../../../src/heap/allocator.js';

const MiB = 1024 * 1024;

/** mulberry32: a small deterministic PRNG, so a failing seed can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A request size: mostly small classes, some 512-byte blocks (many pools), some raw. */
function size(r: () => number): number {
  const x = r();
  if (x < 0.7) return 1 + Math.floor(r() * 128);
  if (x < 0.93) return 385 + Math.floor(r() * 128);
  return 513 + Math.floor(r() * 4000);
}

/**
 * Runs `steps` random operations on `al`, keeping the blocks it holds in `held`: malloc,
 * free of a random held block, realloc, and now and then a burst of 512-byte blocks (new
 * pools, a new arena) freed again in random order (empty pools, arena release).
 */
function churn(al: Allocator, held: number[], r: () => number, steps: number): void {
  const take = (): number => {
    const i = Math.floor(r() * held.length);
    const b = held[i];
    held[i] = held[held.length - 1];
    held.pop();
    return b;
  };
  for (let s = 0; s < steps; s++) {
    const x = r();
    if (x < 0.5 || held.length === 0) held.push(al.malloc(size(r)));
    else if (x < 0.85) al.free(take());
    else if (x < 0.97) held.push(al.realloc(take(), size(r)));
    else {
      const burst: number[] = [];
      const n = 31 * (10 + Math.floor(r() * 120));
      for (let i = 0; i < n; i++) burst.push(al.malloc(512));
      while (burst.length > 0) {
        const i = Math.floor(r() * burst.length);
        al.free(burst[i]);
        burst[i] = burst[burst.length - 1];
        burst.pop();
      }
    }
  }
}

/** Everything observable about an allocator, as one string. */
function picture(al: Allocator): string {
  const ib = al.inspectBlocks();
  return JSON.stringify({
    snapshot: al.snapshot(),
    blocks: [...ib.blocks.entries()].sort((x, y) => x[0] - y[0]),
    badPools: ib.badPools,
    blocksInUse: ib.blocksInUse,
    poolTotal: ib.poolTotal,
    stats: al.debugStats(),
    bytes: al.bytesInUse,
    arenas: al.arenasAllocated,
    freeLists: al.freeListBlocks(),
  });
}

/** The addresses a fixed sequence of requests gets next (with frees in between). */
function nextAddresses(al: Allocator, seed: number, n: number): number[] {
  const r = rng(seed);
  const out: number[] = [];
  const held: number[] = [];
  for (let i = 0; i < n; i++) {
    if (held.length > 0 && r() < 0.3) {
      const j = Math.floor(r() * held.length);
      al.free(held[j]);
      held.splice(j, 1);
    } else {
      const b = al.malloc(size(r));
      held.push(b);
      out.push(b);
    }
  }
  return out;
}

/** Two allocators in the same state: the same seed of churn on both. */
function twins(seed: number, startupFreeLists: boolean): { a: Allocator; b: Allocator; heldA: number[]; heldB: number[] } {
  const a = new Allocator(512 * MiB, { startupFreeLists });
  const b = new Allocator(512 * MiB, { startupFreeLists });
  const heldA: number[] = [], heldB: number[] = [];
  churn(a, heldA, rng(seed), 3000);
  churn(b, heldB, rng(seed), 3000);
  return { a, b, heldA, heldB };
}

describe('Allocator.checkpoint / restore', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`after an excursion (seed ${seed}), restore gives the state and next addresses of a twin that made none`, () => {
      const { a, b, heldA } = twins(seed, seed % 2 === 0);
      const before = picture(a);
      expect(picture(b)).toBe(before);
      const cp = a.checkpoint();
      // The excursion may free blocks that were held before it: restore is exact anyway.
      const excursion = heldA.slice();
      churn(a, excursion, rng(seed * 7919), 2000);
      // Type free lists permuted and refilled, as dying objects would.
      const fl = a.freeLists;
      const parked = fl.float.blocks.slice();
      while (fl.float.take() !== 0);
      for (const blk of parked.reverse()) fl.float.park(blk);
      fl.list.park(a.malloc(fl.list.request));
      const t = fl.tuple[3].take();
      if (t !== 0) a.free(t);
      expect(picture(a)).not.toBe(before);
      a.restore(cp);
      expect(a.inspectBlocks().badPools).toEqual([]);
      expect(picture(a)).toBe(before);
      expect(nextAddresses(a, seed + 100, 3000)).toEqual(nextAddresses(b, seed + 100, 3000));
      expect(picture(a)).toBe(picture(b));
    });
  }

  it('a checkpoint can be restored more than once', () => {
    const { a, b, heldA } = twins(11, true);
    const cp = a.checkpoint();
    const before = picture(a);
    for (let round = 0; round < 3; round++) {
      churn(a, heldA.slice(), rng(round + 50), 1500);
      a.restore(cp);
      expect(picture(a)).toBe(before);
    }
    expect(nextAddresses(a, 9, 2000)).toEqual(nextAddresses(b, 9, 2000));
  });

  it('restores arenas released and created during the excursion, and the arena counters', () => {
    const a = new Allocator(512 * MiB, { startupFreeLists: false });
    const b = new Allocator(512 * MiB, { startupFreeLists: false });
    // Three arenas' worth of 512-byte blocks; the middle arena is emptied.
    const fill = (al: Allocator): number[] => {
      const blocks: number[] = [];
      for (let i = 0; i < 31 * 62 * 3; i++) blocks.push(al.malloc(512));
      return blocks;
    };
    const blocksA = fill(a);
    fill(b);
    const before = picture(a);
    const cp = a.checkpoint();
    // Release the first arena (all its pools emptied), then make more than ever before.
    for (const blk of blocksA.slice(0, 31 * 62)) a.free(blk);
    for (let i = 0; i < 31 * 62 * 4; i++) a.malloc(512);
    expect(a.debugStats().arenasAllocatedTotal).toBeGreaterThan(3);
    a.restore(cp);
    expect(picture(a)).toBe(before);
    expect(nextAddresses(a, 3, 5000)).toEqual(nextAddresses(b, 3, 5000));
  });

  it('the checkpoint copies: later changes do not reach it', () => {
    const { a, heldA } = twins(21, false);
    const cp = a.checkpoint();
    const before = picture(a);
    churn(a, heldA.slice(), rng(99), 2000);
    const cp2 = a.checkpoint();
    const middle = picture(a);
    a.restore(cp);
    expect(picture(a)).toBe(before);
    a.restore(cp2);
    expect(picture(a)).toBe(middle);
  });

  it('refuses a checkpoint of another allocator', () => {
    const a = new Allocator(MiB, { startupFreeLists: false });
    const b = new Allocator(MiB, { startupFreeLists: false });
    expect(() => a.restore(b.checkpoint())).toThrow(/another allocator/);
  });
});

describe('Allocator.ownedBlocksMatch', () => {
  const setup = () => {
    const { a, heldA } = twins(31, true);
    return { a, held: heldA, cp: a.checkpoint() };
  };

  it('holds after a balanced excursion, whatever order the temporaries died in', () => {
    const { a, cp } = setup();
    const tmp: number[] = [];
    const r = rng(5);
    for (let i = 0; i < 5000; i++) tmp.push(a.malloc(size(r)));
    for (let i = 0; i < tmp.length; i += 2) a.free(tmp[i]);
    for (let i = 1; i < tmp.length; i += 2) a.free(tmp[i]);
    expect(a.ownedBlocksMatch(cp)).toBe(true);
  });

  it('holds when the excursion parked new blocks on a free list or took parked ones back to pymalloc', () => {
    const { a, cp } = setup();
    const fl = a.freeLists;
    for (let i = 0; i < 30; i++) fl.float.park(a.malloc(fl.float.request));
    const t = fl.dict.take();
    expect(t).not.toBe(0);
    a.free(t);
    expect(a.ownedBlocksMatch(cp)).toBe(true);
    a.restore(cp);
    expect(a.inspectBlocks().badPools).toEqual([]);
  });

  it('fails when the excursion kept a block, freed a held one, or moved one on or off a free list', () => {
    {
      const { a, cp } = setup();
      a.malloc(40);
      expect(a.ownedBlocksMatch(cp)).toBe(false);
    }
    {
      const { a, cp } = setup();
      a.malloc(5000);
      expect(a.ownedBlocksMatch(cp)).toBe(false);
    }
    {
      const { a, held, cp } = setup();
      a.free(held[0]);
      expect(a.ownedBlocksMatch(cp)).toBe(false);
    }
    {
      // A held block parked: the object holding it died and went to a free list. (Free
      // lists only ever get pymalloc blocks; the check does not rely on it: raw too.)
      for (const raw of [false, true]) {
        const { a, held, cp } = setup();
        const blk = held.find((b) => a.blockAt(b)?.size === 32 && (b < 0x7f0000000000) === raw)!;
        expect(blk).toBeDefined();
        a.freeLists.float.park(blk);
        expect(a.ownedBlocksMatch(cp)).toBe(false);
      }
    }
    {
      // A parked block taken by an object that is still alive.
      const { a, cp } = setup();
      expect(a.freeLists.list.take()).not.toBe(0);
      expect(a.ownedBlocksMatch(cp)).toBe(false);
    }
  });
});
