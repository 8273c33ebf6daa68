/**
 * The worker thread's entry point. It owns the interpreter: it builds one Session from the
 * WorkerConfig in workerData and serves the requests of protocol.ts one at a time. Python
 * code runs here, on a stack sized for deep recursion (launch.ts), while the main thread
 * stays free to read the terminal and to set the interrupt flag on Ctrl-C.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { createSession } from '../interp/session.js';
import { MemoryLimitExceeded } from '../heap/allocator.js';
import type { OutStream, Session } from '../interp/session-api.js';
import { InputReader } from './input-channel.js';
import { OutputBuffer } from './output-buffer.js';
import type { Reply, Request, WorkerConfig } from './protocol.js';
import { runInspect } from '../inspect/allocator-view.js';
import { exitStats } from '../inspect/exit-stats.js';
import type { ExitStats } from '../inspect/types.js';
import { completeNames } from './complete-names.js';
import { startTrace, traceCommand, withTracePaused } from '../inspect/trace-view.js';

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

/**
 * The developer switch for the heap checker (interp/check-roots.ts): MEMSNAKE_CHECK=1
 * runs the invariant check when a program ends (and after each REPL entry) and the leak
 * check after finalize; MEMSNAKE_CHECK=strict also fails on uncollected cycles. Findings
 * go to stderr as lines starting with CHECK_PREFIX, the first one giving the exit code
 * the program itself had; a failed check then exits with CHECK_FAILED_EXIT.
 */
const CHECK = process.env.MEMSNAKE_CHECK === '1' || process.env.MEMSNAKE_CHECK === 'strict' ? process.env.MEMSNAKE_CHECK : null;
const CHECK_PREFIX = 'memsnake-check: ';
const CHECK_FAILED_EXIT = 70;

/** Findings of the checks of one request, printed together at its end. */
let checkLines: string[] = [];
let checkFailed = false;

function heapCheck(s: Session, phase: 'end' | 'shutdown'): void {
  if (CHECK === null || s.heapCheck === undefined) return;
  const r = s.heapCheck(phase);
  for (const l of r.lines) checkLines.push(`${phase}: ${l}`);
  if (r.violations > 0 || r.state.length > 0 || (CHECK === 'strict' && r.cycles > 0)) checkFailed = true;
}

/** Prints the findings (if any) and returns the exit code to report. */
function checkOutcome(exitCode: number | null): number | null {
  if (checkLines.length === 0) return exitCode;
  const lines = checkLines;
  checkLines = [];
  const failed = checkFailed;
  checkFailed = false;
  output.write('stderr', `${CHECK_PREFIX}exit ${exitCode}\n` + lines.map((l) => CHECK_PREFIX + l + '\n').join('') + `${CHECK_PREFIX}${failed ? 'FAILED' : 'ok'}\n`);
  return failed ? CHECK_FAILED_EXIT : exitCode;
}

function getSession(): Session {
  if (session !== null) return session;
  const created: Session = createSession({
    argv: config.argv,
    // --stats needs the live-object set too (exit-stats.ts counts it).
    check: CHECK !== null || config.stats,
    recursionLimit: config.recursionLimit,
    maxHeap: config.maxHeap,
    write: (stream: OutStream, text: string) => output.write(stream, text),
    readLine,
    interrupt,
  });
  session = created;
  // --trace: from here on (the interpreter's own start-up is not the program's).
  const traced = config.trace !== undefined ? created.inspectAccess?.() : undefined;
  if (traced !== undefined) startTrace(traced.heap, config.trace!, traceWrite);
  return created;
}

/** Where heap event lines go: stderr, in order with the program's own output. */
function traceWrite(line: string): void {
  output.write('stderr', line);
}

/** One line for the user; a host bug must never show a JavaScript stack. */
function describe(error: unknown): string {
  if (error instanceof MemoryLimitExceeded) {
    // Outside any Python code (start-up, shutdown): no MemoryError can be raised there.
    return `the simulated heap is full (--max-heap ${config.maxHeap} bytes is too small for the interpreter itself)`;
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'the interpreter ran out of JavaScript stack (' + error.message + ')';
  }
  if (error instanceof Error) return (error.name && error.name !== 'Error' ? error.name + ': ' : '') + error.message.split('\n')[0];
  return String(error).split('\n')[0];
}

/** --stats: taken once, at the end of the program, before shutdown; sent with that request's done. */
let pendingStats: ExitStats | null = null;
let statsTaken = false;

function takeStats(s: Session): void {
  if (!config.stats || statsTaken) return;
  statsTaken = true;
  const access = s.inspectAccess?.();
  if (access !== undefined) pendingStats = exitStats(access);
}

function serve(request: Request): void {
  let exitCode: number | null = null;
  try {
    const s = getSession();
    switch (request.type) {
      case 'run-main':
        if (CHECK === null && !config.stats) {
          exitCode = s.runMain(request.source, request.filename, request.kind, request.keepAlive);
          break;
        }
        // Checking or --stats: keep the session alive to look at it before finalize.
        exitCode = s.runMain(request.source, request.filename, request.kind, true);
        heapCheck(s, 'end');
        if (!request.keepAlive) {
          takeStats(s);
          s.finalize();
          heapCheck(s, 'shutdown');
        }
        exitCode = checkOutcome(exitCode);
        break;
      case 'repl-entry':
        exitCode = s.runReplEntry(request.source);
        heapCheck(s, 'end');
        // A REPL goes on after a failed check (the findings are printed); only an entry
        // that ends the session reports the failure in its exit code.
        if (exitCode !== null) exitCode = checkOutcome(exitCode);
        else checkOutcome(null);
        break;
      case 'input-status':
        output.flush();
        reply({ type: 'done', exitCode: null, status: s.inputStatus(request.source) });
        return;
      case 'inspect': {
        output.flush();
        const access = s.inspectAccess?.();
        // :trace switches the event output (served here, where the output is); the other
        // inspectors' own evaluation is not the program's, so it is not traced.
        const inspect = access === undefined ? { command: request.command, error: 'this session cannot be inspected' }
          : request.command === 'trace' ? traceCommand(access, request.arg, traceWrite)
          : withTracePaused(access.heap, () => runInspect(access, request.command, request.arg));
        output.flush();
        reply({ type: 'done', exitCode: null, inspect });
        return;
      }
      case 'complete': {
        const access = s.inspectAccess?.();
        reply({ type: 'done', exitCode: null, names: access === undefined ? [] : withTracePaused(access.heap, () => completeNames(access, request.path, request.prefix)) });
        return;
      }
      case 'finalize':
        takeStats(s);
        s.finalize();
        heapCheck(s, 'shutdown');
        exitCode = checkOutcome(exitCode);
        break;
    }
  } catch (error) {
    output.flush();
    reply({ type: 'internal-error', message: describe(error) });
    exitCode = request.type === 'repl-entry' ? null : 1;
  }
  output.flush();
  const stats = pendingStats ?? undefined;
  pendingStats = null;
  reply({ type: 'done', exitCode, ...(stats !== undefined ? { stats } : {}) });
  // After finalize (which runMain without keepAlive did itself) nothing more will come:
  // let this thread end on its own.
  if (request.type === 'finalize' || (request.type === 'run-main' && !request.keepAlive)) port.close();
}

port.on('message', (request: Request) => serve(request));
