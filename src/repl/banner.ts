/**
 * The REPL's greeting: two short lines in the place of python3's, on stderr as python3
 * prints its own (so `memsnake -i < lesson.txt > out.txt` keeps the program's output clean).
 */

import { memsnakeVersion } from './version.js';

export function bannerLines(): string[] {
  return [
    `memsnake ${memsnakeVersion()} \u2014 Python 3.11 subset on a simulated CPython heap`,
    'Type ":help" for memsnake\'s commands; exit() or Ctrl-D leaves.',
  ];
}
