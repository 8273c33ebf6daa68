/**
 * Per-thread interpreter state (CPython's PyThreadState in small): the innermost frame,
 * the stack of exceptions being handled (sys.exc_info), and the interrupt flag the host
 * sets on Ctrl-C. One session runs at a time per worker.
 */

import { H, PyObject } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import { KeyboardInterrupt, raise } from '../objects/exceptions.js';
import type { Frame } from './frame.js';

export const ts = {
  frame: null as Frame | null,
  /** Exceptions being handled (owned references), innermost last. */
  handled: [] as PyObject[],
  builtins: null as unknown as PyDict,
  interrupt: new Int32Array(1) as Int32Array<ArrayBufferLike>,
  /** Counts loop back-edges so the interrupt flag is read cheaply. */
  tick: 0,
};

/** Polled at loop back-edges and calls: raises KeyboardInterrupt after Ctrl-C. */
export function checkInterrupt(): void {
  if (ts.interrupt[0] !== 0) {
    ts.interrupt[0] = 0;
    throw raise(KeyboardInterrupt);
  }
}

export function pushHandled(e: PyObject): void {
  e.rc++;
  ts.handled.push(e);
}

export function popHandled(): void {
  const e = ts.handled.pop();
  if (e) H.decref(e);
}

export function currentHandled(): PyObject | null {
  const h = ts.handled;
  return h.length > 0 ? h[h.length - 1] : null;
}
