/**
 * The `time` module, the part of it memsnake offers: perf_counter(_ns), monotonic(_ns),
 * time(_ns) and sleep. Mirrors Modules/timemodule.c, 3.11. Reading the clock is the only
 * thing here that reaches the host, and it reveals nothing but the time.
 *
 * sleep(secs) really waits, without spinning: Atomics.wait on a private buffer blocks the
 * worker thread in slices of at most 50 ms, polling for Ctrl-C (hooks.checkInterrupt)
 * between slices so KeyboardInterrupt still arrives promptly.
 */

import { PyObject } from '../../objects/object.js';
import { PyFloat, newFloat } from '../../objects/float.js';
import { PyInt, newInt } from '../../objects/int.js';
import { newNone } from '../../objects/singletons.js';
import { OverflowError, TypeError, ValueError, raise } from '../../objects/exceptions.js';
import { argRange } from '../../objects/methods.js';
import { staticBuiltin } from '../../objects/descr.js';
import { floatType } from '../../objects/typeobjects.js';
import { index } from '../../objects/abstract.js';
import { hooks } from '../../objects/hooks.js';
import { PyModule, moduleSet, moduleSetOwned, newModule } from '../../objects/module.js';

const origin = process.hrtime.bigint();

/** Nanoseconds of a monotonic clock (CLOCK_MONOTONIC-like; arbitrary origin). */
function monoNs(): bigint {
  return process.hrtime.bigint() - origin + 1_000_000_000n;
}

function noArgs(name: string, f: () => PyObject) {
  return (args: PyObject[], kw: string[] | null): PyObject => {
    argRange(name, args, kw, 0, 0);
    return f();
  };
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function sleep(args: PyObject[], kw: string[] | null): PyObject {
  argRange('sleep', args, kw, 1, 1);
  const a = args[0];
  let secs: number;
  if (a.type === floatType || a instanceof PyFloat) secs = (a as PyFloat).v;
  else if (a instanceof PyInt) secs = Number(a.v);
  else secs = Number(index(a));
  if (Number.isNaN(secs)) throw raise(ValueError, 'Invalid value NaN (not a number)');
  if (secs < 0) throw raise(ValueError, 'sleep length must be non-negative');
  if (!Number.isFinite(secs) || secs > 9.2e9) throw raise(OverflowError, 'timestamp too large to convert to C _PyTime_t');
  const deadline = Date.now() + secs * 1000;
  for (;;) {
    hooks.checkInterrupt();
    const left = deadline - Date.now();
    if (left <= 0) break;
    Atomics.wait(sleepCell, 0, 0, Math.min(left, 50));
  }
  return newNone();
}

const functions: [string, (a: PyObject[], k: string[] | null) => PyObject][] = [
  ['monotonic', noArgs('monotonic', () => newFloat(Number(monoNs()) / 1e9))],
  ['monotonic_ns', noArgs('monotonic_ns', () => newInt(monoNs()))],
  ['perf_counter', noArgs('perf_counter', () => newFloat(Number(monoNs()) / 1e9))],
  ['perf_counter_ns', noArgs('perf_counter_ns', () => newInt(monoNs()))],
  ['sleep', sleep],
  ['time', noArgs('time', () => newFloat(Date.now() / 1000))],
  ['time_ns', noArgs('time_ns', () => newInt(BigInt(Date.now()) * 1_000_000n))],
];
const functionObjects = new Map<string, PyObject>();

/** A new `time` module. */
export function createTimeModule(): PyModule {
  const m = newModule('time', undefined, 'This module provides various functions to manipulate time values.');
  m.builtin = true;
  for (const [n, f] of functions) {
    let o = functionObjects.get(n);
    if (o === undefined) {
      o = staticBuiltin(n, f, 'time');
      functionObjects.set(n, o);
    }
    moduleSet(m, n, o);
  }
  moduleSetOwned(m, 'timezone', newInt(0));
  void TypeError;
  return m;
}
