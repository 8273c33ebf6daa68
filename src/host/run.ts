/**
 * What one memsnake process does once its command line is understood: find the program
 * (-c, a file, stdin), start the worker, run the program, enter the REPL when asked, shut
 * the interpreter down and return the exit code. File errors are reported here in
 * python3's words, because they happen before any Python runs.
 */

import { readFileSync, statSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { resolve } from 'node:path';
import { type LineSource, NoLines, PipeLines, writeTo } from './line-source.js';
import { WorkerHost } from './launch.js';

export interface Invocation {
  code?: string;
  script?: string;
  rest: string[];
  interactive: boolean;
  color: boolean;
  recursionLimit: number;
  maxHeap: number;
  /** --json: meta-commands and --stats print one JSON object each. */
  json?: boolean;
  /** --stats: live objects by type and allocator totals on stderr at exit. */
  stats?: boolean;
  /** --trace[=KINDS]: heap events on stderr ('' for every kind). */
  trace?: string;
}

type Program =
  | { kind: 'string'; source: Uint8Array; filename: '<string>' }
  | { kind: 'stdin'; source: Uint8Array; filename: '<stdin>' }
  | { kind: 'file'; source: Uint8Array; filename: string }
  | { kind: 'repl' };

/** A file problem with python3's message and exit code. */
class OpenFailure {
  constructor(
    readonly message: string,
    readonly exitCode: number,
  ) {}
}

export async function runProgram(invocation: Invocation): Promise<number> {
  const stdinIsTTY = process.stdin.isTTY === true;
  const readsStdin = invocation.code === undefined && (invocation.script === '-' || (invocation.script === undefined && !invocation.interactive && !stdinIsTTY));
  const argv = invocation.code !== undefined ? ['-c', ...invocation.rest] : invocation.script !== undefined ? [invocation.script, ...invocation.rest] : [''];
  const lines: LineSource = readsStdin ? new NoLines() : stdinIsTTY ? await terminalLines() : new PipeLines();
  // The worker boots (and loads the interpreter) while this thread reads the program.
  const host = new WorkerHost({ argv, recursionLimit: invocation.recursionLimit, maxHeap: invocation.maxHeap, lines, stats: invocation.stats, trace: invocation.trace });
  let program: Program;
  try {
    program = await findProgram(invocation, readsStdin);
  } catch (error) {
    if (!(error instanceof OpenFailure)) throw error;
    writeTo('stderr', `memsnake: ${error.message}\n`);
    return error.exitCode;
  }
  installInterruptHandler(host, lines);

  let exitCode = 0;
  if (program.kind !== 'repl') exitCode = await host.runMain(program.source, program.filename, program.kind, invocation.interactive);
  if (program.kind === 'repl' || invocation.interactive) {
    const { runRepl } = await import('../repl/loop.js');
    const { bannerLines } = await import('../repl/banner.js');
    exitCode = await runRepl({
      host,
      lines,
      promptStream: stdinIsTTY ? 'stdout' : 'stderr',
      banner: program.kind === 'repl' ? await styleBanner(bannerLines(), invocation.color) : [],
      color: invocation.color,
      json: invocation.json,
    });
  }
  await host.finalize();
  if (invocation.stats === true) await printExitStats(host, invocation);
  lines.close();
  return exitCode;
}

/** --stats: what the worker took before shutdown, on stderr after all the program's output. */
async function printExitStats(host: WorkerHost, invocation: Invocation): Promise<void> {
  const stats = host.exitStats;
  if (stats === null) {
    writeTo('stderr', 'memsnake: --stats: no statistics (the interpreter stopped before the program ended)\n');
    return;
  }
  const { renderExitStats } = await import('../repl/render-inspect.js');
  const color = invocation.color && process.stderr.isTTY === true;
  for (const line of renderExitStats(stats, { color, json: invocation.json === true })) writeTo('stderr', line + '\n');
}

async function findProgram(invocation: Invocation, readsStdin: boolean): Promise<Program> {
  if (invocation.code !== undefined) return { kind: 'string', source: Buffer.from(invocation.code, 'utf8'), filename: '<string>' };
  if (readsStdin) return { kind: 'stdin', source: await readAll(process.stdin), filename: '<stdin>' };
  if (invocation.script === undefined) return { kind: 'repl' };
  const path = resolve(invocation.script);
  try {
    if (statSync(path).isDirectory()) throw new OpenFailure(`can't find '__main__' module in '${path}'`, 1);
    return { kind: 'file', source: readFileSync(path), filename: path };
  } catch (error) {
    if (error instanceof OpenFailure) throw error;
    throw new OpenFailure(`can't open file '${path}': ${errnoText(error)}`, 2);
  }
}

/** `[Errno 2] No such file or directory`, from a Node fs error. */
function errnoText(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  const errno = (osConstants.errno as Record<string, number>)[code];
  const message = (error as { message?: string }).message ?? String(error);
  const reason = message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*$/s, '');
  const text = reason.charAt(0).toUpperCase() + reason.slice(1);
  return errno === undefined ? text : `[Errno ${errno}] ${text}`;
}

function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  return new Promise((resolveRead) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer | string) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    stream.on('end', () => resolveRead(Buffer.concat(chunks)));
    stream.on('error', () => resolveRead(Buffer.concat(chunks)));
  });
}

/** The banner's first line in bold when colour is on (chalk is loaded only then). */
async function styleBanner(lines: string[], color: boolean): Promise<string[]> {
  if (!color) return lines;
  const { default: chalk } = await import('chalk');
  return lines.map((line, i) => (i === 0 ? chalk.bold(line) : chalk.dim(line)));
}

async function terminalLines(): Promise<LineSource> {
  const { TerminalLines } = await import('../repl/terminal.js');
  return new TerminalLines();
}

/**
 * Ctrl-C: while code runs it raises the interrupt flag; at a prompt it cancels the read.
 * If the interpreter ignores the flag through three presses, the process stops (a stuck
 * interpreter must not hold the terminal hostage).
 */
function installInterruptHandler(host: WorkerHost, lines: LineSource): void {
  let unanswered = 0;
  process.on('SIGINT', () => {
    if (!host.busy) {
      lines.cancel();
      return;
    }
    unanswered = host.interruptPending ? unanswered + 1 : 1;
    if (unanswered >= 3) {
      writeTo('stderr', '\nmemsnake: the interpreter does not respond to Ctrl-C; stopping\n');
      process.exit(130);
    }
    host.interrupt();
  });
}
