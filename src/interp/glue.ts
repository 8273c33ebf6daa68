/**
 * Small bridges from the compiler to object-layer operations it needs by protocol rather
 * than by import: building sets (through the `set` type, whatever module implements it)
 * and `format(value, spec)` for f-strings (through `__format__`).
 */

import { H, PyObject } from '../objects/object.js';
import { PyStr, newStr } from '../objects/str.js';
import { call, callMethod, strStr } from '../objects/abstract.js';
import { setType, strType, intType, floatType } from '../objects/typeobjects.js';
import { TypeError, raise } from '../objects/exceptions.js';

/** A new, empty set. */
export function newSetObj(): PyObject {
  return call(setType, []);
}

/** s.add(x) (x borrowed). */
export function setAdd(s: PyObject, x: PyObject): void {
  H.decref(callMethod(s, 'add', [x]));
}

/** format(x, spec) as a JS string (f-string fields). */
export function formatValue(x: PyObject, spec: string): string {
  if (spec === '' && (x.type === strType || x.type === intType || x.type === floatType)) return strStr(x);
  const s = newStr(spec);
  try {
    const r = callMethod(x, '__format__', [s]);
    if (!(r instanceof PyStr)) {
      const tn = r.type.name;
      H.decref(r);
      throw raise(TypeError, `__format__ must return a str, not ${tn}`);
    }
    const v = r.v;
    H.decref(r);
    return v;
  } finally {
    H.decref(s);
  }
}

export function percentFormatObj(): never {
  throw new Error('unused');
}
