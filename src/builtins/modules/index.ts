/**
 * The registry of built-in modules this package provides. Mirrors the role of
 * Python/config.c's `_PyImport_Inittab`: a name → init function table. The interpreter
 * creates a module the first time it is imported and caches it in the session's
 * sys.modules; each factory returns a NEW module object. `gc`, `weakref`, `copy`,
 * `functools`, `collections`, `itertools` and `tracemalloc` register here later.
 */

import type { PyObject } from '../../objects/object.js';
import type { BuiltinsContext } from '../context.js';
import { createSysModule } from './sys.js';
import { createMathModule } from './math.js';
import { createTimeModule } from './time.js';
import { createWeakrefModule } from './weakref.js';
import { createGcModule } from './gc.js';
import { createTracemallocModule } from './tracemalloc.js';

export type ModuleFactory = (ctx: BuiltinsContext) => PyObject;

export const builtinModuleFactories = new Map<string, ModuleFactory>([
  ['sys', (ctx) => createSysModule(ctx)],
  ['math', () => createMathModule()],
  ['time', () => createTimeModule()],
  ['weakref', () => createWeakrefModule()],
  ['gc', (ctx) => createGcModule(ctx)],
  ['tracemalloc', () => createTracemallocModule()],
]);
