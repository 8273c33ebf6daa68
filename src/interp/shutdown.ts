/**
 * Interpreter exit (Py_FinalizeEx and finalize_modules, Python/pylifecycle.c, 3.11) with
 * the real collector (gc/collect.ts), and the collector's hooks into the interpreter
 * layer (generators' tp_finalize, frame objects' tp_clear, unraisable errors).
 *
 * The order CPython follows (cpython-memory-model.md §2.7), after atexit:
 *   1. if the collector is enabled, one full collection exactly like gc.collect()
 *      (callbacks included): cyclic garbage left by the program dies first, and the
 *      survivors are reordered on the generation list as every collection reorders them;
 *   2. module teardown: `__main__`'s module object dies with its sys.modules entry. Its
 *      globals dict dies at once if nothing else holds it (entries in insertion order);
 *      normally the functions and classes defined there hold it (`__globals__`) and it
 *      holds them, so the whole namespace is one cyclic structure;
 *   3. a full collection, always (even with the collector disabled) and without callbacks,
 *      kills that structure: every `__del__` runs first, in the list order, with every
 *      global still bound; then the cycles are cleared and refcounting frees the rest;
 *   4. a module that survived is wiped (_PyModule_ClearDict: single-underscore names
 *      first, then the others but `__builtins__`).
 * memsnake has no `__main__` module object: the session's reference to the globals dict
 * stands for it (it is dropped in step 2). Other modules (sys, math, gc...) persist.
 */

import { H, PyObject } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import { PyStr } from '../objects/str.js';
import { None } from '../objects/singletons.js';
import { collect, gcHooks } from '../gc/collect.js';
import { PyFrameObject } from './frame.js';
import { CREATED, PyGenerator, SUSPENDED, genClose } from './generator.js';
import { toPyRaise } from './errors.js';
import { unraisableState, writeUnraisable } from './unraisable.js';

// ------------------------------------------------------------------ collector hooks

const userFinalizer = gcHooks.finalizer;

/**
 * _PyGen_Finalize: a suspended generator is closed (GeneratorExit thrown in, its
 * `finally` blocks run), one never started just releases its frame (so a generator
 * whose arguments hold it frees by refcount); what that raises is unraisable.
 */
function genFinalize(o: PyObject): void {
  const g = o as PyGenerator;
  if (g.state !== SUSPENDED && g.state !== CREATED) return;
  try {
    genClose(g);
  } catch (e) {
    const pr = toPyRaise(e);
    writeUnraisable(pr.exc, g);
    H.decref(pr.exc);
  }
}

gcHooks.finalizer = (o) => (o instanceof PyGenerator ? genFinalize : userFinalizer(o));
// frame_tp_clear: a frame object that owns a returned frame's locals drops them.
gcHooks.clearOther = (o) => {
  if (!(o instanceof PyFrameObject)) return false;
  o.clearContents(H);
  return true;
};
gcHooks.unraisable = (exc, _msg, obj) => writeUnraisable(exc, obj);

// ------------------------------------------------------------------ exit

/**
 * Steps 1–3 above. `mainDict`: the session's reference to `__main__`'s globals, which
 * this consumes (the session must not use the dict afterwards: it may be freed). Step 4
 * does not arise: with no module object, nothing can keep `__main__` itself alive (a dict
 * kept by another module's reference to one of its functions stays intact, as CPython
 * leaves the dict of a dead module until sys and builtins are cleared).
 */
export function finalizeMain(mainDict: PyDict): void {
  // Step 1: PyGC_Collect — only when enabled; a collection already running is not
  // re-entered.
  if (H.gc.enabled) collect(2, true);
  // The gc module's lists are module state: once modules are torn down the collector
  // no longer reaches them (finalize_modules' collections call no callbacks).
  gcHooks.callbacks = null;
  // sys.modules is empty from here on (finalize_remove_modules, finalize_clear_modules_dict);
  // the flag is module state, so it is put back for a later session in the same thread.
  unraisableState.sourceLines = false;
  try {
    // Step 2: the module object's reference to its dict goes (dict_dealloc right here
    // when it was the last one).
    H.decref(mainDict);
    // Step 3: _PyGC_CollectNoFail, whatever gc.disable() said.
    collect(2, false);
  } finally {
    unraisableState.sourceLines = true;
    gcHooks.garbage = null;
  }
}

/**
 * _PyModule_ClearDict: names starting with a single underscore are set to None first,
 * then every other name except __builtins__, each in dict order; each store releases the
 * old value at once.
 */
export function clearModuleDict(d: PyDict): void {
  const pass = (pick: (name: string) => boolean): void => {
    for (let i = 0; i < d.ks.length; i++) {
      const k = d.ks[i], v = d.vs[i];
      if (!(k instanceof PyStr) || v === null || v === None || !pick(k.v)) continue;
      d.set(k, None);
    }
  };
  pass((n) => n[0] === '_' && n[1] !== '_');
  pass((n) => n !== '__builtins__');
}
