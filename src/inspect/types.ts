/**
 * The plain data the allocator inspectors send from the worker to the main thread: what
 * `:pools`, `:pools N`, `:arenas`, `:sizeof EXPR` and `--stats` show. The worker builds it
 * (inspect/allocator-view.ts, inspect/exit-stats.ts); the REPL renders it as text
 * (repl/render-*.ts) or prints it as one JSON object (`--json`). Everything here is
 * structured-clone and JSON safe: numbers, strings, booleans, arrays, plain objects.
 * Addresses are numbers (they fit in 2^53); renderers show them in hex.
 */

import type { ArenaStats, SizeClassStats } from '../heap/snapshot.js';
import type { RefsResult } from './refs-types.js';
import type { GcResult } from './gc-types.js';
import type { SnapshotDiff, SnapshotTaken } from './snapshot-types.js';
import type { GraphView } from './graph-types.js';

/** The inspector commands the worker serves (protocol.ts `inspect` request). */
export type InspectCommand = 'pools' | 'arenas' | 'sizeof' | 'refs' | 'why' | 'heap' | 'objects' | 'gc' | 'graph' | 'snapshot' | 'diff' | 'trace' | 'threshold';

/** Allocator totals shared by several views. */
export interface AllocatorTotals {
  arenas: number;
  arenasHighWater: number;
  arenasAllocatedTotal: number;
  arenasReclaimed: number;
  /** Pools assigned to a size class (with at least one used block). */
  pools: number;
  usedBlocks: number;
  /** Bytes in used pymalloc blocks (block sizes, not request sizes). */
  usedBlockBytes: number;
  freeBlocks: number;
  rawBlocks: number;
  rawBytes: number;
  /** Entries parked on the type free lists (their blocks count as used above). */
  freeListEntries: number;
}

/** `:pools`: the size-class table (classes with at least one pool). */
export interface PoolsView {
  command: 'pools';
  classes: SizeClassStats[];
  totals: AllocatorTotals;
}

/** One pool of `:pools N`. `map` has one character per block in address order: '1' used, '0' free. */
export interface PoolDetail {
  base: number;
  arena: number;
  capacity: number;
  used: number;
  map: string;
}

/** `:pools N`: one size class, each of its pools with its block map. */
export interface PoolClassView {
  command: 'pools';
  szidx: number;
  blockSize: number;
  pools: PoolDetail[];
  usedBlocks: number;
  freeBlocks: number;
}

/** `:arenas`: arenas in usable_arenas order (most used first), then full ones. */
export interface ArenasView {
  command: 'arenas';
  /** fragmentation = 1 - usedBytes / capacityBytes of the arena's used pools (0 when none). */
  arenas: (ArenaStats & { fragmentation: number })[];
  totals: AllocatorTotals;
}

/** Where one block lives. Pool blocks name their class, pool and arena; raw ones say raw. */
export interface BlockPlace {
  /** 'header' (the object's own block, pre-header included) or what the extra block holds. */
  role: string;
  addr: number;
  size: number;
  kind: 'pool' | 'raw';
  szidx?: number;
  pool?: number;
  arena?: number;
}

export interface TypeCount {
  type: string;
  count: number;
  bytes: number;
}

/** `:sizeof EXPR`. */
export interface SizeofView {
  command: 'sizeof';
  expr: string;
  type: string;
  addr: number;
  /** Statically allocated (small ints, one-character strs, None...): owns no block. */
  static: boolean;
  /** sys.getsizeof(value), or null when its __sizeof__ failed (see `sizeofError`). */
  getsizeof: number | null;
  sizeofError?: string;
  /**
   * The object and everything reachable from it through its references, each once;
   * static objects, types, modules and module namespaces are not counted (nor followed).
   * bytes: the sum of sys.getsizeof; blockBytes: the sum of the blocks they occupy.
   */
  deep: { objects: number; bytes: number; blockBytes: number; byType: TypeCount[] };
  /** The object's own blocks: its header block, then its auxiliary blocks. */
  blocks: BlockPlace[];
  /** Set when the evaluation could not be undone in the allocator (inspect-eval.ts). */
  note?: string;
}

/** A command that could not run (bad argument, EXPR raised...): one line for the user. */
export interface InspectError {
  command: InspectCommand;
  error: string;
}

/** `:trace`: whether heap events are being printed now, and which kinds ('all' for every one). */
export interface TraceView {
  command: 'trace';
  on: boolean;
  kinds: string;
}

export type InspectResult = PoolsView | PoolClassView | ArenasView | SizeofView | RefsResult | GcResult | GraphView | SnapshotTaken | SnapshotDiff | TraceView | InspectError;

/**
 * `--stats`: live objects by type at the end of the program, before shutdown (so it shows
 * what the program built, not the few objects interpreter shutdown leaves), and the
 * allocator's totals at that moment. bytes: the blocks the objects occupy (header block,
 * pre-header included, plus item arrays and tables), not sys.getsizeof, so that taking the
 * statistics runs no Python code.
 */
export interface ExitStats {
  command: 'stats';
  when: 'end of program, before shutdown';
  objects: number;
  bytes: number;
  byType: TypeCount[];
  totals: AllocatorTotals;
}

export function isInspectError(r: InspectResult): r is InspectError {
  return 'error' in r;
}
