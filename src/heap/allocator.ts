/**
 * The allocator behind simulated addresses: CPython 3.11's pymalloc (Objects/obmalloc.c)
 * for requests of 1..512 bytes, a raw ("system malloc") allocator for the rest, and the
 * type free lists that sit on top of them (heap/freelists.ts).
 *
 * Structures, as obmalloc.c has them (cpython-memory-model.md §4):
 *   - 32 size classes of 16-byte steps: a request of n bytes is served by class
 *     (n - 1) >> 4, blocks of (class + 1) * 16 bytes.
 *   - Pools of 16 KiB with a 48-byte header, each serving one class at a time. A pool is
 *     *used* (linked in usedpools[class]: some blocks free), *full* (linked nowhere) or
 *     *empty* (count 0, on its arena's `freepools`). Freed blocks go on the pool's free
 *     list (LIFO); never-used blocks are carved in address order from `nextoffset`.
 *   - Arenas of 1 MiB (mmap'd, page- but not pool-aligned, so 63 pools each). An arena
 *     carves pools in address order from `poolAddress` and keeps emptied pools on its
 *     `freepools` stack (reused first). `usable` (usable_arenas) links the arenas that
 *     have a free pool, sorted by `nfreepools` ascending: the most used arena first, so
 *     allocation concentrates there and nearly empty arenas can drain. `nfp2lasta[k]` is
 *     the last arena of that list with k free pools, which keeps the re-sorting O(1).
 *   - An arena whose pools are all empty is returned to the system, unless it is the last
 *     arena of `usable` (kept to avoid allocate/free thrashing, bpo-37257). Its address
 *     can be handed out again by a later mmap (here: the lowest released address first).
 *
 * Invariants (checked by heap/check.ts through inspectBlocks):
 *   - pool.count = blocks handed out from the pool (carved and not on its free list);
 *   - a pool is in usedpools[pool.szidx] iff 0 < count and it has a free or uncarved block;
 *   - arena.nfreepools = empty pools on its freepools + pools not carved yet; the arena is
 *     in `usable` iff nfreepools > 0, and `usable` is sorted ascending by nfreepools;
 *   - blocksInUse = Σ pool counts (free-list blocks included: they are in use for pymalloc).
 * Every operation on the allocation and free paths is O(1).
 *
 * Representation: a pool's free list is a JS array used as a stack (its last element is
 * pymalloc's `freeblock` head); blocks are carved lazily, one at a time, which hands out
 * the same addresses in the same order as obmalloc's eager carving of one block ahead.
 */

import type { AllocTracer } from './tracer.js';
import { FreeLists, FreeList, TUPLE_FREELISTS, type FreeListsState } from './freelists.js';
import type { AllocatorSnapshot, ArenaStats, PoolStats, SizeClassStats } from './snapshot.js';

export const ALIGNMENT = 16;
export const SMALL_REQUEST_THRESHOLD = 512;
export const NUM_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
export const POOL_SIZE = 16 * 1024;
export const POOL_OVERHEAD = 48;
export const ARENA_SIZE = 1024 * 1024;
/** MAX_POOLS_IN_ARENA: pools in a pool-aligned arena; an unaligned one loses one. */
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE;
/** Pools per arena as memsnake places them: an mmap'd arena is page- but not pool-aligned. */
export const POOLS_PER_ARENA = MAX_POOLS_IN_ARENA - 1;

/** Where simulated arenas start: a plausible 64-bit Linux mmap address (pool-aligned). */
const ARENA_BASE = 0x7f3a5c000000;
/** mmap returns page-aligned addresses; arenas start one page past a pool boundary. */
const PAGE_SIZE = 0x1000;
/**
 * The interpreter's static data segment (objects/object.ts `staticAddr`: built-in types,
 * small ints, None...), 10 MiB above ARENA_BASE. Arenas skip it, or a program with more
 * than nine arenas would get objects at the addresses (the ids) of static ones.
 */
export const STATIC_SEGMENT_BASE = 0x7f3a5ca00000;
export const STATIC_SEGMENT_END = 0x7f3a60a00000;
/** Where raw (> 512 byte) allocations start: a plausible glibc heap address. */
const RAW_BASE = 0x55d4e8a00000;

/** See Allocator.grantEmergencyReserve. */
const EMERGENCY_RESERVE = 4 * ARENA_SIZE;

/** Radix tree of 3.11's arena map (64-bit): root 2^15 pointers, mid 2^15, bot 2^14 entries. */
const MAP_ROOT_BYTES = (1 << 15) * 8;
const MAP_MID_BYTES = (1 << 15) * 8;
const MAP_BOT_BYTES = (1 << 14) * 8;
/** A mid node covers 2^49 bytes of address space, a bot node 2^34. */
const MID_SPAN = 2 ** 49;
const BOT_SPAN = 2 ** 34;

export class MemoryLimitExceeded {
  constructor(readonly requested: number) {}
}

interface Pool {
  base: number;
  arena: Arena;
  /** Size class; -1 for a freshly carved pool that never served one (DUMMY_SIZE_IDX). */
  szidx: number;
  /** Block size in bytes. */
  size: number;
  /** Blocks handed out (ref.count). */
  count: number;
  /** Freed blocks, reused LIFO: the last element is the head of pymalloc's freeblock list. */
  freeblock: number[];
  /** Offset of the first never-carved block. */
  nextoffset: number;
  maxnextoffset: number;
  /** usedpools links while used (doubly linked, null-terminated); freepools link while empty. */
  nextpool: Pool | null;
  prevpool: Pool | null;
  /** True while linked in usedpools[szidx]. */
  inUsed: boolean;
}

interface Arena {
  /** Index of the descriptor (arena_object) in `arenas`. */
  index: number;
  /** Base address; 0 while the descriptor has no arena behind it. */
  base: number;
  /** First never-carved pool. */
  poolAddress: number;
  nfreepools: number;
  ntotalpools: number;
  /** Empty pools, a stack linked through pool.nextpool. */
  freepools: Pool | null;
  /** usable_arenas links. */
  nextarena: Arena | null;
  prevarena: Arena | null;
  /** Pools carved so far, in address order. */
  pools: Pool[];
}

/** A pool's mutable fields at a checkpoint (base and arena never change). */
interface PoolState {
  pool: Pool;
  szidx: number;
  size: number;
  count: number;
  freeblock: number[];
  nextoffset: number;
  maxnextoffset: number;
  nextpool: Pool | null;
  prevpool: Pool | null;
  inUsed: boolean;
}

/** An arena descriptor's mutable fields at a checkpoint (index never changes). */
interface ArenaState {
  arena: Arena;
  base: number;
  poolAddress: number;
  nfreepools: number;
  ntotalpools: number;
  freepools: Pool | null;
  nextarena: Arena | null;
  prevarena: Arena | null;
  pools: Pool[];
}

/**
 * Allocator.checkpoint(): a copy of everything malloc/free/realloc can change. Opaque to
 * callers; only the allocator that made it reads it (Allocator.restore).
 */
export interface AllocatorCheckpoint {
  readonly owner: Allocator;
  /** Every carved pool of every live arena, and every arena descriptor, live or not. */
  readonly pools: readonly PoolState[];
  readonly arenas: readonly ArenaState[];
  readonly usedHead: readonly (Pool | null)[];
  readonly unusedArenaObjects: readonly Arena[];
  readonly usable: Arena | null;
  readonly nfp2lasta: readonly (Arena | null)[];
  readonly nextArena: number;
  readonly releasedArenaBases: readonly number[];
  readonly narenasCurrent: number;
  readonly narenasTotal: number;
  readonly narenasHighWater: number;
  readonly mapMid: ReadonlySet<number>;
  readonly mapBot: ReadonlySet<number>;
  readonly raw: ReadonlyMap<number, number>;
  readonly rawFree: ReadonlyMap<number, readonly number[]>;
  readonly rawNext: number;
  readonly rawBytes: number;
  readonly blocksInUse: number;
  readonly emergency: number;
  readonly freeLists: FreeListsState;
}

/** Makes `to` an element-by-element copy of `from` (for the readonly arrays of the class). */
function replaceAll<T>(to: T[], from: readonly T[]): void {
  to.length = from.length;
  for (let i = 0; i < from.length; i++) to[i] = from[i];
}

function sameArray(x: readonly number[], y: readonly number[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** A pool's block layout (live or at a checkpoint) with its used blocks answerable. */
interface PoolView {
  base: number;
  szidx: number;
  size: number;
  nextoffset: number;
  freeblock: readonly number[];
  /** Whether block `b` (a block start of this pool's class, or any address) is handed out. */
  uses(b: number): boolean;
  /** Whether `ok` holds for every handed-out block. */
  everyUsed(ok: (b: number) => boolean): boolean;
}

/** A PoolView of a pool (or its checkpoint state) with count > 0; the free set is built lazily. */
function poolView(p: { count: number; szidx: number; size: number; nextoffset: number; freeblock: readonly number[]; pool?: Pool; base?: number }): PoolView {
  const base = p.pool !== undefined ? p.pool.base : p.base!;
  let free: Set<number> | null = null;
  const freeSet = (): Set<number> => (free ??= new Set(p.freeblock));
  return {
    base, szidx: p.szidx, size: p.size, nextoffset: p.nextoffset, freeblock: p.freeblock,
    uses(b) {
      const off = b - base;
      return off >= POOL_OVERHEAD && off < p.nextoffset && (off - POOL_OVERHEAD) % p.size === 0 && !freeSet().has(b);
    },
    everyUsed(ok) {
      for (let off = POOL_OVERHEAD; off < p.nextoffset; off += p.size) {
        const b = base + off;
        if (!freeSet().has(b) && !ok(b)) return false;
      }
      return true;
    },
  };
}

/** Numbers `sys._debugmallocstats()` prints (heap/mallocstats.ts formats them). */
export interface DebugStats {
  /** Per class: pools in use (count > 0), blocks in use, free blocks of those pools. */
  numpools: number[];
  numblocks: number[];
  numfreeblocks: number[];
  arenasAllocatedTotal: number;
  arenasHighWater: number;
  arenasCurrent: number;
  /** Empty + never-carved pools over all arenas. */
  unusedPools: number;
  /** Bytes lost to aligning arenas to pools (16 KiB per unaligned arena). */
  arenaAlignment: number;
  mapMidNodes: number;
  mapBotNodes: number;
  mapRootBytes: number;
  mapMidBytes: number;
  mapBotBytes: number;
}

export class Allocator {
  /** usedpools[c]: head of the list of class-c pools with a free block. */
  private readonly usedHead: (Pool | null)[] = new Array(NUM_SIZE_CLASSES).fill(null);
  /** Arena descriptors (arena_object), live or not. */
  private readonly arenas: Arena[] = [];
  /** Descriptors with no arena behind them, reused LIFO (unused_arena_objects). */
  private readonly unusedArenaObjects: Arena[] = [];
  /** usable_arenas: head of the list of arenas with a free pool, most used first. */
  private usable: Arena | null = null;
  /** nfp2lasta[k]: the last arena in `usable` with k free pools, or null. */
  private readonly nfp2lasta: (Arena | null)[] = new Array(MAX_POOLS_IN_ARENA + 1).fill(null);
  /**
   * Pools by page: poolPages[(base - ARENA_BASE) / POOL_SIZE]. Arenas lie above ARENA_BASE
   * in a compact range, so the index is small and dense (an array: free() looks a pool up
   * on every deallocation). Entries of released arenas are cleared.
   */
  private readonly poolPages: (Pool | undefined)[] = [];
  /** Next never-used arena address, and released arena addresses mmap may hand out again. */
  private nextArena = ARENA_BASE + PAGE_SIZE;
  private readonly releasedArenaBases: number[] = [];
  private narenasCurrent = 0;
  private narenasTotal = 0;
  private narenasHighWater = 0;
  /** Arena-map (radix tree) nodes ever created, by the address span they cover. */
  private readonly mapMid = new Set<number>();
  private readonly mapBot = new Set<number>();
  /** Raw allocations: address → size; freed addresses reused LIFO per size. */
  private readonly raw = new Map<number, number>();
  private readonly rawFree = new Map<number, number[]>();
  private rawNext = RAW_BASE;
  /** Bytes of raw allocations currently live. */
  rawBytes = 0;
  /** Blocks handed out by pymalloc (free-list blocks included). */
  blocksInUse = 0;
  /** The type free lists (floats, tuples, lists, dicts, dict keys). */
  readonly freeLists = new FreeLists();

  /**
   * `startupFreeLists` (default true) parks the entries a fresh CPython has on its free
   * lists when a script starts (FreeLists.STARTUP); allocator unit tests turn it off.
   */
  constructor(readonly maxHeap: number, opts: { startupFreeLists?: boolean } = {}) {
    if (opts.startupFreeLists ?? true) this.fillStartupFreeLists();
  }

  /**
   * Headroom beyond --max-heap granted when the limit is hit, so the MemoryError and its
   * traceback can still be made (CPython preallocates its MemoryErrors). Each grant allows
   * EMERGENCY_RESERVE bytes beyond what is in use at that moment.
   */
  private emergency = 0;
  grantEmergencyReserve(): void {
    this.emergency = Math.max(this.emergency, this.bytesInUse - this.maxHeap + EMERGENCY_RESERVE);
  }

  /** Arenas currently allocated. */
  get arenasAllocated(): number {
    return this.narenasCurrent;
  }

  /** Bytes taken from the system: arenas plus live raw allocations. */
  get bytesInUse(): number {
    return this.narenasCurrent * ARENA_SIZE + this.rawBytes;
  }

  // ------------------------------------------------------------ allocation and free

  /**
   * tracemalloc's hooks (heap/tracer.ts): null unless something traces, so an untraced
   * malloc, realloc or free pays one null check.
   */
  tracer: AllocTracer | null = null;

  /** _PyObject_Malloc: pymalloc for 1..512 bytes, else the raw allocator. Returns the block. */
  malloc(n: number): number {
    const block = this.mallocBlock(n);
    if (this.tracer !== null) this.tracer.onMalloc(block, n);
    return block;
  }

  private mallocBlock(n: number): number {
    if (n > SMALL_REQUEST_THRESHOLD || n <= 0) return this.rawMalloc(n);
    const szidx = (n - 1) >> 4;
    const pool = this.usedHead[szidx];
    if (pool === null) return this.allocateFromNewPool(szidx);
    pool.count++;
    this.blocksInUse++;
    const fb = pool.freeblock;
    let block: number;
    if (fb.length > 0) block = fb.pop()!;
    else {
      block = pool.base + pool.nextoffset;
      pool.nextoffset += pool.size;
    }
    if (fb.length === 0 && pool.nextoffset > pool.maxnextoffset) {
      // Full: unlink it (it is the head of its list).
      const next = pool.nextpool;
      this.usedHead[szidx] = next;
      if (next !== null) next.prevpool = null;
      pool.nextpool = null;
      pool.inUsed = false;
    }
    return block;
  }

  /** _PyObject_Free. */
  free(addr: number): void {
    if (this.tracer !== null) this.tracer.onFree(addr);
    const pool = this.poolAt(addr);
    if (pool === undefined) {
      this.rawFreeBlock(addr);
      return;
    }
    if (pool.count <= 0) throw new Error(`free of block 0x${addr.toString(16)} in an empty pool`);
    pool.freeblock.push(addr);
    pool.count--;
    this.blocksInUse--;
    if (!pool.inUsed) {
      // It was full: link it at the front of usedpools, so this very block is the next
      // one of its class handed out (insert_to_usedpool).
      const head = this.usedHead[pool.szidx];
      pool.prevpool = null;
      pool.nextpool = head;
      if (head !== null) head.prevpool = pool;
      this.usedHead[pool.szidx] = pool;
      pool.inUsed = true;
      return;
    }
    if (pool.count !== 0) return;
    this.insertToFreepool(pool);
  }

  /**
   * _PyObject_Realloc: a pymalloc block is kept when the new size fits and is more than
   * 3/4 of the block; otherwise a new block is allocated (pymalloc or raw, by the new
   * size — 0 bytes goes to the raw allocator) and the old one freed. A raw block stays
   * raw (system realloc): kept in place when it shrinks, moved when it grows.
   */
  realloc(addr: number, n: number): number {
    const nb = this.reallocBlock(addr, n);
    if (this.tracer !== null) {
      // tracemalloc_realloc: the old trace goes, the block is traced anew at this line.
      this.tracer.onFree(addr);
      this.tracer.onMalloc(nb, n);
    }
    return nb;
  }

  private reallocBlock(addr: number, n: number): number {
    if (addr === 0) return this.malloc(n);
    const pool = this.poolAt(addr);
    if (pool !== undefined) {
      if (n <= pool.size && 4 * n > 3 * pool.size) return addr;
      const nb = this.malloc(n);
      this.free(addr);
      return nb;
    }
    const old = this.raw.get(addr);
    if (old === undefined) throw new Error(`realloc of unknown block 0x${addr.toString(16)}`);
    const size = Math.max(16, (n + 15) & ~15);
    if (size <= old) {
      this.raw.set(addr, size);
      this.rawBytes -= old - size;
      return addr;
    }
    const nb = this.rawMalloc(n);
    this.rawFreeBlock(addr);
    return nb;
  }

  /** allocate_from_new_pool: class szidx has no used pool; take an empty pool. */
  private allocateFromNewPool(szidx: number): number {
    if (this.usable === null) {
      const a = this.newArena();
      a.nextarena = a.prevarena = null;
      this.usable = a;
      this.nfp2lasta[a.nfreepools] = a;
    }
    const ao = this.usable;
    // ao has the fewest free pools; taking one keeps the order. Fix nfp2lasta.
    if (this.nfp2lasta[ao.nfreepools] === ao) this.nfp2lasta[ao.nfreepools] = null;
    if (ao.nfreepools > 1) this.nfp2lasta[ao.nfreepools - 1] = ao;
    let pool = ao.freepools;
    if (pool !== null) {
      ao.freepools = pool.nextpool;
    } else {
      // Carve a new pool.
      pool = {
        base: ao.poolAddress, arena: ao, szidx: -1, size: 0, count: 0, freeblock: [],
        nextoffset: 0, maxnextoffset: 0, nextpool: null, prevpool: null, inUsed: false,
      };
      ao.poolAddress += POOL_SIZE;
      ao.pools.push(pool);
      this.poolPages[(pool.base - ARENA_BASE) / POOL_SIZE] = pool;
    }
    ao.nfreepools--;
    if (ao.nfreepools === 0) {
      // Wholly allocated: it leaves usable_arenas.
      const next = ao.nextarena;
      this.usable = next;
      if (next !== null) next.prevarena = null;
      ao.nextarena = null;
    }
    // Front-link to usedpools[szidx].
    const head = this.usedHead[szidx];
    pool.prevpool = null;
    pool.nextpool = head;
    if (head !== null) head.prevpool = pool;
    this.usedHead[szidx] = pool;
    pool.inUsed = true;
    pool.count = 1;
    this.blocksInUse++;
    let block: number;
    if (pool.szidx === szidx) {
      // It last served this class: its free list is still valid (LIFO continues).
      if (pool.freeblock.length > 0) block = pool.freeblock.pop()!;
      else {
        block = pool.base + pool.nextoffset;
        pool.nextoffset += pool.size;
      }
    } else {
      const size = (szidx + 1) << 4;
      pool.szidx = szidx;
      pool.size = size;
      pool.maxnextoffset = POOL_SIZE - size;
      pool.freeblock.length = 0;
      block = pool.base + POOL_OVERHEAD;
      pool.nextoffset = POOL_OVERHEAD + size;
    }
    return block;
  }

  /** insert_to_freepool: `pool` just became empty. */
  private insertToFreepool(pool: Pool): void {
    // Unlink from usedpools.
    const next = pool.nextpool, prev = pool.prevpool;
    if (prev === null) this.usedHead[pool.szidx] = next;
    else prev.nextpool = next;
    if (next !== null) next.prevpool = prev;
    pool.inUsed = false;
    pool.prevpool = null;
    const ao = pool.arena;
    pool.nextpool = ao.freepools;
    ao.freepools = pool;
    let nf = ao.nfreepools;
    const lastnf = this.nfp2lasta[nf];
    if (lastnf === ao) {
      const p = ao.prevarena;
      this.nfp2lasta[nf] = p !== null && p.nfreepools === nf ? p : null;
    }
    ao.nfreepools = ++nf;

    if (nf === ao.ntotalpools && ao.nextarena !== null) {
      // 1. Wholly free and not the last usable arena: back to the system.
      this.unlinkUsable(ao);
      this.releaseArena(ao);
      return;
    }
    if (nf === 1) {
      // 2. It was full: it joins usable_arenas at the head (it has the fewest free pools).
      ao.nextarena = this.usable;
      ao.prevarena = null;
      if (this.usable !== null) this.usable.prevarena = ao;
      this.usable = ao;
      if (this.nfp2lasta[1] === null) this.nfp2lasta[1] = ao;
      return;
    }
    if (this.nfp2lasta[nf] === null) this.nfp2lasta[nf] = ao;
    // 4. It was the rightmost with its old count: still in order.
    if (ao === lastnf) return;
    // 3. Slide it right, after the last arena with its old count.
    this.unlinkUsable(ao);
    const after = lastnf!;
    ao.prevarena = after;
    ao.nextarena = after.nextarena;
    if (ao.nextarena !== null) ao.nextarena.prevarena = ao;
    after.nextarena = ao;
  }

  private unlinkUsable(ao: Arena): void {
    if (ao.prevarena === null) this.usable = ao.nextarena;
    else ao.prevarena.nextarena = ao.nextarena;
    if (ao.nextarena !== null) ao.nextarena.prevarena = ao.prevarena;
    ao.nextarena = ao.prevarena = null;
  }

  /** new_arena: an arena descriptor (reused LIFO) and 1 MiB from "mmap". */
  private newArena(): Arena {
    if (this.bytesInUse + ARENA_SIZE > this.maxHeap + this.emergency) throw new MemoryLimitExceeded(ARENA_SIZE);
    let base: number;
    if (this.releasedArenaBases.length > 0) {
      // The lowest hole fits exactly: the address mmap would give back.
      let at = 0;
      for (let i = 1; i < this.releasedArenaBases.length; i++) if (this.releasedArenaBases[i] < this.releasedArenaBases[at]) at = i;
      base = this.releasedArenaBases[at];
      this.releasedArenaBases.splice(at, 1);
    } else {
      base = this.nextArena;
      if (base < STATIC_SEGMENT_END && base + ARENA_SIZE > STATIC_SEGMENT_BASE) base = STATIC_SEGMENT_END + PAGE_SIZE;
      this.nextArena = base + ARENA_SIZE;
    }
    let ao = this.unusedArenaObjects.pop();
    if (ao === undefined) {
      ao = {
        index: this.arenas.length, base: 0, poolAddress: 0, nfreepools: 0, ntotalpools: 0,
        freepools: null, nextarena: null, prevarena: null, pools: [],
      };
      this.arenas.push(ao);
    }
    ao.base = base;
    ao.freepools = null;
    ao.pools = [];
    ao.poolAddress = base;
    ao.nfreepools = MAX_POOLS_IN_ARENA;
    const excess = base % POOL_SIZE;
    if (excess !== 0) {
      ao.nfreepools--;
      ao.poolAddress += POOL_SIZE - excess;
    }
    ao.ntotalpools = ao.nfreepools;
    // arena_map_mark_used: nodes for the arena's first and (unaligned) last ideal arena.
    for (const a of excess !== 0 ? [base, base + ARENA_SIZE] : [base]) {
      this.mapMid.add(Math.floor(a / MID_SPAN));
      this.mapBot.add(Math.floor(a / BOT_SPAN));
    }
    this.narenasCurrent++;
    this.narenasTotal++;
    if (this.narenasCurrent > this.narenasHighWater) this.narenasHighWater = this.narenasCurrent;
    return ao;
  }

  /** Returns a wholly free arena to the system (munmap); its descriptor becomes unused. */
  private releaseArena(ao: Arena): void {
    for (const p of ao.pools) this.poolPages[(p.base - ARENA_BASE) / POOL_SIZE] = undefined;
    this.releasedArenaBases.push(ao.base);
    ao.base = 0;
    ao.pools = [];
    ao.freepools = null;
    this.unusedArenaObjects.push(ao);
    this.narenasCurrent--;
  }

  private rawMalloc(n: number): number {
    const size = Math.max(16, (n + 15) & ~15);
    if (this.bytesInUse + size > this.maxHeap + this.emergency) throw new MemoryLimitExceeded(n);
    const reuse = this.rawFree.get(size);
    let addr: number;
    if (reuse !== undefined && reuse.length > 0) addr = reuse.pop()!;
    else {
      addr = this.rawNext;
      this.rawNext += size + 16; // malloc's chunk header
    }
    this.raw.set(addr, size);
    this.rawBytes += size;
    return addr;
  }

  private rawFreeBlock(addr: number): void {
    const size = this.raw.get(addr);
    if (size === undefined) throw new Error(`free of unknown block 0x${addr.toString(16)}`);
    this.raw.delete(addr);
    this.rawBytes -= size;
    let list = this.rawFree.get(size);
    if (list === undefined) this.rawFree.set(size, (list = []));
    list.push(addr);
  }

  /** The pool whose page contains addr (undefined for raw blocks). */
  private poolAt(addr: number): Pool | undefined {
    if (addr < ARENA_BASE) return undefined;
    return this.poolPages[Math.floor((addr - ARENA_BASE) / POOL_SIZE)];
  }

  /** The block size a request of n bytes really occupies. */
  static blockSize(n: number): number {
    return n > SMALL_REQUEST_THRESHOLD ? n : ((n + 15) & ~15);
  }

  // ------------------------------------------------------------------- free lists

  /** Parks `n` fresh blocks on each free list: the entries a fresh interpreter has. */
  private fillStartupFreeLists(): void {
    const s = FreeLists.STARTUP, fl = this.freeLists;
    const fill = (list: FreeList, n: number): void => {
      for (let i = 0; i < n; i++) list.park(this.malloc(list.request));
    };
    fill(fl.dictKeys, s.dictKeys);
    fill(fl.dict, s.dict);
    fill(fl.list, s.list);
    fill(fl.float, s.float);
    for (let n = 1; n <= TUPLE_FREELISTS; n++) fill(fl.tuple[n], s.tuple[n - 1]);
  }

  /** Every block parked on a free list (the invariant checker counts them as owned). */
  freeListBlocks(): number[] {
    const out: number[] = [];
    for (const l of this.freeLists.all()) out.push(...l.blocks);
    return out;
  }

  /**
   * Empties every free list into pymalloc, in 3.11's order (clear_freelists: tuples by
   * length, floats, lists, dicts, dict keys; each list from its most recent entry). A
   * generation-2 collection does this.
   */
  clearFreeLists(): void {
    const fl = this.freeLists;
    const drain = (list: FreeList): void => {
      for (let b = list.take(); b !== 0; b = list.take()) this.free(b);
    };
    for (let n = 1; n <= TUPLE_FREELISTS; n++) drain(fl.tuple[n]);
    drain(fl.float);
    drain(fl.list);
    drain(fl.dict);
    drain(fl.dictKeys);
  }

  // ------------------------------------------------------- checkpoint and restore
  // An excursion the allocator can be taken back from (`:sizeof EXPR` evaluates EXPR
  // between the two): checkpoint() copies everything a malloc, free or realloc can change,
  // restore(cp) puts it back, so that afterwards snapshot(), inspectBlocks() and every
  // later malloc are exactly what they would have been had the excursion never happened.
  // The copy is one record per carved pool (its free-block array copied: at most ~1000
  // numbers, usually a handful) and per arena descriptor, plus the raw allocations;
  // neither side touches a block otherwise. Restoring is only sound when the excursion
  // left the same blocks in use (usedBlocksMatch): else some live object's block would
  // become free, or a dead one's used, under its owner.

  /** Copies the allocator's mutable state; see restore. */
  checkpoint(): AllocatorCheckpoint {
    const pools: PoolState[] = [];
    const arenas: ArenaState[] = [];
    for (const a of this.arenas) {
      arenas.push({
        arena: a, base: a.base, poolAddress: a.poolAddress, nfreepools: a.nfreepools, ntotalpools: a.ntotalpools,
        freepools: a.freepools, nextarena: a.nextarena, prevarena: a.prevarena, pools: a.pools.slice(),
      });
      // Pools of a descriptor without an arena are unreachable (pools = []): nothing to keep.
      for (const p of a.pools) {
        pools.push({
          pool: p, szidx: p.szidx, size: p.size, count: p.count, freeblock: p.freeblock.slice(), nextoffset: p.nextoffset,
          maxnextoffset: p.maxnextoffset, nextpool: p.nextpool, prevpool: p.prevpool, inUsed: p.inUsed,
        });
      }
    }
    const rawFree = new Map<number, number[]>();
    for (const [size, list] of this.rawFree) rawFree.set(size, list.slice());
    return {
      owner: this, pools, arenas,
      usedHead: this.usedHead.slice(),
      unusedArenaObjects: this.unusedArenaObjects.slice(),
      usable: this.usable,
      nfp2lasta: this.nfp2lasta.slice(),
      nextArena: this.nextArena,
      releasedArenaBases: this.releasedArenaBases.slice(),
      narenasCurrent: this.narenasCurrent, narenasTotal: this.narenasTotal, narenasHighWater: this.narenasHighWater,
      mapMid: new Set(this.mapMid), mapBot: new Set(this.mapBot),
      raw: new Map(this.raw), rawFree, rawNext: this.rawNext, rawBytes: this.rawBytes,
      blocksInUse: this.blocksInUse, emergency: this.emergency,
      freeLists: this.freeLists.save(),
    };
  }

  /**
   * Puts back the state of `cp` (taken from this allocator). The checkpoint stays valid:
   * it is copied again, never shared with the live structures, so it can be restored more
   * than once. Sound only when usedBlocksMatch(cp) (see the section comment).
   */
  restore(cp: AllocatorCheckpoint): void {
    if (cp.owner !== this) throw new Error('restore of another allocator\'s checkpoint');
    // poolPages is a function of the live arenas' pools (set when a pool is carved,
    // cleared when its arena is released): clear today's, then set the checkpoint's.
    for (const a of this.arenas) for (const p of a.pools) this.poolPages[(p.base - ARENA_BASE) / POOL_SIZE] = undefined;
    // Descriptors are only ever appended: the ones made since the checkpoint go.
    this.arenas.length = cp.arenas.length;
    for (const s of cp.arenas) {
      const a = s.arena;
      a.base = s.base;
      a.poolAddress = s.poolAddress;
      a.nfreepools = s.nfreepools;
      a.ntotalpools = s.ntotalpools;
      a.freepools = s.freepools;
      a.nextarena = s.nextarena;
      a.prevarena = s.prevarena;
      a.pools = s.pools.slice();
      for (const p of a.pools) this.poolPages[(p.base - ARENA_BASE) / POOL_SIZE] = p;
    }
    for (const s of cp.pools) {
      const p = s.pool;
      p.szidx = s.szidx;
      p.size = s.size;
      p.count = s.count;
      p.freeblock = s.freeblock.slice();
      p.nextoffset = s.nextoffset;
      p.maxnextoffset = s.maxnextoffset;
      p.nextpool = s.nextpool;
      p.prevpool = s.prevpool;
      p.inUsed = s.inUsed;
    }
    replaceAll(this.usedHead, cp.usedHead);
    replaceAll(this.unusedArenaObjects, cp.unusedArenaObjects);
    this.usable = cp.usable;
    replaceAll(this.nfp2lasta, cp.nfp2lasta);
    this.nextArena = cp.nextArena;
    replaceAll(this.releasedArenaBases, cp.releasedArenaBases);
    this.narenasCurrent = cp.narenasCurrent;
    this.narenasTotal = cp.narenasTotal;
    this.narenasHighWater = cp.narenasHighWater;
    this.mapMid.clear();
    for (const k of cp.mapMid) this.mapMid.add(k);
    this.mapBot.clear();
    for (const k of cp.mapBot) this.mapBot.add(k);
    this.raw.clear();
    for (const [addr, size] of cp.raw) this.raw.set(addr, size);
    this.rawFree.clear();
    for (const [size, list] of cp.rawFree) this.rawFree.set(size, list.slice());
    this.rawNext = cp.rawNext;
    this.rawBytes = cp.rawBytes;
    this.blocksInUse = cp.blocksInUse;
    this.emergency = cp.emergency;
    this.freeLists.restore(cp.freeLists);
  }

  /**
   * Whether the blocks *owned* now — handed out and not parked on a type free list, i.e.
   * held by live objects — are exactly those owned at `cp`. Then restore(cp) changes no
   * block a live object holds: what it frees again was made and dropped (or parked) by the
   * excursion, what it marks used again is parked again. Otherwise the excursion kept or
   * freed something, and restoring would corrupt the heap.
   *
   * Only differences are visited: raw allocations, the blocks of each pool that can differ
   * (free blocks then or now, and the carving between the two `nextoffset`s; every block
   * when the pool changed class or has used blocks on one side only), and the free lists.
   */
  ownedBlocksMatch(cp: AllocatorCheckpoint): boolean {
    if (cp.owner !== this) throw new Error('comparison with another allocator\'s checkpoint');
    // Raw blocks: the same, with the same sizes (a parked one is dealt with below).
    if (this.raw.size !== cp.raw.size) return false;
    for (const [addr, size] of cp.raw) if (this.raw.get(addr) !== size) return false;
    const parkedThen = new Set<number>();
    for (const l of cp.freeLists) for (const blk of l) parkedThen.add(blk);
    const parkedNow = new Set(this.freeListBlocks());
    const then = new Map<number, PoolView>();
    for (const s of cp.pools) if (s.count > 0) then.set(this.blockKey(s.pool.base), poolView(s));
    const now = new Map<number, PoolView>();
    for (const a of this.arenas) {
      if (a.base === 0) continue;
      for (const p of a.pools) if (p.count > 0) now.set(this.blockKey(p.base), poolView(p));
    }
    const usedIn = (views: Map<number, PoolView>, raw: ReadonlyMap<number, number>, b: number): boolean => {
      if (raw.has(b)) return true;
      const v = views.get(this.blockKey(b - (b % POOL_SIZE)));
      return v !== undefined && v.uses(b);
    };
    // A block used on one side only must be parked on that side.
    const same = (b: number, t: PoolView | undefined, n: PoolView | undefined): boolean => {
      const ut = t !== undefined && t.uses(b), un = n !== undefined && n.uses(b);
      return ut === un || (ut ? parkedThen.has(b) : parkedNow.has(b));
    };
    for (const [key, t] of then) {
      const n = now.get(key);
      if (n === undefined || n.szidx !== t.szidx) {
        // Different blocks altogether: each side's used blocks must all be parked.
        if (!t.everyUsed((b) => parkedThen.has(b))) return false;
        if (n !== undefined && !n.everyUsed((b) => parkedNow.has(b))) return false;
        continue;
      }
      if (t.nextoffset === n.nextoffset && sameArray(t.freeblock, n.freeblock)) continue; // untouched
      for (const b of t.freeblock) if (!same(b, t, n)) return false;
      for (const b of n.freeblock) if (!same(b, t, n)) return false;
      const lo = Math.min(t.nextoffset, n.nextoffset), hi = Math.max(t.nextoffset, n.nextoffset);
      for (let off = lo; off < hi; off += t.size) if (!same(t.base + off, t, n)) return false;
    }
    for (const [key, n] of now) {
      if (!then.has(key) && !n.everyUsed((b) => parkedNow.has(b))) return false;
    }
    // A block used on both sides must be parked on both or on neither.
    for (const b of parkedNow) if (!parkedThen.has(b) && usedIn(then, cp.raw, b)) return false;
    for (const b of parkedThen) if (!parkedNow.has(b) && usedIn(now, this.raw, b)) return false;
    return true;
  }

  // ---------------------------------------------------------------- inspection
  // Read-only views for the invariant checker (heap/check.ts), the inspectors and
  // sys._debugmallocstats; never used on the hot path.

  /** Live arenas: usable_arenas order (most used first), then the full ones by address. */
  private liveArenas(): Arena[] {
    const out: Arena[] = [];
    for (let a = this.usable; a !== null; a = a.nextarena) out.push(a);
    const full = this.arenas.filter((a) => a.base !== 0 && a.nfreepools === 0).sort((x, y) => x.base - y.base);
    return out.concat(full);
  }

  /**
   * A small integer naming a block (pool or raw), unique per address, for the checker's
   * maps: V8 hashes non-Smi numbers such as these addresses slowly.
   */
  blockKey(block: number): number {
    return block >= ARENA_BASE ? ((block - ARENA_BASE) / ALIGNMENT) * 2 : ((block - RAW_BASE) / ALIGNMENT) * 2 + 1;
  }

  /**
   * Every block currently handed out, by blockKey → block address: pool blocks below
   * `nextoffset` that are not on the pool's free list, then raw allocations. Also reports
   * each pool whose `count` disagrees with its blocks (or whose list membership is wrong),
   * and whether `blocksInUse` is the sum of the pools' counts.
   */
  inspectBlocks(): { blocks: Map<number, number>; badPools: { base: number; count: number; used: number }[]; blocksInUse: number; poolTotal: number } {
    const blocks = new Map<number, number>();
    const badPools: { base: number; count: number; used: number }[] = [];
    let poolTotal = 0;
    const inUsedList = new Set<Pool>();
    for (const head of this.usedHead) for (let p = head; p !== null; p = p.nextpool) inUsedList.add(p);
    for (const a of this.arenas) {
      if (a.base === 0) continue;
      for (const pool of a.pools) {
        if (pool.count === 0) {
          if (pool.inUsed) badPools.push({ base: pool.base, count: 0, used: -1 });
          continue;
        }
        const free = new Set<number>();
        for (const b of pool.freeblock) free.add(this.blockKey(b));
        let used = 0;
        for (let off = POOL_OVERHEAD; off < pool.nextoffset; off += pool.size) {
          const b = pool.base + off;
          const k = this.blockKey(b);
          if (free.has(k)) continue;
          blocks.set(k, b);
          used++;
        }
        const hasRoom = pool.freeblock.length > 0 || pool.nextoffset <= pool.maxnextoffset;
        if (used !== pool.count || free.size !== pool.freeblock.length || hasRoom !== inUsedList.has(pool)) {
          badPools.push({ base: pool.base, count: pool.count, used });
        }
        poolTotal += pool.count;
      }
    }
    for (const addr of this.raw.keys()) blocks.set(this.blockKey(addr), addr);
    return { blocks, badPools, blocksInUse: this.blocksInUse, poolTotal };
  }

  /**
   * The block, used or not, that `addr` lies in, or null: in a pool, the block of the
   * pool's size class covering it (below the pool's `nextoffset`); else a raw allocation
   * starting at addr, addr-16 or addr-32 (an object's address is its block plus a
   * 0/16/32-byte pre-header).
   */
  blockAt(addr: number): { block: number; size: number } | null {
    const pool = this.poolAt(addr);
    if (pool !== undefined) {
      const off = addr - pool.base;
      if (pool.szidx < 0 || off < POOL_OVERHEAD || off >= pool.nextoffset) return null;
      const block = pool.base + POOL_OVERHEAD + Math.floor((off - POOL_OVERHEAD) / pool.size) * pool.size;
      return { block, size: pool.size };
    }
    for (const pre of [0, 16, 32]) {
      const size = this.raw.get(addr - pre);
      if (size !== undefined && size > pre) return { block: addr - pre, size };
    }
    return null;
  }

  /** Whether `block` is currently handed out (a used pool block or a live raw block). */
  isUsedBlock(block: number): boolean {
    const pool = this.poolAt(block);
    if (pool === undefined) return this.raw.has(block);
    const hit = this.blockAt(block);
    return hit !== null && hit.block === block && pool.count > 0 && !pool.freeblock.includes(block);
  }

  /** A plain-data picture of the allocator (heap/snapshot.ts); changes nothing. */
  snapshot(): AllocatorSnapshot {
    const classes: SizeClassStats[] = [];
    for (let c = 0; c < NUM_SIZE_CLASSES; c++) {
      classes.push({ szidx: c, blockSize: (c + 1) * 16, pools: 0, usedBlocks: 0, freeBlocks: 0 });
    }
    const arenas: ArenaStats[] = [];
    const pools: PoolStats[] = [];
    for (const a of this.liveArenas()) {
      let poolsUsed = 0, usedBytes = 0, capacityBytes = 0;
      for (const p of a.pools) {
        if (p.count === 0) continue;
        const capacity = Math.floor((POOL_SIZE - POOL_OVERHEAD) / p.size);
        const cs = classes[p.szidx];
        cs.pools++;
        cs.usedBlocks += p.count;
        cs.freeBlocks += capacity - p.count;
        poolsUsed++;
        usedBytes += p.count * p.size;
        capacityBytes += capacity * p.size;
        const map: boolean[] = new Array(capacity).fill(false);
        const carved = (p.nextoffset - POOL_OVERHEAD) / p.size;
        for (let i = 0; i < carved; i++) map[i] = true;
        for (const b of p.freeblock) map[(b - p.base - POOL_OVERHEAD) / p.size] = false;
        pools.push({ base: p.base, arena: a.base, szidx: p.szidx, blockSize: p.size, capacity, used: p.count, map });
      }
      arenas.push({ base: a.base, poolsTotal: a.ntotalpools, poolsUsed, poolsFree: a.nfreepools, usedBytes, capacityBytes });
    }
    pools.sort((x, y) => x.base - y.base);
    const freeLists = this.freeLists.all().map((l) => ({ name: l.name, entries: l.length, blockSize: Allocator.blockSize(l.request) }));
    return {
      classes,
      arenas,
      pools,
      arenasAllocatedTotal: this.narenasTotal,
      arenasReclaimed: this.narenasTotal - this.narenasCurrent,
      arenasHighWater: this.narenasHighWater,
      rawBlocks: this.raw.size,
      rawBytes: this.rawBytes,
      freeLists,
    };
  }

  /** The numbers of _PyObject_DebugMallocStats (heap/mallocstats.ts prints them). */
  debugStats(): DebugStats {
    const numpools = new Array(NUM_SIZE_CLASSES).fill(0);
    const numblocks = new Array(NUM_SIZE_CLASSES).fill(0);
    const numfreeblocks = new Array(NUM_SIZE_CLASSES).fill(0);
    let unusedPools = 0, arenaAlignment = 0;
    for (const a of this.arenas) {
      if (a.base === 0) continue;
      unusedPools += a.nfreepools;
      if (a.base % POOL_SIZE !== 0) arenaAlignment += POOL_SIZE;
      for (const p of a.pools) {
        if (p.count === 0) continue;
        numpools[p.szidx]++;
        numblocks[p.szidx] += p.count;
        numfreeblocks[p.szidx] += Math.floor((POOL_SIZE - POOL_OVERHEAD) / p.size) - p.count;
      }
    }
    return {
      numpools, numblocks, numfreeblocks,
      arenasAllocatedTotal: this.narenasTotal,
      arenasHighWater: this.narenasHighWater,
      arenasCurrent: this.narenasCurrent,
      unusedPools, arenaAlignment,
      mapMidNodes: this.mapMid.size,
      mapBotNodes: this.mapBot.size,
      mapRootBytes: MAP_ROOT_BYTES,
      mapMidBytes: MAP_MID_BYTES * this.mapMid.size,
      mapBotBytes: MAP_BOT_BYTES * this.mapBot.size,
    };
  }
}
