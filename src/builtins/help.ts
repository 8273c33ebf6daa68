/**
 * help(): python3's site module puts an interactive help utility (pydoc) in builtins;
 * memsnake has no pydoc, so help() prints a short guide to memsnake itself instead of
 * failing with a NameError, and help(obj) points at what can be learnt about obj here.
 */

import type { PyObject } from '../objects/object.js';
import { reprStr } from '../objects/abstract.js';
import { argRange } from '../objects/methods.js';
import { newNone } from '../objects/singletons.js';
import { writeTo } from './builtins.js';

const GUIDE = [
  'memsnake: a Python 3.11 subset running on a simulated CPython heap.',
  '',
  '  Type Python at the >>> prompt; a block (def, class, if...) ends with a blank line.',
  '  Meta-commands start with a colon: :help lists them, :help CMD explains one.',
  '  A few to start with:  :refs x   who holds x     :why x    why x is still alive',
  '                        :heap     live objects    :gc       the collector',
  '                        :sizeof x its size        :pools    pymalloc\'s pools',
  '  exit() or Ctrl-D leaves.',
  '',
].join('\n');

export function builtinHelp(args: PyObject[], kw: string[] | null): PyObject {
  argRange('help', args, kw, 0, 1);
  if (args.length === 0) writeTo(null, 'stdout', GUIDE);
  else writeTo(null, 'stdout', `memsnake has no help pages (pydoc) for ${reprStr(args[0])}.\nTry dir() on it, or :sizeof / :refs to see its memory.\n`);
  return newNone();
}
