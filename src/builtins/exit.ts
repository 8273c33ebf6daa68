/**
 * exit(), quit() and SystemExit. Mirrors Lib/_sitebuiltins.py's Quitter (the objects
 * site.py puts in builtins: calling one raises SystemExit(code)) and
 * Objects/exceptions.c's SystemExit_init (its `code` member holds its own reference to
 * the single argument, or to the args tuple when there are several).
 */

import { PyObject, PyRaise, PyType, STATIC_RC, staticAddr } from '../objects/object.js';
import { newStrFresh } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { SystemExit, newException, PyBaseException } from '../objects/exceptions.js';
import { bindArgs, defMethod, newStaticDict } from '../objects/methods.js';
import { objectType, typeType } from '../objects/typeobjects.js';

/** _sitebuiltins.Quitter, the (static) type of `exit` and `quit`. */
export const quitterType = new PyType(typeType, 'Quitter');
quitterType.rc = STATIC_RC;
quitterType.addr = staticAddr(424);
quitterType.module = '_sitebuiltins';
quitterType.base = objectType;
quitterType.bases = [objectType];
quitterType.mro = [quitterType, objectType];
quitterType.solidBase = objectType;
// A Python class in CPython: 3.11 lays its instances out with a managed dict and a
// weakref slot (tp_basicsize 24) behind a 32-byte pre-header, so sys.getsizeof(exit) is 56.
quitterType.basicsize = 24;
quitterType.presize = 32;
quitterType.gc = true;
quitterType.weakrefable = true;
objectType.subclasses.add(quitterType);

class PyQuitter extends PyObject {
  constructor(readonly name: string) {
    super(quitterType);
    this.rc = STATIC_RC;
    this.addr = staticAddr(16);
  }
}
export const exitObj = new PyQuitter('exit');
export const quitObj = new PyQuitter('quit');

/** A new SystemExit with the given args (borrowed) and its `code` member. */
export function systemExit(argsArr: PyObject[]): PyBaseException {
  for (const a of argsArr) a.rc++;
  const e = newException(SystemExit, newTuple(argsArr));
  e.setExtra('code', argsArr.length === 0 ? None : argsArr.length === 1 ? argsArr[0] : e.args);
  return e;
}

let ready = false;
/** Gives the Quitter type its methods; idempotent. */
export function initQuitter(): void {
  if (ready) return;
  ready = true;
  if (!quitterType.dict) quitterType.dict = newStaticDict();
  defMethod(quitterType, '__repr__', (self) => newStrFresh(`Use ${(self as PyQuitter).name}() or Ctrl-D (i.e. EOF) to exit`));
  defMethod(quitterType, '__call__', (_self, args, kw) => {
    const [code] = bindArgs('__call__', args, kw, ['code'], 0);
    throw new PyRaise(systemExit([code ?? None]));
  });
}
