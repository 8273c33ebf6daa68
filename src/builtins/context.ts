/**
 * What the builtins and the built-in modules need from the running interpreter.
 *
 * Mirrors nothing in CPython directly: there, `print` reads `sys.stdout` and `locals()`
 * reads the current frame through the thread state. memsnake's builtins must not import
 * the interpreter (the dependency direction is interp → builtins → objects), so the
 * interpreter hands them this small interface when a session starts.
 *
 * One session runs per worker thread at a time, exactly like the active heap `H`
 * (objects/object.ts). So the builtin function objects are static, shared by every
 * session (as CPython's are statically defined C functions), and read the session's
 * context through `activeContext()`; `createBuiltinsDict` installs it.
 */

import type { PyObject } from '../objects/object.js';

export interface BuiltinsContext {
  /** Host output: print() and sys.stdout/sys.stderr.write() end here. Synchronous. */
  write(stream: 'stdout' | 'stderr', text: string): void;
  /**
   * One line for input(), without its newline; null at end of input (input() then
   * raises EOFError). The prompt has already been written through `write`; it is passed
   * again for hosts that show it themselves (a REPL line editor).
   */
  readLine(prompt: string): string | null;
  /** sys.argv as Python sees it. */
  argv: string[];
  /**
   * The recursion counter the interpreter checks (abstract.ts `recursion`): `limit` is
   * sys.getrecursionlimit(), `depth` the current Python + native call depth.
   */
  recursionLimit: { depth: number; limit: number };
  /** The globals dict of the innermost running Python frame (borrowed). */
  currentGlobals(): PyObject;
  /** locals() of the innermost frame: a NEW reference to a dict (a snapshot in functions). */
  currentLocals(): PyObject;
  /**
   * Zero-argument super(): [class, self] of the innermost frame (both borrowed): the
   * `__class__` cell and the first argument. Raises RuntimeError('super(): no arguments')
   * (or `super(): __class__ cell not found`) itself when they are missing.
   */
  superArgs(): [PyObject, PyObject];
  /** The exception being handled (sys.exception()), borrowed; null when none. */
  handledException(): PyObject | null;
  /** Imports a module by name from the session's registry: a NEW reference or raises. */
  importModule(name: string): PyObject;
}

let active: BuiltinsContext | null = null;

/** Installs the context of the session that is starting (createBuiltinsDict does it). */
export function setActiveContext(ctx: BuiltinsContext): void {
  active = ctx;
}

/** The running session's context. */
export function activeContext(): BuiltinsContext {
  if (active === null) throw new Error('internal error: no builtins context installed');
  return active;
}
