// Runs a Python program in-process through a real session (compiler + object layer) and
// returns what it printed, for unit tests of object-layer behaviour that only Python code
// can reach (function objects are made by the compiler).
import { createSession } from '../../../src/interp/session.js';

export interface RunResult {
  out: string;
  err: string;
  code: number;
}

export function runPy(src: string): RunResult {
  let out = '', err = '';
  const s = createSession({
    argv: ['t.py'],
    recursionLimit: 1000,
    maxHeap: 512 * 1024 * 1024,
    write: (stream, text) => {
      if (stream === 'stdout') out += text;
      else err += text;
    },
    readLine: () => null,
    interrupt: new Int32Array(1),
  });
  const code = s.runMain(new TextEncoder().encode(src), '/t.py', 'file');
  return { out, err, code };
}
