/**
 * `:trace`'s answer: whether heap events are on and which kinds. The events themselves are
 * not rendered here: the worker writes them as they happen (inspect/trace-view.ts).
 */

import type { ChalkInstance } from 'chalk';
import type { TraceView } from '../inspect/types.js';

export function renderTrace(r: TraceView, c: ChalkInstance): string[] {
  if (!r.on) return [c.dim('Tracing off.')];
  return [`Tracing heap events: ${c.bold(r.kinds)} (one line each on stderr; :trace off to stop).`];
}
