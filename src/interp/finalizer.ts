/**
 * `__del__`: slot_tp_finalize (Objects/typeobject.c, 3.11), the tp_finalize of every user
 * class, called by PyObject.dealloc the moment the last reference goes (PEP 442) and by
 * the shutdown collection (interp/shutdown.ts).
 *
 * CPython looks `__del__` up on the type when the finalizer runs, calls it with the
 * object, and when it raises prints the exception as unraisable ("Exception ignored in:
 * <function C.__del__ at 0x...>" and the traceback) and carries on: a finalizer never
 * lets an exception escape into whatever code happened to drop the last reference. It
 * saves and restores the thread's error indicator around the call, so an exception being
 * propagated while the object dies is untouched. Here a propagating exception is a JS
 * throw in flight (the catch frames above keep it), so nothing needs saving for it; what
 * must be restored is the interpreter state the call could leave behind if it fails
 * midway: the value stack and the stack of exceptions being handled (sys.exc_info()
 * inside `__del__` sees the caller's handled exception, as in 3.11, and nothing the
 * finalizer handled may remain on it).
 */

import { H, PyObject, setSlotFinalize } from '../objects/object.js';
import { typeLookup, descrGet } from '../objects/typeobject.js';
import { call } from '../objects/abstract.js';
import { functionType } from '../objects/typeobjects.js';
import { VS, unwindTo } from './frame.js';
import { ts } from './state.js';
import { toPyRaise } from './errors.js';
import { callFunction } from './call.js';
import { writeUnraisable } from './unraisable.js';

/** slot_tp_finalize: runs type(self).__del__(self); `self` is borrowed (rc >= 1). */
export function slotFinalize(self: PyObject): void {
  const found = typeLookup(self.type, '__del__');
  if (found === null) return;
  // lookup_maybe_method holds a reference: __del__ may delete C.__del__ while it runs.
  found.rc++;
  const height = VS.length;
  const handled = ts.handled.length;
  // What "Exception ignored in:" shows: the function itself when it is called unbound,
  // otherwise the result of the descriptor's __get__ (a bound method, a staticmethod's
  // function...).
  let shown: PyObject = found;
  let bound: PyObject | null = null;
  try {
    let r: PyObject;
    if (found.type === functionType) r = callFunction(found, [self], null);
    else {
      bound = descrGet(found, self, self.type);
      shown = bound;
      r = call(bound, []);
    }
    H.decref(r);
  } catch (e) {
    // A bug in memsnake (not a Python exception) still goes to the top level.
    const pr = toPyRaise(e);
    unwindTo(height);
    while (ts.handled.length > handled) H.decref(ts.handled.pop()!);
    try {
      writeUnraisable(pr.exc, shown);
    } finally {
      H.decref(pr.exc);
    }
  } finally {
    if (bound !== null) H.decref(bound);
    H.decref(found);
  }
}

setSlotFinalize(slotFinalize);
