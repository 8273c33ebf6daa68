/**
 * What `:snapshot` and `:diff` send from the worker (inspect/snapshot-view.ts) to the REPL
 * (repl/render-snapshot.ts). Plain, JSON-safe data.
 */

/** `:snapshot`: the baseline just taken. */
export interface SnapshotTaken {
  command: 'snapshot';
  objects: number;
  bytes: number;
  types: number;
}

/** One type's change since the snapshot (live counts and block bytes, now minus then). */
export interface TypeDelta {
  type: string;
  count: number;
  countDiff: number;
  bytes: number;
  bytesDiff: number;
}

/** One source line: the blocks allocated there since the snapshot that are still alive. */
export interface LineDelta {
  file: string;
  line: number;
  /** Requested bytes (tracemalloc's sizes). */
  size: number;
  count: number;
}

/** `:diff`: changes since the last `:snapshot`. */
export interface SnapshotDiff {
  command: 'diff';
  /** Live objects and their block bytes, then and now. */
  objectsBefore: number;
  objectsNow: number;
  bytesBefore: number;
  bytesNow: number;
  /** Types whose count or bytes changed, biggest byte change first. */
  types: TypeDelta[];
  /** Lines that allocated blocks still alive, biggest first (at most LINE_LIMIT). */
  lines: LineDelta[];
  /** Lines left out of `lines`. */
  moreLines: number;
  /** Blocks allocated since the snapshot and already freed again. */
  allocatedAndFreed: number;
  /** Blocks that existed at the snapshot and have been freed since. */
  freedOld: number;
}
