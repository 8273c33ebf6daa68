/**
 * PyErr_WriteUnraisable (Python/errors.c, 3.11): an exception that has nowhere to go — raised
 * by a finalizer (`__del__`, a generator closed while being deallocated) — is printed
 * on stderr and dropped, and execution continues:
 *
 *     Exception ignored in: <function C.__del__ at 0x7f...>
 *     Traceback (most recent call last):
 *       ...
 *     ValueError: boom
 *
 * This is the default sys.unraisablehook's format (write_unraisable_exc_file), not the
 * uncaught-exception report: no chained exceptions, no "Did you mean", and the last line
 * is always `Type: str(exc)` — `ValueError: ` keeps its colon and space for an empty
 * message. `obj` is what the "in:" line shows through repr(); when its repr fails,
 * CPython prints `<object repr() failed>`, and when str(exc) fails
 * `<exception str() failed>`.
 */

import { H, PyObject, PyRaise } from '../objects/object.js';
import { PyBaseException } from '../objects/exceptions.js';
import { repr, strStr } from '../objects/abstract.js';
import { activeContext } from '../builtins/context.js';
import { formatTraceback } from './traceback.js';
import type { PyTraceback } from './frame.js';

export const unraisableState = {
  /**
   * Cleared at exit once finalize_modules has emptied sys.modules: PyTraceBack_Print reads
   * a source line through the io module, whose import then fails, so from that point the
   * entries show no source lines.
   */
  sourceLines: true,
};

/** Prints `exc` (borrowed) as unraisable, raised while finalizing `obj` (borrowed). */
export function writeUnraisable(exc: PyObject, obj: PyObject | null): void {
  let out = '';
  if (obj !== null) {
    let where: string;
    try {
      const r = repr(obj);
      where = r.v;
      H.decref(r);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      H.decref(e.exc);
      where = '<object repr() failed>';
    }
    out += `Exception ignored in: ${where}\n`;
  }
  if (exc instanceof PyBaseException) out += formatTraceback(exc.traceback as PyTraceback | null, unraisableState.sourceLines);
  const t = exc.type;
  out += t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
  let msg: string;
  try {
    msg = strStr(exc);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    H.decref(e.exc);
    msg = '<exception str() failed>';
  }
  activeContext().write('stderr', `${out}: ${msg}\n`);
}
