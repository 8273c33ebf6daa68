/**
 * `:trace on|off [KINDS]` and `--trace[=KINDS]`: starts and stops the heap's event tracer
 * (heap/event-trace.ts) with what it cannot know itself: how an object is named (type and
 * address, and refs-view's short description, which runs no Python code), which objects
 * are static, and the collector's start/end (an observer on gcHooks while `gc` is traced).
 *
 * Lines go to `write`: stderr in script mode, the REPL's stderr output in the REPL, so they
 * interleave with the program's own output in the order things happened.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { EventTracer, parseTraceKinds } from '../heap/event-trace.js';
import { gcHooks, type GcObserver } from '../gc/collect.js';
import { isStaticAddr, type PyObject } from '../objects/object.js';
import { hex, shortDesc } from './refs-view.js';
import type { InspectAccess } from '../interp/inspect-eval.js';
import type { TraceView, InspectError } from './types.js';

function nameOf(o: HeapObject): string {
  return `${(o as PyObject).type?.name ?? '?'}@${hex(o.addr)}`;
}

/** The collector observer of the tracer running now (so stop removes only its own). */
let observer: GcObserver | null = null;

/** Starts tracing `kinds` (text as typed: `alloc,free`, '' for all); an error message, or null. */
export function startTrace(heap: Heap, kinds: string, write: (line: string) => void): string | null {
  const parsed = parseTraceKinds(kinds);
  if (typeof parsed === 'string') return parsed;
  stopTrace(heap);
  const tracer = new EventTracer({
    kinds: parsed.kinds,
    statics: parsed.statics,
    write,
    name: nameOf,
    describe: shortDesc,
    isStatic: (o) => isStaticAddr(o.addr),
  });
  if (tracer.gc && gcHooks.observer === null) {
    observer = {
      // Only while the tracer is the heap's (withTracePaused suspends gc lines too).
      start: (generation, young) => { if (heap.events === tracer) tracer.onGcStart(generation, young.length); },
      unreachable: () => {},
      finalizing: () => {},
      resurrected: () => {},
      done: (collected, uncollectable) => { if (heap.events === tracer) tracer.onGcDone(collected, uncollectable); },
    };
    gcHooks.observer = observer;
  }
  heap.events = tracer;
  return null;
}

export function stopTrace(heap: Heap): void {
  heap.events = null;
  if (observer !== null && gcHooks.observer === observer) gcHooks.observer = null;
  observer = null;
}

/** The kinds being traced now, for `:trace` with no argument. */
let current = '';

/** `:trace on [KINDS]`, `:trace off`, `:trace` (the state). */
export function traceCommand(access: InspectAccess, arg: string, write: (line: string) => void): TraceView | InspectError {
  const [word = '', ...rest] = arg.trim().split(/\s+/).filter((w) => w !== '');
  const kinds = rest.join(',');
  if (word === 'on') {
    const error = startTrace(access.heap, kinds, write);
    if (error !== null) return { command: 'trace', error };
    current = kinds === '' ? 'all' : kinds;
    return { command: 'trace', on: true, kinds: current };
  }
  if (word === 'off') {
    if (rest.length > 0) return { command: 'trace', error: ':trace off takes no kinds' };
    stopTrace(access.heap);
    current = '';
    return { command: 'trace', on: false, kinds: '' };
  }
  if (word === '') return { command: 'trace', on: access.heap.events !== null, kinds: access.heap.events !== null ? current : '' };
  return { command: 'trace', error: `usage: :trace on|off [alloc,free,incref,decref,gc], not '${word}'` };
}

/**
 * Runs `f` with tracing suspended: the inspectors' own evaluation and tab completion are
 * not the program's events.
 */
export function withTracePaused<T>(heap: Heap, f: () => T): T {
  const saved = heap.events;
  if (saved === null) return f();
  heap.events = null;
  try {
    return f();
  } finally {
    heap.events = saved;
  }
}
