/**
 * A REPL-like session for the inspector tests, in-process and with the heap checker on:
 * `run` feeds entries (separated by blank lines) as the REPL would and returns what they
 * printed since the last call.
 */

import { createSession } from '../../../src/interp/session.js';
import type { Session } from '../../../src/interp/session-api.js';

export interface Live {
  session: Session;
  out(): string;
}

export function start(): Live {
  let out = '';
  const session = createSession({
    argv: [''],
    recursionLimit: 1000,
    maxHeap: 512 * 1024 * 1024,
    write: (_stream, text) => {
      out += text;
    },
    readLine: () => null,
    interrupt: new Int32Array(1),
    check: true,
  });
  return {
    session,
    out: () => {
      const o = out;
      out = '';
      return o;
    },
  };
}

export function run(l: Live, source: string): string {
  for (const entry of source.split('\n\n')) l.session.runReplEntry(entry + '\n');
  return l.out();
}
