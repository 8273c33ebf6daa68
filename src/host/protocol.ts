/**
 * The message protocol between the main thread (cli.ts, repl/, launch.ts) and the worker
 * thread that owns the interpreter (worker.ts). Everything is structured-clone data.
 *
 * Requests (main → worker) each get exactly one `done` reply, in order; the worker runs one
 * request at a time. While a request runs the worker may send any number of `output`
 * messages and `input-request`s. Two things cannot be messages, because the worker is busy
 * in synchronous Python code when they matter:
 *   - the interrupt flag (Ctrl-C): a shared Int32Array the evaluator polls;
 *   - the answer to input(): the worker blocks in Atomics.wait on a shared buffer that the
 *     main thread fills (see input-channel.ts).
 */

import type { InputStatus, OutStream } from '../interp/session-api.js';
import type { ExitStats, InspectCommand, InspectResult } from '../inspect/types.js';

/** What the worker needs to build its Session; sent as workerData. */
export interface WorkerConfig {
  argv: string[];
  recursionLimit: number;
  maxHeap: number;
  /** Whether the real stdout is a terminal (output is then flushed line by line). */
  stdoutIsTTY: boolean;
  /** The interrupt flag: interrupt[0] != 0 means Ctrl-C was pressed. */
  interrupt: SharedArrayBuffer;
  /** The input() answer channel (input-channel.ts). */
  input: SharedArrayBuffer;
  /**
   * --stats: track live objects, and take the exit statistics (inspect/exit-stats.ts) when
   * the program has ended, before the interpreter shuts down; they come back in the
   * `done` of the request that shut it down (run-main without keepAlive, or finalize).
   */
  stats: boolean;
  /** --trace[=KINDS]: heap events to stderr from the program's start ('' for every kind). */
  trace?: string;
}

/**
 * run-main: Session.runMain; without keepAlive the worker ends after replying (the program
 * finalized the interpreter itself). repl-entry: Session.runReplEntry. input-status:
 * Session.inputStatus, answered in `done.status`. finalize: Session.finalize, after which
 * the worker ends. inspect: an allocator inspector (`:pools`, `:arenas`, `:sizeof`; see
 * inspect/allocator-view.ts), answered in `done.inspect`; it changes no state.
 */
export type Request =
  | { type: 'run-main'; source: Uint8Array; filename: string; kind: 'file' | 'string' | 'stdin'; keepAlive: boolean }
  | { type: 'repl-entry'; source: string }
  | { type: 'input-status'; source: string }
  | { type: 'finalize' }
  | { type: 'inspect'; command: InspectCommand; arg: string }
  /** Tab completion: names starting with `prefix` (globals and builtins, or attributes of the object `path` names); read-only, runs no Python code (complete-names.ts). */
  | { type: 'complete'; path: string[]; prefix: string };

export type Reply =
  /** Program output, in the order it was written; consecutive writes may be coalesced. */
  | { type: 'output'; stream: OutStream; text: string }
  /**
   * input() wants a line. `prompt` is the prompt text when the worker held it back so the
   * main thread can hand it to its line editor; '' when it was already sent as output.
   */
  | { type: 'input-request'; prompt: string }
  /** The line did not fit the shared buffer: send the next chunk. */
  | { type: 'input-more' }
  /** A request finished. exitCode: run-main's/finalize's code; repl-entry's code or null. */
  | { type: 'done'; exitCode: number | null; status?: InputStatus; inspect?: InspectResult; stats?: ExitStats; names?: string[] }
  /** A host-side bug in the worker: one line, never a stack trace for the user. */
  | { type: 'internal-error'; message: string };
