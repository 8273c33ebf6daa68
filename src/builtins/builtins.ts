/**
 * The `builtins` module's namespace. Mirrors Python/bltinmodule.c, 3.11 (builtin_methods
 * and _PyBuiltin_Init's table of types and singletons) plus what Lib/site.py adds that a
 * learner meets (exit, quit).
 *
 * Every builtin function is a static object (`staticBuiltin`), shared by all sessions as
 * CPython's are static C functions: those that need the session (print, input, globals,
 * locals, dir, vars, super) read it through `activeContext()`, which
 * `createBuiltinsDict` installs. The types (int, str, list, range, enumerate...) are the
 * type objects of objects/, callable through their `__new__`; nothing is re-implemented
 * here. The dict itself is a new heap object per session.
 *
 * The rest lives in builtins_attr.ts (attributes, isinstance, dir...), builtins_seq.ts
 * (sorted, min/max, sum, iter/next...), builtins_num.ts (abs, round, pow, chr, format...)
 * and builtins_descr.ts (property, classmethod, staticmethod, super).
 */

import { H, PyObject, PyRaise, PyType } from '../objects/object.js';
import { PyDict, newDict } from '../objects/dict.js';
import { PyStr, newStr, newStrFresh, staticName } from '../objects/str.js';
import { Ellipsis, None, NotImplemented, True, newNone } from '../objects/singletons.js';
import {
  EOFError, TypeError, RuntimeError, excTypes, raise,
} from '../objects/exceptions.js';
import { argRange } from '../objects/methods.js';
import { staticBuiltin } from '../objects/descr.js';
import {
  boolType, bytesType, classmethodType, dictType, enumerateType, filterType, floatType,
  frozensetType, intType, listType, mapType, objectType, propertyType, rangeType,
  reversedType, setType, sliceType, staticmethodType, strType, superType, tupleType,
  typeType, zipType,
} from '../objects/typeobjects.js';
import { callMethod, isTrue, len, repr, reprStr, strStr } from '../objects/abstract.js';
import { newInt } from '../objects/int.js';
import { strAscii } from '../objects/num/strrepr.js';
import { initModuleType } from '../objects/module.js';
import { setBuiltinModuleResolver } from '../objects/function_attrs.js';
import { BuiltinsContext, activeContext, setActiveContext } from './context.js';
import {
  builtinCallable, builtinDelattr, builtinDir, builtinGetattr, builtinGlobals, builtinHasattr,
  builtinHash, builtinId, builtinIsinstance, builtinIssubclass, builtinLocals, builtinSetattr,
  builtinVars,
} from './builtins_attr.js';
import {
  builtinAll, builtinAny, builtinIter, builtinMax, builtinMin, builtinNext, builtinSorted,
  builtinSum,
} from './builtins_seq.js';
import {
  builtinAbs, builtinBin, builtinChr, builtinDivmod, builtinFormat, builtinHex, builtinOct,
  builtinOrd, builtinPow, builtinRound,
} from './builtins_num.js';
import { initDescrTypes } from './builtins_descr.js';
import { PyTextIO, activeSysModule, forgetSysModule } from './modules/sys.js';
import { exitObj, initQuitter, quitObj } from './exit.js';
import { builtinHelp } from './help.js';

// ------------------------------------------------------------------ print / input

/** sys.stdout or sys.stderr as the program sees it now (borrowed), or null before sys exists. */
function sysStream(name: 'stdout' | 'stderr'): PyObject | null {
  const sys = activeSysModule();
  if (sys === null) return null;
  const f = sys.dict.getStr(name);
  if (f === undefined) throw raise(RuntimeError, `lost sys.${name}`);
  return f;
}

/** file.write(text): straight to the host for the real streams, else a method call. */
export function writeTo(file: PyObject | null, stream: 'stdout' | 'stderr', text: string): void {
  if (file === null) {
    activeContext().write(stream, text);
    return;
  }
  if (file instanceof PyTextIO) {
    activeContext().write(file.stream, text);
    return;
  }
  const s = newStr(text);
  try {
    H.decref(callMethod(file, 'write', [s]));
  } finally {
    H.decref(s);
  }
}

/** print(*objects, sep=' ', end='\n', file=None, flush=False). */
function builtinPrint(args: PyObject[], kw: string[] | null): PyObject {
  const nk = kw === null ? 0 : kw.length;
  const npos = args.length - nk;
  let sep: PyObject | undefined, end: PyObject | undefined, file: PyObject | undefined, flush: PyObject | undefined;
  for (let i = 0; i < nk; i++) {
    const v = args[npos + i];
    switch (kw![i]) {
      case 'sep': sep = v; break;
      case 'end': end = v; break;
      case 'file': file = v; break;
      case 'flush': flush = v; break;
      default: throw raise(TypeError, `'${kw![i]}' is an invalid keyword argument for print()`);
    }
  }
  if (sep !== undefined && sep !== None && !(sep instanceof PyStr)) {
    throw raise(TypeError, `sep must be None or a string, not ${sep.type.name}`);
  }
  if (end !== undefined && end !== None && !(end instanceof PyStr)) {
    throw raise(TypeError, `end must be None or a string, not ${end.type.name}`);
  }
  let f: PyObject | null;
  if (file === undefined || file === None) {
    f = sysStream('stdout');
    if (f === None) return newNone();
  } else f = file;
  const sepS = sep instanceof PyStr ? sep.v : ' ';
  const endS = end instanceof PyStr ? end.v : '\n';
  // CPython writes each piece separately (so a failing __str__ leaves the earlier ones
  // written); the real streams get one write per piece too.
  for (let i = 0; i < npos; i++) {
    if (i > 0) writeTo(f, 'stdout', sepS);
    writeTo(f, 'stdout', strStr(args[i]));
  }
  writeTo(f, 'stdout', endS);
  if (flush !== undefined && f !== null && !(f instanceof PyTextIO)) {
    if (isTrue(flush)) H.decref(callMethod(f, 'flush'));
  }
  return newNone();
}


/** input(prompt='', /): the prompt goes to sys.stdout, the line comes from the host. */
function builtinInput(args: PyObject[], kw: string[] | null): PyObject {
  argRange('input', args, kw, 0, 1);
  const prompt = args.length > 0 ? strStr(args[0]) : '';
  const out = sysStream('stdout');
  if (prompt !== '') writeTo(out === None ? null : out, 'stdout', prompt);
  const line = activeContext().readLine(prompt);
  if (line === null) throw raise(EOFError, 'EOF when reading a line');
  return newStr(line);
}

function builtinLen(args: PyObject[], kw: string[] | null): PyObject {
  argRange('len', args, kw, 1, 1);
  return newInt(len(args[0]));
}

function builtinRepr(args: PyObject[], kw: string[] | null): PyObject {
  argRange('repr', args, kw, 1, 1);
  return repr(args[0]);
}

function builtinAscii(args: PyObject[], kw: string[] | null): PyObject {
  argRange('ascii', args, kw, 1, 1);
  return newStrFresh(strAscii(reprStr(args[0])));
}

let typesReady = false;
function initBuiltinTypes(): void {
  if (typesReady) return;
  typesReady = true;
  initModuleType();
  initDescrTypes();
  initQuitter();
}

// ------------------------------------------------------------------ the namespace

/** The builtin functions, in bltinmodule.c's builtin_methods order. */
const functions: [string, (args: PyObject[], kw: string[] | null) => PyObject][] = [
  ['abs', builtinAbs], ['all', builtinAll], ['any', builtinAny], ['ascii', builtinAscii],
  ['bin', builtinBin], ['callable', builtinCallable], ['chr', builtinChr],
  ['delattr', builtinDelattr], ['dir', builtinDir], ['divmod', builtinDivmod],
  ['format', builtinFormat], ['getattr', builtinGetattr], ['globals', builtinGlobals],
  ['hasattr', builtinHasattr], ['hash', builtinHash], ['help', builtinHelp], ['hex', builtinHex], ['id', builtinId],
  ['input', builtinInput], ['isinstance', builtinIsinstance], ['issubclass', builtinIssubclass],
  ['iter', builtinIter], ['len', builtinLen], ['locals', builtinLocals], ['max', builtinMax],
  ['min', builtinMin], ['next', builtinNext], ['oct', builtinOct], ['ord', builtinOrd],
  ['pow', builtinPow], ['print', builtinPrint], ['repr', builtinRepr], ['round', builtinRound],
  ['setattr', builtinSetattr], ['sorted', builtinSorted], ['sum', builtinSum],
  ['vars', builtinVars],
];

/** The static function objects, created once per process. */
const functionObjects = new Map<string, PyObject>();
function builtinFunction(name: string): PyObject {
  let f = functionObjects.get(name);
  if (f === undefined) {
    const impl = functions.find(([n]) => n === name)![1];
    f = staticBuiltin(name, impl);
    functionObjects.set(name, f);
  }
  return f;
}

/** The builtin types, in _PyBuiltin_Init's order (those memsnake has). */
const types: [string, PyType][] = [
  ['bool', boolType], ['bytes', bytesType], ['classmethod', classmethodType],
  ['dict', dictType], ['enumerate', enumerateType], ['filter', filterType],
  ['float', floatType], ['frozenset', frozensetType], ['property', propertyType],
  ['int', intType], ['list', listType], ['map', mapType], ['object', objectType],
  ['range', rangeType], ['reversed', reversedType], ['set', setType], ['slice', sliceType],
  ['staticmethod', staticmethodType], ['str', strType], ['super', superType],
  ['tuple', tupleType], ['type', typeType], ['zip', zipType],
];

/**
 * A new dict holding every builtin (the `builtins` module's namespace) for the session
 * whose context is `ctx`; installs `ctx` as the active context. `None`, `True` and
 * `False` are keywords in memsnake's grammar, so they are not in it.
 */
/**
 * The module a module-level built-in function belongs to (its `__self__`: `len.__self__`
 * is the builtins module, `math.sqrt.__self__` the math module). A new reference, or
 * null when the session cannot name it.
 */
function builtinModuleOf(name: string): PyObject | null {
  const ctx = activeContext();
  if (name === 'builtins') {
    const b = (ctx.currentGlobals() as PyDict).getStr('__builtins__');
    if (b === undefined) return null;
    b.rc++;
    return b;
  }
  try {
    return ctx.importModule(name);
  } catch (e) {
    if (e instanceof PyRaise) {
      H.decref(e.exc);
      return null;
    }
    throw e;
  }
}

export function createBuiltinsDict(ctx: BuiltinsContext): PyDict {
  setActiveContext(ctx);
  forgetSysModule();
  initBuiltinTypes();
  setBuiltinModuleResolver(builtinModuleOf);
  const d = newDict();
  const put = (name: string, v: PyObject): void => d.set(staticName(name), v);
  const name = newStr('builtins');
  put('__name__', name);
  H.decref(name);
  const doc = newStrFresh('Built-in functions, exceptions, and other objects.');
  put('__doc__', doc);
  H.decref(doc);
  const pkg = newStr('');
  put('__package__', pkg);
  H.decref(pkg);
  put('__loader__', None);
  put('__spec__', None);
  for (const [n] of functions) put(n, builtinFunction(n));
  put('Ellipsis', Ellipsis);
  put('NotImplemented', NotImplemented);
  for (const [n, t] of types) put(n, t);
  put('__debug__', True);
  for (const [n, t] of excTypes) put(n, t);
  put('exit', exitObj);
  put('quit', quitObj);
  return d;
}
