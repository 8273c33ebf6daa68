/**
 * The error carrier of the num library.
 *
 * Mirrors nothing in CPython directly: where CPython calls PyErr_SetString /
 * PyErr_Format, these pure functions throw a NumError naming the exception type
 * and carrying the message verbatim. The object layer turns it into a heap
 * exception. Like every guest-error carrier in memsnake it does not extend
 * Error, so JS captures no stack.
 */

export type NumExcType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'KeyError'
  | 'IndexError';

export class NumError {
  constructor(
    readonly excType: NumExcType,
    readonly message: string,
  ) {}
}

/** Throws a NumError; typed `never` so callers can use it in expressions. */
export function raise(excType: NumExcType, message: string): never {
  throw new NumError(excType, message);
}
