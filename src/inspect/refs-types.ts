/**
 * The plain data of the reference inspectors (`:refs`, `:why`, `:heap`, `:objects`), built
 * in the worker (inspect/refs-view.ts, inspect/heap-view.ts) and rendered on the main
 * thread (repl/render-refs.ts, repl/render-heap.ts) or printed as JSON. Structured-clone
 * and JSON safe.
 */

/** One holder of a reference: `count` references described by `label`. */
export interface Holder {
  /** 'root' (the interpreter), 'object' (a heap or static object), 'unknown'. */
  kind: 'root' | 'object' | 'unknown';
  label: string;
  count: number;
  /** The holder's address when it is an object. */
  addr?: number;
}

/** `:refs EXPR`. */
export interface RefsView {
  command: 'refs';
  expr: string;
  type: string;
  addr: number;
  /** ob_refcnt once the evaluation of EXPR is undone (0: EXPR's value was a temporary). */
  refcnt: number;
  /** Statically allocated: the count is CPython's large immortal-like count. */
  static: boolean;
  holders: Holder[];
  /** refcnt minus the references the holders account for (0 when they add up). */
  unattributed: number;
  note?: string;
}

/** `:why EXPR`: a shortest path from a root, or the garbage cycle that holds the object. */
export interface WhyView {
  command: 'why';
  expr: string;
  type: string;
  addr: number;
  /** 'rooted': path from a root; 'garbage': unreachable; 'temporary': nothing holds it. */
  status: 'rooted' | 'garbage' | 'temporary' | 'static';
  /** One step per element: the root or holder and the edge it follows. */
  path: string[];
  /** For garbage: the cycle (each step an edge) that keeps it alive. */
  cycle?: string[];
  note?: string;
}

export interface HeapTypeRow {
  type: string;
  count: number;
  bytes: number;
  tracked: number;
  untracked: number;
}

/** `:heap`. */
export interface HeapView {
  command: 'heap';
  /** 'live set' (the heap tracks live objects) or 'roots and collector lists' (walked). */
  source: string;
  objects: number;
  bytes: number;
  tracked: number;
  untracked: number;
  types: HeapTypeRow[];
  /** Start-up objects the collector counts but memsnake does not materialise. */
  opaque: number;
}

export interface ObjectRow {
  addr: number;
  type: string;
  refcnt: number;
  /** 0, 1, 2, 'permanent', or null when untracked. */
  generation: number | 'permanent' | null;
  tracked: boolean;
  size: number;
  desc: string;
}

/** `:objects [TYPE]`. */
export interface ObjectsView {
  command: 'objects';
  type: string | null;
  total: number;
  rows: ObjectRow[];
  /** How many were left out of `rows`. */
  more: number;
}

export type RefsResult = RefsView | WhyView | HeapView | ObjectsView;
