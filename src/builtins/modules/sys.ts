/**
 * The `sys` module. Mirrors Python/sysmodule.c, 3.11 (sys_getrefcount, sys_getsizeof /
 * _PySys_GetSizeOf, sys_setrecursionlimit_impl, sys_intern_impl, sys_exit_impl, the
 * version_info struct sequence) and, for sys.stdout / sys.stderr, the two methods of
 * Modules/_io/textio.c a program uses (write, flush).
 *
 * Created once per session by the interpreter's module registry (modules/index.ts). The
 * stream objects write straight to the host through the session context; `print()` finds
 * the current sys.stdout through `activeSysModule()`, so `sys.stdout = Log()` redirects it.
 * `last_type`/`last_value`/`last_traceback` and `modules` are set by the interpreter;
 * `_debugmallocstats` prints the allocator's statistics (heap/mallocstats.ts).
 */

import { formatDebugMallocStats } from '../../heap/mallocstats.js';
import { H, PyObject, PyRaise, PyType, STATIC_RC, staticAddr } from '../../objects/object.js';
import { PyStr, internObj, newStr, newStrFresh } from '../../objects/str.js';
import { PyInt, newInt } from '../../objects/int.js';
import { PyTuple, newTuple } from '../../objects/tuple.js';
import { newList } from '../../objects/list.js';
import { None, newBool, newNone } from '../../objects/singletons.js';
import {
  OverflowError, RecursionError, TypeError, ValueError, raise, isException,
} from '../../objects/exceptions.js';
import { argRange, bindArgs, defGetSet, defMethod, newStaticDict } from '../../objects/methods.js';
import { staticBuiltin } from '../../objects/descr.js';
import { strType, textIOType, tupleType, typeType } from '../../objects/typeobjects.js';
import { callSpecial, index, isInstance } from '../../objects/abstract.js';
import { PyModule, moduleSetOwned, moduleSet, newModule } from '../../objects/module.js';
import { BuiltinsContext, activeContext } from '../context.js';
import { systemExit } from '../exit.js';

// ------------------------------------------------------------------ stdout / stderr

/** A text stream whose writes go to the host (sys.stdout, sys.stderr). */
export class PyTextIO extends PyObject {
  constructor(readonly stream: 'stdout' | 'stderr') {
    super(textIOType);
  }
}

function newTextIO(stream: 'stdout' | 'stderr'): PyTextIO {
  const f = new PyTextIO(stream);
  H.allocate(f, textIOType.presize + textIOType.basicsize, textIOType.presize);
  return f;
}

let textIOReady = false;
function initTextIO(): void {
  if (textIOReady) return;
  textIOReady = true;
  const t = textIOType;
  if (!t.dict) t.dict = newStaticDict();
  defMethod(t, 'write', (self, args, kw) => {
    argRange('write', args, kw, 1, 1);
    const s = args[0];
    if (!(s instanceof PyStr)) throw raise(TypeError, `write() argument must be str, not ${s.type.name}`);
    activeContext().write((self as PyTextIO).stream, s.v);
    return newInt(s.length);
  });
  defMethod(t, 'flush', (_self, args, kw) => {
    argRange('flush', args, kw, 0, 0);
    return newNone();
  });
  defMethod(t, 'isatty', () => newBool(false));
  defMethod(t, 'writable', () => newBool(true));
  defMethod(t, 'readable', () => newBool(false));
  defMethod(t, '__repr__', (self) => newStrFresh(`<_io.TextIOWrapper name='<${(self as PyTextIO).stream}>' mode='w' encoding='utf-8'>`));
  defGetSet(t, 'name', (o) => newStrFresh(`<${(o as PyTextIO).stream}>`));
  defGetSet(t, 'mode', () => newStr('w'));
  defGetSet(t, 'encoding', () => newStrFresh('utf-8'));
}

// ------------------------------------------------------------------ version_info

/** The `sys.version_info` struct-sequence type: a tuple subtype with named fields. */
const versionInfoType = new PyType(typeType, 'version_info');
versionInfoType.rc = STATIC_RC;
versionInfoType.addr = staticAddr(424);
versionInfoType.module = 'sys';
versionInfoType.qualname = 'version_info';
versionInfoType.gc = true;
versionInfoType.presize = 16;
versionInfoType.basicsize = tupleType.basicsize;
versionInfoType.base = tupleType;
versionInfoType.bases = [tupleType];
versionInfoType.mro = [versionInfoType, ...tupleType.mro];
versionInfoType.solidBase = tupleType;
tupleType.subclasses.add(versionInfoType);
const VERSION_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'];

let versionInfoReady = false;
function initVersionInfo(): void {
  if (versionInfoReady) return;
  versionInfoReady = true;
  const t = versionInfoType;
  if (!t.dict) t.dict = newStaticDict();
  VERSION_FIELDS.forEach((f, i) => defGetSet(t, f, (o) => {
    const v = (o as PyTuple).items[i];
    v.rc++;
    return v;
  }));
  defMethod(t, '__repr__', (self) => {
    const it = (self as PyTuple).items;
    const parts = VERSION_FIELDS.map((f, i) => {
      const v = it[i];
      return `${f}=${v instanceof PyStr ? `'${v.v}'` : String((v as PyInt).v)}`;
    });
    return newStrFresh(`sys.version_info(${parts.join(', ')})`);
  });
}

function newVersionInfo(): PyTuple {
  const items = [newInt(3), newInt(11), newInt(7), newStr('final'), newInt(0)];
  const o = new PyTuple(items);
  o.type = versionInfoType;
  H.allocate(o, 16 + 24 + 8 * items.length, 16);
  return o;
}

// ------------------------------------------------------------------ functions

function getrefcount(args: PyObject[], kw: string[] | null): PyObject {
  argRange('sys.getrefcount', args, kw, 1, 1);
  // The argument is held by the caller's evaluation stack: rc already counts it.
  return newInt(args[0].rc);
}

/**
 * _PySys_GetSizeOf: `__sizeof__()` plus the pre-header the object's block has before it
 * (16 for GC objects, 32 with 3.11's managed dict: the type's `presize`).
 */
export function getSizeOf(o: PyObject): number {
  const r = callSpecial(o, '__sizeof__');
  if (r === null) throw raise(TypeError, `Type ${o.type.name} doesn't define __sizeof__`);
  let n: number;
  try {
    // PyLong_AsSsize_t's own words: no __index__ is tried for the result.
    if (!(r instanceof PyInt) || r.type.name === 'float') throw raise(TypeError, 'an integer is required');
    if (typeof r.v === 'bigint' && (r.v >= 2n ** 63n || r.v < -(2n ** 63n))) throw raise(OverflowError, 'Python int too large to convert to C ssize_t');
    n = Number(r.v);
  } finally {
    H.decref(r);
  }
  if (n < 0) throw raise(ValueError, '__sizeof__() should return >= 0');
  return n + o.type.presize;
}

function getsizeof(args: PyObject[], kw: string[] | null): PyObject {
  const [o, dflt] = bindArgs('getsizeof', args, kw, ['object', 'default'], 1);
  try {
    return newInt(getSizeOf(o!));
  } catch (e) {
    // With a default, a TypeError (no usable __sizeof__) gives the default instead.
    if (dflt !== undefined && e instanceof PyRaise && isException(e.exc) && isInstance(e.exc, TypeError)) {
      H.decref(e.exc);
      dflt.rc++;
      return dflt;
    }
    throw e;
  }
}

function getrecursionlimit(args: PyObject[], kw: string[] | null): PyObject {
  argRange('getrecursionlimit', args, kw, 0, 0);
  return newInt(activeContext().recursionLimit.limit);
}

function setrecursionlimit(args: PyObject[], kw: string[] | null): PyObject {
  argRange('setrecursionlimit', args, kw, 1, 1);
  const v = index(args[0]);
  if (v < 1) throw raise(ValueError, 'recursion limit must be greater or equal than 1');
  if (v > 2147483647) throw raise(OverflowError, 'Python int too large to convert to C int');
  const rl = activeContext().recursionLimit;
  const n = Number(v);
  if (rl.depth >= n) {
    throw raise(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${rl.depth}: the limit is too low`);
  }
  rl.limit = n;
  return newNone();
}

function intern(args: PyObject[], kw: string[] | null): PyObject {
  argRange('intern', args, kw, 1, 1);
  const s = args[0];
  if (s.type !== strType) throw raise(TypeError, `intern() argument must be str, not ${s.type.name}`);
  return internObj(s as PyStr);
}

/** sys.exit(status=None): SystemExit(status); a tuple status becomes the args. */
function exit(args: PyObject[], kw: string[] | null): PyObject {
  argRange('exit', args, kw, 0, 1);
  const st = args.length === 0 ? None : args[0];
  if (st === None) throw new PyRaise(systemExit([]));
  if (st.type === tupleType) throw new PyRaise(systemExit((st as PyTuple).items.slice()));
  throw new PyRaise(systemExit([st]));
}

function getdefaultencoding(args: PyObject[], kw: string[] | null): PyObject {
  argRange('getdefaultencoding', args, kw, 0, 0);
  return newStrFresh('utf-8');
}

/** sys.exc_info(): (type, value, traceback) of the exception being handled, or three Nones. */
function excInfo(args: PyObject[], kw: string[] | null): PyObject {
  argRange('exc_info', args, kw, 0, 0);
  const e = activeContext().handledException() as (PyObject & { traceback?: PyObject | null }) | null;
  if (e === null) return newTuple([newNone(), newNone(), newNone()]);
  const tb = e.traceback ?? None;
  e.type.rc++;
  e.rc++;
  tb.rc++;
  return newTuple([e.type, e, tb]);
}

/** sys.exception() (3.11): the exception being handled, or None. */
function exception(args: PyObject[], kw: string[] | null): PyObject {
  argRange('exception', args, kw, 0, 0);
  const e = activeContext().handledException();
  if (e === null) return newNone();
  e.rc++;
  return e;
}

/**
 * sys._debugmallocstats(): pymalloc's statistics and the free lists, written straight to
 * the process's stderr as CPython does (not through sys.stderr).
 */
function debugmallocstats(args: PyObject[], kw: string[] | null): PyObject {
  argRange('_debugmallocstats', args, kw, 0, 0);
  activeContext().write('stderr', formatDebugMallocStats(H.alloc));
  return newNone();
}

const functions: [string, (a: PyObject[], k: string[] | null) => PyObject][] = [
  ['_debugmallocstats', debugmallocstats],
  ['exc_info', excInfo], ['exception', exception], ['exit', exit], ['getdefaultencoding', getdefaultencoding], ['getrecursionlimit', getrecursionlimit],
  ['getrefcount', getrefcount], ['getsizeof', getsizeof], ['intern', intern],
  ['setrecursionlimit', setrecursionlimit],
];
const functionObjects = new Map<string, PyObject>();

// ------------------------------------------------------------------ the module

/** The sys module of the running session (borrowed), or null when none is alive. */
let current: PyModule | null = null;
export function activeSysModule(): PyModule | null {
  return current !== null && current.rc > 0 ? current : null;
}

/** A new session starts: the previous session's sys module is no longer the active one. */
export function forgetSysModule(): void {
  current = null;
}

export const VERSION = '3.11.7 (memsnake) [a Python 3.11 subset on a simulated CPython heap]';

/** A new sys module for the session of `ctx`. */
export function createSysModule(ctx: BuiltinsContext): PyModule {
  initTextIO();
  initVersionInfo();
  const m = newModule('sys', undefined, 'This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.');
  m.builtin = true;
  for (const [n, f] of functions) {
    let o = functionObjects.get(n);
    if (o === undefined) {
      o = staticBuiltin(n, f, 'sys');
      functionObjects.set(n, o);
    }
    moduleSet(m, n, o);
  }
  moduleSetOwned(m, 'argv', newList(ctx.argv.map((a) => newStr(a))));
  moduleSetOwned(m, 'byteorder', newStrFresh('little'));
  moduleSetOwned(m, 'maxsize', newInt(9223372036854775807n));
  moduleSetOwned(m, 'platform', newStrFresh('linux'));
  moduleSetOwned(m, 'version', newStrFresh(VERSION));
  moduleSetOwned(m, 'version_info', newVersionInfo());
  moduleSetOwned(m, 'hexversion', newInt(0x30b07f0));
  moduleSetOwned(m, 'api_version', newInt(1013));
  const out = newTextIO('stdout'), err = newTextIO('stderr');
  moduleSet(m, 'stdout', out);
  moduleSet(m, '__stdout__', out);
  moduleSet(m, 'stderr', err);
  moduleSet(m, '__stderr__', err);
  H.decref(out);
  H.decref(err);
  current = m;
  return m;
}
