/**
 * The main thread's side of the worker: starts the interpreter's Worker, sends it requests
 * (one at a time, each answered by one `done`), copies its output to process.stdout/stderr
 * in the order it was written, answers input() through the shared input buffer, and raises
 * the shared interrupt flag on Ctrl-C.
 */

import { Worker } from 'node:worker_threads';
import type { InputStatus } from '../interp/session-api.js';
import { createInputBuffer, InputWriter } from './input-channel.js';
import { INTERRUPTED, type LineSource, writeTo } from './line-source.js';
import type { Reply, Request, WorkerConfig } from './protocol.js';
import type { ExitStats, InspectCommand, InspectResult } from '../inspect/types.js';

export interface HostOptions {
  argv: string[];
  recursionLimit: number;
  maxHeap: number;
  /** Where input() reads its lines. */
  lines: LineSource;
  /** --stats: the worker takes exit statistics (WorkerConfig.stats); see `exitStats`. */
  stats?: boolean;
  /** --trace[=KINDS] (WorkerConfig.trace). */
  trace?: string;
}

/**
 * The bundled build (scripts/build-bundle.mjs) defines MEMSNAKE_WORKER_ENTRY as the worker's
 * entry beside the bundle, worker-boot.cjs, which loads the interpreter with V8's code
 * cache; unbundled (tsc's dist/), the worker is worker.js next to this file.
 */
declare const MEMSNAKE_WORKER_ENTRY: string | undefined;
const WORKER_ENTRY = typeof MEMSNAKE_WORKER_ENTRY === 'string' ? MEMSNAKE_WORKER_ENTRY : './worker.js';

/** A failure of the host or the worker itself, to be shown as one line. */
export class InternalError {
  constructor(readonly message: string) {}
}

/**
 * The worker's stack. The interpreter's recursion check (sys.getrecursionlimit) must trip
 * before V8's stack does. Measured with the first interpreter (Nov 2026): a plain Python
 * call costs about 0.8 KB of JS stack (4 MB held ~5,000 frames); recursion through
 * __getitem__ and sorted(key=lambda) to a 10,000 limit fit in 8 MB. We budget 8 KB per
 * frame on top of 64 MB, and never less than 256 MB: the stack is reserved address space,
 * not memory in use, and start-up costs the same from 4 MB to 256 MB (it grows beyond that:
 * 2.5 GB added ~30 ms), so a generous floor is free.
 */
export function stackSizeMbFor(recursionLimit: number): number {
  const PER_FRAME_KB = 8;
  const BASE_MB = 64;
  return Math.max(256, Math.ceil(BASE_MB + (recursionLimit * PER_FRAME_KB) / 1024));
}

/** What a `done` carries back to the request that waits for it. */
type Done = { exitCode: number | null; status?: InputStatus; inspect?: InspectResult; names?: string[] };

interface Pending {
  resolve(reply: Done): void;
  reject(error: InternalError): void;
}

export class WorkerHost {
  private worker: Worker;
  private config: WorkerConfig;
  private readonly interruptFlag: Int32Array;
  private readonly inputWriter: InputWriter;
  private pending: Pending | null = null;
  private inputPending = false;
  private exited = false;
  /** The worker has finalized and is ending (after finalize, or runMain without keepAlive). */
  private finished = false;
  private exitPromise: Promise<void>;
  /** --stats: the statistics the worker took before shutting down (null until then). */
  exitStats: ExitStats | null = null;
  /** Called with the one-line message of a host bug inside the worker (the request goes on). */
  onInternalError: (message: string) => void = (message) => writeTo('stderr', `memsnake: internal error: ${message}\n`);

  constructor(private readonly options: HostOptions) {
    const interrupt = new SharedArrayBuffer(4);
    const input = createInputBuffer();
    this.interruptFlag = new Int32Array(interrupt);
    this.inputWriter = new InputWriter(input);
    this.config = {
      argv: options.argv,
      recursionLimit: options.recursionLimit,
      maxHeap: options.maxHeap,
      stdoutIsTTY: process.stdout.isTTY === true,
      interrupt,
      input,
      stats: options.stats === true,
      ...(options.trace !== undefined ? { trace: options.trace } : {}),
    };
    [this.worker, this.exitPromise] = this.spawn();
  }

  /** Starts an interpreter thread; its events count only while it is the current one (see restart). */
  private spawn(): [Worker, Promise<void>] {
    const worker = new Worker(new URL(WORKER_ENTRY, import.meta.url), {
      workerData: this.config,
      resourceLimits: { stackSizeMb: stackSizeMbFor(this.options.recursionLimit) },
      // The worker writes through messages only; its own process.stdout is never used.
      stdout: false,
      stderr: false,
    });
    worker.on('message', (message: Reply) => {
      if (worker === this.worker) this.receive(message);
    });
    worker.on('error', (error: Error) => {
      if (worker !== this.worker) return;
      // The thread is dead after an uncaught error, even before its 'exit' arrives.
      this.exited = true;
      this.fail(error instanceof Error ? error.message.split('\n')[0] : String(error));
    });
    const exitPromise = new Promise<void>((resolve) => {
      worker.on('exit', () => {
        resolve();
        if (worker !== this.worker) return;
        this.exited = true;
        this.fail('the interpreter thread stopped unexpectedly');
      });
    });
    return [worker, exitPromise];
  }

  /**
   * :reset: shuts this interpreter down (its __del__s run, as at exit) and starts a fresh
   * one with empty globals and a new heap. A new thread, because the heap and the
   * interpreter's caches are per-thread module state: nothing of the old session survives.
   */
  async restart(argv: string[]): Promise<void> {
    await this.finalize();
    this.config = { ...this.config, argv };
    this.exited = false;
    this.finished = false;
    Atomics.store(this.interruptFlag, 0, 0);
    [this.worker, this.exitPromise] = this.spawn();
  }

  runMain(source: Uint8Array, filename: string, kind: 'file' | 'string' | 'stdin', keepAlive: boolean): Promise<number> {
    return this.request({ type: 'run-main', source, filename, kind, keepAlive }).then((r) => {
      if (!keepAlive) this.finished = true;
      return r.exitCode ?? 0;
    });
  }

  runReplEntry(source: string): Promise<number | null> {
    return this.request({ type: 'repl-entry', source }).then((r) => r.exitCode);
  }

  inputStatus(source: string): Promise<InputStatus> {
    return this.request({ type: 'input-status', source }).then((r) => r.status ?? 'error');
  }

  /** Runs an allocator inspector in the worker (read-only); its plain-data result. */
  inspect(command: InspectCommand, arg: string): Promise<InspectResult> {
    return this.request({ type: 'inspect', command, arg }).then((r) => r.inspect ?? { command, error: 'the interpreter sent no answer' });
  }

  /** Tab completion candidates (complete-names.ts); read-only. */
  complete(path: string[], prefix: string): Promise<string[]> {
    return this.request({ type: 'complete', path, prefix }).then((r) => r.names ?? []);
  }

  /** Shuts the interpreter down (finalization, __del__ at exit) and waits for the thread. */
  async finalize(): Promise<void> {
    if (this.exited) return;
    if (!this.finished) await this.request({ type: 'finalize' });
    this.finished = true;
    await Promise.race([this.exitPromise, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    if (!this.exited) await this.worker.terminate();
  }

  /** Ctrl-C while code runs: the evaluator notices the flag and raises KeyboardInterrupt. */
  interrupt(): void {
    if (this.inputPending) {
      this.options.lines.cancel();
      return;
    }
    Atomics.store(this.interruptFlag, 0, 1);
  }

  /** Whether the interrupt flag is still up (the evaluator has not noticed it yet). */
  get interruptPending(): boolean {
    return Atomics.load(this.interruptFlag, 0) !== 0;
  }

  /** Whether the worker thread still runs. */
  get alive(): boolean {
    return !this.exited;
  }

  /** Whether a request is running in the worker (so Ctrl-C means "interrupt the code"). */
  get busy(): boolean {
    return this.pending !== null;
  }

  private request(request: Request): Promise<Done> {
    if (this.exited) return Promise.reject(new InternalError('the interpreter thread has stopped'));
    if (this.pending !== null) return Promise.reject(new InternalError('a request is already running'));
    // A Ctrl-C that arrived after the previous entry finished must not hit this one.
    if (request.type !== 'input-status') Atomics.store(this.interruptFlag, 0, 0);
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(request);
    });
  }

  private receive(message: Reply): void {
    switch (message.type) {
      case 'output':
        writeTo(message.stream, message.text);
        return;
      case 'input-request':
        this.answerInput(message.prompt);
        return;
      case 'input-more':
        this.inputWriter.sendNextChunk();
        return;
      case 'internal-error':
        this.onInternalError(message.message);
        return;
      case 'done': {
        const pending = this.pending;
        this.pending = null;
        if (message.stats !== undefined) this.exitStats = message.stats;
        pending?.resolve({ exitCode: message.exitCode, status: message.status, inspect: message.inspect, names: message.names });
        return;
      }
    }
  }

  private answerInput(prompt: string): void {
    this.inputPending = true;
    this.options.lines.read(prompt, 'stdout').then(
      (line) => {
        this.inputPending = false;
        if (line === INTERRUPTED) this.inputWriter.sendInterrupted();
        else if (line === null) this.inputWriter.sendEof();
        else this.inputWriter.sendLine(line);
      },
      () => {
        this.inputPending = false;
        this.inputWriter.sendEof();
      },
    );
  }

  private fail(message: string): void {
    const pending = this.pending;
    this.pending = null;
    pending?.reject(new InternalError(message));
  }
}
