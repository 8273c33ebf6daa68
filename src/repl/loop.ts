/**
 * The read-eval-print loop on the main thread. It collects lines until the entry is
 * complete (the worker's Session.inputStatus decides, as python3's compiler does), then
 * sends the entry to the worker, which prints values, tracebacks and syntax errors itself.
 * Lines starting with ':' at the primary prompt are meta-commands (meta-commands.ts).
 *
 * The same loop serves a terminal and `memsnake -i < transcript`; they differ only in the
 * LineSource and where prompts go (python3 writes them to stderr when stdin is not a tty).
 */

import type { OutStream } from '../interp/session-api.js';
import { INTERRUPTED, type LineSource, writeTo } from '../host/line-source.js';
import { InternalError, type WorkerHost } from '../host/launch.js';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type MetaOutcome, metaCommandNames, runMetaCommand, type SessionControls } from './meta-commands.js';
import { complete } from './complete.js';
import type { Completer } from './terminal.js';

export interface ReplOptions {
  host: WorkerHost;
  lines: LineSource;
  /** Where `>>> ` and `... ` go. */
  promptStream: OutStream;
  /** Banner lines to print first (none after `-i FILE` or `-i -c`, as python3). */
  banner: string[];
  /** How meta-commands show their results: colour (a terminal), or one JSON object (--json). */
  color?: boolean;
  json?: boolean;
}

const PS1 = '>>> ';
const PS2 = '... ';

/** Runs the loop until EOF, exit() or :quit; returns the exit code. */
export async function runRepl(options: ReplOptions): Promise<number> {
  const { host, lines, promptStream } = options;
  for (const line of options.banner) writeTo('stderr', line + '\n');
  // While the loop owns the host, a host bug inside an entry is a SystemError, not the end.
  host.onInternalError = (message) => writeTo('stderr', `SystemError: ${message}\n`);
  // A terminal's line editor completes with Tab (terminal.ts); piped lines have no editor.
  const editor = lines as LineSource & { setCompleter?(completer: Completer): void };
  editor.setCompleter?.((before) => complete(before, host, metaCommandNames()));

  let entry: string[] = [];
  for (;;) {
    const line = await lines.read(entry.length === 0 ? PS1 : PS2, promptStream);
    if (line === INTERRUPTED) {
      writeTo('stderr', 'KeyboardInterrupt\n');
      entry = [];
      continue;
    }
    if (line === null) {
      // python3 ends the prompt line before leaving, and runs a block left open at EOF.
      writeTo(promptStream, '\n');
      if (entry.length === 0) return 0;
      const code = await runEntry(host, entry.join('\n'));
      if (code !== null) return code;
      entry = [];
      continue;
    }
    if (entry.length === 0 && line.startsWith(':')) {
      const outcome = await runMeta(host, line, options);
      if (outcome.kind === 'exit') return outcome.code;
      continue;
    }
    if (entry.length === 0 && line.trim() === '') continue;
    entry.push(line);
    // The lines as typed, joined with '\n': after an empty line the text ends with '\n'
    // (src/parse/complete.ts reads a final empty line as "the user ended the block").
    const source = entry.join('\n');
    if ((await inputStatus(host, source)) === 'incomplete') continue;
    entry = [];
    const code = await runEntry(host, source);
    if (code !== null) return code;
  }
}

/** A meta-command; a failure of the host is one line (SystemError) and the loop goes on. */
async function runMeta(host: WorkerHost, line: string, options: ReplOptions): Promise<MetaOutcome> {
  try {
    return await runMetaCommand(line, {
      print: (text) => writeTo('stdout', text + '\n'),
      printError: (text) => writeTo('stderr', text + '\n'),
      inspect: (command, arg) => host.inspect(command, arg),
      session: sessionControls(host, options),
      color: options.color === true,
      json: options.json === true,
    });
  } catch (error) {
    if (error instanceof InternalError && !host.alive) throw error;
    writeTo('stderr', `SystemError: ${error instanceof InternalError ? error.message : String(error)}\n`);
    return { kind: 'continue' };
  }
}

/** :load, :reset and :set; :set changes `options`, which every later command reads. */
function sessionControls(host: WorkerHost, options: ReplOptions): SessionControls {
  const flags = { colour: 'color', color: 'color', json: 'json' } as const;
  return {
    async load(path) {
      const absolute = resolve(path);
      let source: Uint8Array;
      try {
        if (statSync(absolute).isDirectory()) return `'${absolute}' is a directory`;
        source = readFileSync(absolute);
      } catch (error) {
        return `can't open file '${absolute}': ${(error as { code?: string }).code === 'ENOENT' ? '[Errno 2] No such file or directory' : String((error as Error).message ?? error).split('\n')[0]}`;
      }
      // As `python3 -i FILE` runs it: the whole file first parsed, then run in __main__'s
      // globals, a traceback for an uncaught exception; the session goes on either way.
      await host.runMain(source, absolute, 'file', true);
      return null;
    },
    reset: () => host.restart(['']),
    set(name, value) {
      const key = flags[name.toLowerCase() as keyof typeof flags];
      if (key === undefined) return `unknown option '${name}' (colour, json, trace, threshold)`;
      if (value !== 'on' && value !== 'off') return `${name} takes on or off, not '${value}'`;
      options[key] = value === 'on';
      return null;
    },
    options: () => ({ colour: options.color === true ? 'on' : 'off', json: options.json === true ? 'on' : 'off' }),
  };
}

async function inputStatus(host: WorkerHost, source: string): Promise<'complete' | 'incomplete' | 'error'> {
  try {
    return await host.inputStatus(source);
  } catch (error) {
    if (error instanceof InternalError && !host.alive) throw error;
    // Let the interpreter report whatever is wrong with the entry.
    return 'error';
  }
}

/** Runs one entry; the exit code when it ended the session (exit(), sys.exit), else null. */
async function runEntry(host: WorkerHost, source: string): Promise<number | null> {
  try {
    return await host.runReplEntry(source);
  } catch (error) {
    if (error instanceof InternalError && !host.alive) throw error;
    writeTo('stderr', `SystemError: ${error instanceof InternalError ? error.message : String(error)}\n`);
    return null;
  }
}
