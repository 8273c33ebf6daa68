/**
 * The worker thread's entry point. It owns the interpreter: it builds one Session from the
 * WorkerConfig in workerData and serves the requests of protocol.ts one at a time. Python
 * code runs here, on a stack sized for deep recursion (launch.ts), while the main thread
 * stays free to read the terminal and to set the interrupt flag on Ctrl-C.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { createSession } from '../interp/session.js';
import type { OutStream, Session } from '../interp/session-api.js';
import { InputReader } from './input-channel.js';
import { OutputBuffer } from './output-buffer.js';
import type { Reply, Request, WorkerConfig } from './protocol.js';

const config = workerData as WorkerConfig;
const port = parentPort!;
const interrupt = new Int32Array(config.interrupt);
const input = new InputReader(config.input);

function reply(message: Reply): void {
  port.postMessage(message);
}

const output = new OutputBuffer((stream, text) => reply({ type: 'output', stream, text }), config.stdoutIsTTY);

/** Session.readLine: blocks this thread until the main thread has read a line. */
function readLine(prompt: string): string | null {
  // Hold back the prompt when it has not gone out yet, so the main thread's line editor
  // can show it itself (a prompt printed behind the editor's back confuses its cursor).
  const held = output.takeSuffix(prompt);
  output.flush();
  reply({ type: 'input-request', prompt: held ? prompt : '' });
  const answer = input.read(() => reply({ type: 'input-more' }));
  if (answer.kind === 'line') return answer.text;
  if (answer.kind === 'eof') return null;
  // Ctrl-C while waiting: raise the flag so the evaluator raises KeyboardInterrupt.
  Atomics.store(interrupt, 0, 1);
  return '';
}

let session: Session | null = null;

function getSession(): Session {
  if (session !== null) return session;
  const created: Session = createSession({
    argv: config.argv,
    recursionLimit: config.recursionLimit,
    maxHeap: config.maxHeap,
    write: (stream: OutStream, text: string) => output.write(stream, text),
    readLine,
    interrupt,
  });
  session = created;
  return created;
}

/** One line for the user; a host bug must never show a JavaScript stack. */
function describe(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'the interpreter ran out of JavaScript stack (' + error.message + ')';
  }
  if (error instanceof Error) return (error.name && error.name !== 'Error' ? error.name + ': ' : '') + error.message.split('\n')[0];
  return String(error).split('\n')[0];
}

function serve(request: Request): void {
  let exitCode: number | null = null;
  try {
    const s = getSession();
    switch (request.type) {
      case 'run-main':
        exitCode = s.runMain(request.source, request.filename, request.kind, request.keepAlive);
        break;
      case 'repl-entry':
        exitCode = s.runReplEntry(request.source);
        break;
      case 'input-status':
        output.flush();
        reply({ type: 'done', exitCode: null, status: s.inputStatus(request.source) });
        return;
      case 'finalize':
        s.finalize();
        break;
    }
  } catch (error) {
    output.flush();
    reply({ type: 'internal-error', message: describe(error) });
    exitCode = request.type === 'repl-entry' ? null : 1;
  }
  output.flush();
  reply({ type: 'done', exitCode });
  // After finalize (which runMain without keepAlive did itself) nothing more will come:
  // let this thread end on its own.
  if (request.type === 'finalize' || (request.type === 'run-main' && !request.keepAlive)) port.close();
}

port.on('message', (request: Request) => serve(request));
