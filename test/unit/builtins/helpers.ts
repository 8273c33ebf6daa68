// Shared set-up for the builtins unit tests: a fresh heap, the object layer, a fake
// session context capturing output, and small helpers to call builtins and check errors.
import { expect } from 'vitest';
import { Heap } from '../../../src/heap/heap.js';
import { H, PyObject, PyRaise, setActiveHeap } from '../../../src/objects/object.js';
import '../../../src/objects/types/index.js';
import { initObjects } from '../../../src/objects/init.js';
import { PyDict, newDict } from '../../../src/objects/dict.js';
import { PyBaseException, RuntimeError, excMessage, raise } from '../../../src/objects/exceptions.js';
import { call } from '../../../src/objects/abstract.js';
import { newInt } from '../../../src/objects/int.js';
import { newStr } from '../../../src/objects/str.js';
import { createBuiltinsDict } from '../../../src/builtins/builtins.js';
import type { BuiltinsContext } from '../../../src/builtins/context.js';

export interface Env {
  ctx: BuiltinsContext;
  out: string[];
  err: string[];
  input: string[];
  builtins: PyDict;
  globals: PyDict;
  /** Calls builtin `name` with borrowed args (keyword values last). */
  call(name: string, args: PyObject[], kw?: string[]): PyObject;
}

export function setup(): Env {
  const h = new Heap(512 * 1024 * 1024, true);
  setActiveHeap(h);
  initObjects();
  const out: string[] = [], err: string[] = [], input: string[] = [];
  const globals = newDict();
  const ctx: BuiltinsContext = {
    write: (s, t) => (s === 'stdout' ? out : err).push(t),
    readLine: () => (input.length > 0 ? input.shift()! : null),
    argv: ['prog.py', 'a'],
    recursionLimit: { depth: 1, limit: 1000 },
    currentGlobals: () => globals,
    currentLocals: () => (globals.rc++, globals),
    handledException: () => null,
    superArgs: () => {
      throw raise(RuntimeError, 'super(): no arguments');
    },
    importModule: () => {
      throw new Error('no modules');
    },
  };
  const builtins = createBuiltinsDict(ctx);
  return {
    ctx, out, err, input, builtins, globals,
    call(name, args, kw) {
      const f = builtins.getStr(name);
      if (f === undefined) throw new Error(`no builtin ${name}`);
      return call(f, args, kw ?? null);
    },
  };
}

/** Runs f, expecting a Python exception `type: msg`; releases it. */
export function expectRaise(f: () => unknown, type: string, msg?: string): void {
  let caught: unknown = null;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected ${type}`).toBeInstanceOf(PyRaise);
  const exc = (caught as PyRaise).exc as PyBaseException;
  const got = `${exc.type.name}: ${excMessage(exc)}`;
  H.decref(exc);
  expect(got).toBe(msg === undefined ? `${type}: ` : `${type}: ${msg}`);
}

export const int = (v: number | bigint): PyObject => newInt(v);
export const str = (v: string): PyObject => newStr(v);

/** Releases every object given. */
export function release(...os: PyObject[]): void {
  for (const o of os) H.decref(o);
}
