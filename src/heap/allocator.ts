/**
 * The allocator behind simulated addresses: a first model of pymalloc (Objects/obmalloc.c,
 * 3.11) that gives every object a 16-byte-aligned address and reuses freed blocks the way
 * pymalloc does.
 *
 * CPython's shape, kept here: requests of 1..512 bytes go to one of 32 size classes of
 * 16-byte steps (class = (n - 1) >> 4); each class carves blocks from 16 KiB pools with a
 * 48-byte header; pools come from 1 MiB arenas. A pool keeps a LIFO list of its freed
 * blocks and a bump offset (`nextoffset`) for never-used ones, so the most recently freed
 * block of a class is handed out first — which is why `id(A()) == id(A())` is True.
 * Larger requests go to the "system" (raw) allocator, tracked separately.
 *
 * Deliberately simplified for now (the pymalloc issue completes it behind this same
 * interface): arenas are never returned to the system and pools are not reordered
 * by fullness; every arena is treated as 16 KiB-aligned except for CPython's lost pool.
 */

export const ALIGNMENT = 16;
export const SMALL_REQUEST_THRESHOLD = 512;
export const POOL_SIZE = 16 * 1024;
export const POOL_OVERHEAD = 48;
export const ARENA_SIZE = 1024 * 1024;
/** Pools per arena: an mmap'd arena is page- but not pool-aligned, so one pool is lost. */
export const POOLS_PER_ARENA = 63;

/** Where simulated arenas start: a plausible 64-bit Linux mmap address. */
const ARENA_BASE = 0x7f3a5c000000;
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

export class MemoryLimitExceeded {
  constructor(readonly requested: number) {}
}

interface Pool {
  base: number;
  szidx: number;
  /** Block size in bytes. */
  size: number;
  /** Blocks allocated from this pool. */
  count: number;
  /** Freed blocks, reused LIFO (pymalloc's freeblock list). */
  freeblock: number[];
  /** Offset of the first never-used block. */
  nextoffset: number;
  maxnextoffset: number;
  /** True while linked in usedpools[szidx]. */
  inUsed: boolean;
}

export class Allocator {
  /** usedpools[c]: pools of class c with at least one free block, the head first. */
  private readonly usedpools: Pool[][] = Array.from({ length: 32 }, () => []);
  /** Empty pools ready to be given a size class (LIFO). */
  private readonly freepools: Pool[] = [];
  /**
   * Pools by page: poolPages[(base - ARENA_BASE) / POOL_SIZE]. Arenas are carved upwards
   * from ARENA_BASE, so the index is small and dense (an array, not a Map: free() looks
   * a pool up on every deallocation).
   */
  private readonly poolPages: (Pool | undefined)[] = [];
  private nextArena = ARENA_BASE;
  private arenaPoolsLeft = 0;
  private arenaNextPool = 0;
  arenasAllocated = 0;
  /** Raw allocations: address → size; freed addresses reused LIFO per size. */
  private readonly raw = new Map<number, number>();
  private readonly rawFree = new Map<number, number[]>();
  private rawNext = RAW_BASE;
  /** Bytes in arenas plus raw bytes currently allocated. */
  rawBytes = 0;
  blocksInUse = 0;

  constructor(readonly maxHeap: number) {}

  /**
   * Headroom beyond --max-heap granted when the limit is hit, so the MemoryError and its
   * traceback can still be made (CPython preallocates its MemoryErrors). Each grant allows
   * EMERGENCY_RESERVE bytes beyond what is in use at that moment.
   */
  private emergency = 0;
  grantEmergencyReserve(): void {
    this.emergency = Math.max(this.emergency, this.bytesInUse - this.maxHeap + EMERGENCY_RESERVE);
  }

  get bytesInUse(): number {
    return this.arenasAllocated * ARENA_SIZE + this.rawBytes;
  }

  /** pymalloc_alloc / PyMem_RawMalloc: returns the block's address. */
  malloc(n: number): number {
    if (n > SMALL_REQUEST_THRESHOLD || n === 0) return this.rawMalloc(n);
    const szidx = (n - 1) >> 4;
    const used = this.usedpools[szidx];
    let pool = used.length > 0 ? used[used.length - 1] : undefined;
    if (pool === undefined) pool = this.newPool(szidx);
    let block: number;
    if (pool.freeblock.length > 0) {
      block = pool.freeblock.pop()!;
    } else {
      block = pool.base + pool.nextoffset;
      pool.nextoffset += pool.size;
    }
    pool.count++;
    this.blocksInUse++;
    if (pool.freeblock.length === 0 && pool.nextoffset > pool.maxnextoffset) {
      // The pool is full: unlink it from usedpools.
      used.pop();
      pool.inUsed = false;
    }
    return block;
  }

  /** pymalloc_free / PyMem_RawFree. */
  free(addr: number): void {
    const pool = this.poolAt(addr);
    if (pool === undefined) {
      this.rawFreeBlock(addr);
      return;
    }
    pool.freeblock.push(addr);
    pool.count--;
    this.blocksInUse--;
    if (pool.count === 0) {
      // Wholly free: back to the free pools, to be reused by any size class.
      if (pool.inUsed) {
        const used = this.usedpools[pool.szidx];
        const i = used.lastIndexOf(pool);
        used.splice(i, 1);
        pool.inUsed = false;
      }
      pool.freeblock.length = 0;
      pool.nextoffset = POOL_OVERHEAD;
      this.freepools.push(pool);
    } else if (!pool.inUsed) {
      // It was full and now has a free block: link it at the front of usedpools, as
      // pymalloc does (the head of the list is used next).
      this.usedpools[pool.szidx].push(pool);
      pool.inUsed = true;
    }
  }

  // ---------------------------------------------------------------- inspection
  // Read-only views for the invariant checker (heap/check.ts); never used on the hot path.

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
   * each pool whose `count` disagrees with its blocks, and whether `blocksInUse` is the
   * sum of the pools' counts.
   */
  inspectBlocks(): { blocks: Map<number, number>; badPools: { base: number; count: number; used: number }[]; blocksInUse: number; poolTotal: number } {
    const blocks = new Map<number, number>();
    const badPools: { base: number; count: number; used: number }[] = [];
    let poolTotal = 0;
    const inFree = new Set(this.freepools);
    for (const pool of this.poolPages) {
      if (pool === undefined) continue;
      if (inFree.has(pool)) {
        if (pool.count !== 0) badPools.push({ base: pool.base, count: pool.count, used: 0 });
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
      if (used !== pool.count || free.size !== pool.freeblock.length) badPools.push({ base: pool.base, count: pool.count, used });
      poolTotal += pool.count;
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
      if (off < POOL_OVERHEAD || off >= pool.nextoffset) return null;
      const block = pool.base + POOL_OVERHEAD + Math.floor((off - POOL_OVERHEAD) / pool.size) * pool.size;
      return { block, size: pool.size };
    }
    for (const pre of [0, 16, 32]) {
      const size = this.raw.get(addr - pre);
      if (size !== undefined && size > pre) return { block: addr - pre, size };
    }
    return null;
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

  private newPool(szidx: number): Pool {
    let pool = this.freepools.pop();
    const size = (szidx + 1) << 4;
    if (pool === undefined) {
      if (this.arenaPoolsLeft === 0) this.newArena();
      const base = this.arenaNextPool;
      this.arenaNextPool += POOL_SIZE;
      this.arenaPoolsLeft--;
      pool = {
        base, szidx, size, count: 0, freeblock: [], nextoffset: POOL_OVERHEAD,
        maxnextoffset: POOL_SIZE - size, inUsed: false,
      };
      this.poolPages[(base - ARENA_BASE) / POOL_SIZE] = pool;
    } else {
      pool.szidx = szidx;
      pool.size = size;
      pool.maxnextoffset = POOL_SIZE - size;
    }
    this.usedpools[szidx].push(pool);
    pool.inUsed = true;
    return pool;
  }

  private newArena(): void {
    if (this.bytesInUse + ARENA_SIZE > this.maxHeap + this.emergency) throw new MemoryLimitExceeded(ARENA_SIZE);
    let base = this.nextArena;
    if (base < STATIC_SEGMENT_END && base + ARENA_SIZE > STATIC_SEGMENT_BASE) base = STATIC_SEGMENT_END;
    this.nextArena = base + ARENA_SIZE + 0x2000;
    this.arenasAllocated++;
    // The first pool starts at the next 16 KiB boundary above the page-aligned base (pools
    // must be 16 KiB-aligned: a block finds its pool by address >> 14, as pymalloc does).
    this.arenaNextPool = (Math.floor(base / POOL_SIZE) + 1) * POOL_SIZE;
    this.arenaPoolsLeft = POOLS_PER_ARENA;
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
}
