/**
 * Generator objects (Objects/genobject.c). A generator function's call creates the frame
 * at once (arguments move into it) and returns a generator that owns the frame; running
 * it resumes a JS generator compiled from the body.
 *
 * Not yet implemented: the generator-mode compiler (compile.ts `genBody`). Until then,
 * calling a generator function raises a clear SystemError instead of misbehaving.
 */

import type { PyObject } from '../objects/object.js';
import type { PyFunction } from '../objects/function.js';
import { SystemError, raise } from '../objects/exceptions.js';
import { releaseFrame, type Frame } from './frame.js';
import type { CodeInfo } from './code.js';

export function newGenerator(f: Frame, _func: PyFunction, code: CodeInfo): PyObject {
  releaseFrame(f);
  throw raise(SystemError, `generator functions are not supported by memsnake yet (${code.qualname})`);
}
