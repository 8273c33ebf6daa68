/**
 * Late-bound entry points. objects/ files need a few protocol operations (hash, ==, call
 * a Python function) that are defined in files loaded after them, or in interp/ (calling a
 * Python function runs the evaluator). Instead of importing upward, they call through
 * this table, which `objects/abstract.ts` and the interpreter fill at start-up — as
 * CPython's C code calls through type slots (tp_hash, tp_call) it does not link against.
 */

import type { PyObject } from './object.js';

export const hooks = {
  /** hash(o) as a signed 64-bit value; may raise. */
  hash: (_o: PyObject): bigint => {
    throw new Error('hooks.hash not installed');
  },
  /** o1 == o2 (identity first); may raise. */
  eq: (_a: PyObject, _b: PyObject): boolean => {
    throw new Error('hooks.eq not installed');
  },
  /** Calls a Python function object with borrowed args; returns a new reference. */
  callFunction: (_f: PyObject, _args: PyObject[], _kwnames: string[] | null): PyObject => {
    throw new Error('hooks.callFunction not installed');
  },
  /** Polled where natives loop for long (e.g. building huge lists): raises KeyboardInterrupt. */
  checkInterrupt: (): void => {},
};
