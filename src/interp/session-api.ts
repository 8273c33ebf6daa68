/**
 * The contract between the interpreter (which runs inside the worker thread) and the host
 * side (cli.ts, repl/, the worker's message loop). The interpreter implements `Session`;
 * the host creates one per worker and drives it. Everything here is plain data or plain
 * callbacks, so nothing on the host side imports the heap or the object model.
 */

import type { InspectAccess } from './inspect-eval.js';

export type OutStream = 'stdout' | 'stderr';

/** What a heap check found (interp/check-roots.ts), as plain data. */
export interface HeapCheckResult {
  phase: 'end' | 'shutdown' | 'running';
  /** Invariant violations (refcounts, dead references, blocks), leaks included. */
  violations: number;
  /** Of which: leaks (an unreachable object whose count no reference explains). */
  leaks: number;
  /** Groups of garbage only a cyclic collector can free (shutdown only). */
  cycles: number;
  /** Interpreter state that should be empty at that moment (value stack, frames). */
  state: string[];
  /** One line per finding, for people. */
  lines: string[];
}

export interface SessionOptions {
  /** sys.argv as Python sees it (argv[0] is the script path, '-c' for -c, '' for the REPL). */
  argv: string[];
  /** sys.getrecursionlimit() at start (CLI --recursion-limit, default 1000). */
  recursionLimit: number;
  /** Cap on the simulated heap in bytes (CLI --max-heap, default 512 MiB). */
  maxHeap: number;
  /** Where print(), sys.stdout.write, tracebacks and warnings go. Called synchronously. */
  write(stream: OutStream, text: string): void;
  /**
   * Reads one line for input() (without its newline), after `prompt` was written by the
   * caller; null at end of input (input() then raises EOFError). Synchronous: the worker
   * blocks until the main thread answers.
   */
  readLine(prompt: string): string | null;
  /**
   * Polled by the evaluator at loop back-edges and calls; when `interrupt[0]` is non-zero
   * the evaluator resets it to 0 and raises KeyboardInterrupt.
   */
  interrupt: Int32Array;
  /**
   * Track live objects so `heapCheck` can run (MEMSNAKE_CHECK=1, tests). Costs a set
   * insertion per allocation; off by default.
   */
  check?: boolean;
}

/** How the REPL should treat the text typed so far. */
export type InputStatus = 'complete' | 'incomplete' | 'error';

export interface Session {
  /**
   * Runs a whole program as `__main__`: parse all of it first (a syntax error stops it
   * before anything runs), execute, then — unless `keepAlive` (for `-i`) — finalize the
   * interpreter in CPython's shutdown order. Prints tracebacks itself. Returns the process
   * exit code (0, 1 after an uncaught exception, 130 after KeyboardInterrupt, sys.exit's
   * code). `source` is raw bytes so the UTF-8 / NUL checks of spec §1 happen here.
   * kind: 'file' (filename shown in tracebacks is the absolute path), 'string' (-c:
   * `<string>`), 'stdin' (piped script: `<stdin>`).
   */
  runMain(source: Uint8Array, filename: string, kind: 'file' | 'string' | 'stdin', keepAlive?: boolean): number;
  /** Whether the REPL has a complete entry, needs more lines, or already has an error. */
  inputStatus(source: string): InputStatus;
  /**
   * Runs one REPL entry (one or more lines, complete per inputStatus) in `__main__`:
   * echoes expression values with repr and sets `_`, prints tracebacks and syntax errors.
   * Returns an exit code when the entry ended the session (exit(), quit(), sys.exit,
   * raise SystemExit), otherwise null.
   */
  runReplEntry(source: string): number | null;
  /** Interpreter shutdown (module finalization order, __del__s at exit). Idempotent. */
  finalize(): void;
  /**
   * The refcount invariant checker (phase 'end', after a program, before finalize) or
   * the leak check (phase 'shutdown', after finalize); only with `check: true`.
   * Phase 'running' checks the invariant alone while Python code runs (from a native
   * function, in tests). See interp/check-roots.ts.
   */
  heapCheck?(phase: 'end' | 'shutdown' | 'running'): HeapCheckResult;
  /**
   * The inspectors' view of the session (meta-commands, --stats; src/inspect/): the heap,
   * module namespaces, and read-only evaluation of an expression. Worker side only.
   */
  inspectAccess?(): InspectAccess;
}
