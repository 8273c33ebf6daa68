/**
 * `format(value, spec)` for f-string fields, through `__format__`, with a fast path for
 * the exact str/int/float values f-strings mostly hold.
 */

import { H, PyObject } from '../objects/object.js';
import { PyStr, newStr } from '../objects/str.js';
import { callMethod, strStr } from '../objects/abstract.js';
import { strType, intType, floatType } from '../objects/typeobjects.js';
import { TypeError, raise } from '../objects/exceptions.js';

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
