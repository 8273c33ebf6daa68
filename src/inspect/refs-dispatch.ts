/** Dispatches `:refs`, `:why`, `:heap`, `:objects` (called from allocator-view.ts runInspect). */

import type { InspectAccess } from '../interp/inspect-eval.js';
import { refsView, whyView } from './refs-view.js';
import { heapView, objectsView } from './heap-view.js';
import type { InspectResult } from './types.js';

export function runRefsInspect(access: InspectAccess, command: 'refs' | 'why' | 'heap' | 'objects', arg: string): InspectResult {
  const a = arg.trim();
  switch (command) {
    case 'refs':
      return refsView(access, a);
    case 'why':
      return whyView(access, a);
    case 'heap':
      return heapView(access, a);
    case 'objects':
      return objectsView(access, a);
  }
}
