/**
 * Turning whatever a JS `catch` receives into a Python exception carrier.
 *
 * Python exceptions travel as PyRaise. The numeric library reports errors as NumError,
 * the allocator a MemoryLimitExceeded past --max-heap, and V8 a RangeError if the JS stack
 * ever overflows (the recursion limit should prevent it; this is the safety net). Anything
 * else is a bug in memsnake and is rethrown to the top level, which reports it as one
 * SystemError line.
 */

import { H, PyRaise } from '../objects/object.js';
import { NumError } from '../objects/num/errors.js';
import { MemoryLimitExceeded } from '../heap/allocator.js';
import { MemoryError, RecursionError, excTypes, raise } from '../objects/exceptions.js';

export function toPyRaise(e: unknown): PyRaise {
  if (e instanceof PyRaise) return e;
  if (e instanceof NumError) return raise(excTypes.get(e.excType)!, e.message);
  if (e instanceof MemoryLimitExceeded) {
    H.alloc.grantEmergencyReserve();
    return raise(MemoryError);
  }
  if (e instanceof RangeError && /call stack/.test(e.message)) return raise(RecursionError, 'maximum recursion depth exceeded');
  throw e;
}
