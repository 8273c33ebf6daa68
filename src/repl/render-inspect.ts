/**
 * Turns an inspector's result (inspect/types.ts) into what the user sees: text lines in
 * colour or plain, or with --json one JSON object on one line. An error (bad argument,
 * EXPR raised) is one line for stderr, or `{"command": ..., "error": ...}` with --json.
 */

import type { ExitStats, InspectResult } from '../inspect/types.js';
import { isInspectError } from '../inspect/types.js';
import { styler } from './render-format.js';
import { renderArenas, renderPoolClass, renderPools } from './render-pools.js';
import { renderSizeof } from './render-sizeof.js';
import { renderStats } from './render-stats.js';
import { renderGc } from './render-gc.js';
import { renderDiff, renderSnapshotTaken } from './render-snapshot.js';
import { renderRefs, renderWhy } from './render-refs.js';
import { renderHeap, renderObjects } from './render-heap.js';
import { graphToDot } from './render-graph.js';
import { renderTrace } from './render-trace.js';

export interface RenderOptions {
  color: boolean;
  json: boolean;
}

export interface Rendered {
  /** Lines for stdout. */
  lines: string[];
  /** One line for stderr (the command failed), or null. */
  error: string | null;
}

export function renderInspect(r: InspectResult, opts: RenderOptions): Rendered {
  if (opts.json) return { lines: [JSON.stringify(r)], error: null };
  const c = styler(opts.color);
  if (isInspectError(r)) return { lines: [], error: c.red(`:${r.command}: ${r.error}`) };
  switch (r.command) {
    case 'pools':
      return { lines: 'szidx' in r ? renderPoolClass(r, c) : renderPools(r, c), error: null };
    case 'arenas':
      return { lines: renderArenas(r, c), error: null };
    case 'sizeof':
      return { lines: renderSizeof(r, c), error: null };
    case 'gc':
      return { lines: renderGc(r, c), error: null };
    case 'snapshot':
      return { lines: renderSnapshotTaken(r, c), error: null };
    case 'diff':
      return { lines: renderDiff(r, c), error: null };
    case 'graph':
      return { lines: graphToDot(r).split('\n'), error: null };
    case 'refs':
      return { lines: renderRefs(r, c), error: null };
    case 'why':
      return { lines: renderWhy(r, c), error: null };
    case 'heap':
      return { lines: renderHeap(r, c), error: null };
    case 'objects':
      return { lines: renderObjects(r, c), error: null };
    case 'trace':
      return { lines: renderTrace(r, c), error: null };
  }
}

/** --stats, for stderr: the table, or one JSON object on one line. */
export function renderExitStats(s: ExitStats, opts: RenderOptions): string[] {
  if (opts.json) return [JSON.stringify(s)];
  return renderStats(s, styler(opts.color));
}
