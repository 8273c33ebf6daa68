/**
 * PyErr_WriteUnraisable (Python/errors.c, 3.11): an exception that has nowhere to go — raised
 * by a finalizer (`__del__`, a generator closed while being deallocated) — is printed
 * on stderr and dropped, and execution continues:
 *
 *     Exception ignored in: <generator object gen at 0x7f...>
 *     Traceback (most recent call last):
 *       ...
 *     ValueError: boom
 *
 * `obj` is what the "in:" line shows through repr(); when its repr fails, CPython prints
 * `<object repr() failed>`.
 */

import { H, PyObject, PyRaise } from '../objects/object.js';
import { repr } from '../objects/abstract.js';
import { activeContext } from '../builtins/context.js';
import { formatException } from './traceback.js';

/** Prints `exc` (borrowed) as unraisable, raised while finalizing `obj` (borrowed). */
export function writeUnraisable(exc: PyObject, obj: PyObject | null): void {
  let where = '';
  if (obj !== null) {
    try {
      const r = repr(obj);
      where = r.v;
      H.decref(r);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      H.decref(e.exc);
      where = '<object repr() failed>';
    }
  }
  const head = obj !== null ? `Exception ignored in: ${where}\n` : '';
  activeContext().write('stderr', head + formatException(exc));
}
