/**
 * A read-only picture of the allocator (Allocator.snapshot()), as plain data: what
 * `:pools`, `:arenas`, `:sizeof`, `sys._debugmallocstats()` and `--stats` show. Taking it
 * changes nothing (no allocation in the simulated heap, no reordering).
 *
 * Terms as in Objects/obmalloc.c (3.11): a size class `szidx` serves requests of
 * (szidx * 16 + 1)..(szidx + 1) * 16 bytes; a pool (16 KiB, 48-byte header) serves one
 * class; an arena (1 MiB) holds 63 usable pools (64 when it happens to be pool-aligned).
 */

export interface SizeClassStats {
  szidx: number;
  /** Bytes per block: (szidx + 1) * 16. */
  blockSize: number;
  /** Pools currently assigned to this class (partly or wholly used). */
  pools: number;
  /** Blocks handed out and not freed. */
  usedBlocks: number;
  /** Blocks of this class's pools that are free (freed, or never used yet). */
  freeBlocks: number;
}

export interface PoolStats {
  /** The pool's base address. */
  base: number;
  /** Base address of the arena it belongs to. */
  arena: number;
  szidx: number;
  blockSize: number;
  /** Blocks the pool can hold: (16384 - 48) / blockSize, rounded down. */
  capacity: number;
  used: number;
  /** Per block in address order: true when handed out (for a pool's block strip). */
  map: boolean[];
}

export interface ArenaStats {
  base: number;
  /** Pools this arena can hold (63 or 64). */
  poolsTotal: number;
  /** Pools carved out and assigned to a size class, with at least one used block. */
  poolsUsed: number;
  /** Pools wholly empty (on the arena's free list, or never carved yet). */
  poolsFree: number;
  /** Bytes in used blocks / bytes the used pools could hold (fragmentation = 1 - this). */
  usedBytes: number;
  capacityBytes: number;
}

export interface AllocatorSnapshot {
  classes: SizeClassStats[];
  /** Arenas currently allocated, in CPython's usable_arenas order (most full first), then full ones. */
  arenas: ArenaStats[];
  /** Every pool assigned to a size class. */
  pools: PoolStats[];
  /** Arenas allocated since start, reclaimed (returned to the system), and the most at once. */
  arenasAllocatedTotal: number;
  arenasReclaimed: number;
  arenasHighWater: number;
  /** Requests over 512 bytes (the raw allocator): live count and bytes. */
  rawBlocks: number;
  rawBytes: number;
  /** Free lists (float, tuple by length, list, dict, dict keys): entries parked per list. */
  freeLists: { name: string; entries: number; blockSize: number }[];
}
