/**
 * None, True, False, Ellipsis and NotImplemented. In 3.11 None/True/False are ordinary
 * objects with large counts (not immortal: that came in 3.12), so their counts start at
 * plausible values of a small script and move with every reference.
 */

import { PyObject, staticAddr } from './object.js';
import { PyInt } from './int.js';
import { boolType, ellipsisType, noneType, notImplementedType } from './typeobjects.js';

function mk(o: PyObject, rc: number): PyObject {
  o.rc = rc;
  o.addr = staticAddr(32);
  return o;
}

export const None = mk(new PyObject(noneType), 5506);
export const Ellipsis = mk(new PyObject(ellipsisType), 200);
export const NotImplemented = mk(new PyObject(notImplementedType), 200);

function mkBool(v: number, rc: number): PyInt {
  const o = new PyInt(v);
  o.type = boolType;
  mk(o, rc);
  return o;
}
export const True = mkBool(1, 409);
export const False = mkBool(0, 386);

/** Returns a new reference to None. */
export function newNone(): PyObject {
  None.rc++;
  return None;
}
/** Returns a new reference to True or False. */
export function newBool(b: boolean): PyObject {
  const o = b ? True : False;
  o.rc++;
  return o;
}
