/**
 * The compiled form of one code object (module, class body, function, lambda,
 * comprehension): what the evaluator needs to set up a frame and run it. The heap-side
 * code object (objects/function.ts PyCode) owns the constants; this holds the closures.
 */

import type * as A from '../parse/ast.js';
import type { PyObject } from '../objects/object.js';
import type { PyCode } from '../objects/function.js';
import type { Frame } from './frame.js';
import type { Scope } from './resolve.js';

/** A compiled expression: returns a new reference. */
export type Ev = (f: Frame) => PyObject;
/** A compiled statement: returns a completion. */
export type Ex = (f: Frame) => number;
/** A compiled generator-body statement. */
export type GEx = (f: Frame) => Generator<PyObject, number, PyObject>;

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

export interface CodeInfo {
  name: string;
  qualname: string;
  filename: string;
  pos: A.Pos;
  scope: Scope;
  nslots: number;
  /**
   * CPython's co_stacksize, estimated from the AST (stack-depth.ts): sys.getsizeof of a
   * generator counts it. Slots the yield lowering added (`.yN`, which CPython keeps on its
   * stack instead) are `hiddenSlots` and are not counted as locals there.
   */
  stacksize: number;
  hiddenSlots: number;
  slotNames: string[];
  /** Positional parameters (posonly + normal), positional-only count, keyword-only count. */
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  varargs: boolean;
  varkw: boolean;
  /** Slots holding cells created at frame entry (their value moves into the cell). */
  cellSlots: number[];
  /** Slots filled from the function's closure tuple, in order. */
  freeSlots: number[];
  body: Ex;
  genBody: GEx | null;
  isGenerator: boolean;
  /** The heap code object (owns the constants); set by the compiler. */
  pycode: PyCode | null;
  /** The docstring constant, if any (borrowed from co_consts). */
  doc: PyObject | null;
}
