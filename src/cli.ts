/**
 * The command line: `memsnake [options] [-c CODE | FILE | -] [ARGS...]`, as python3 reads
 * its own. Option parsing ends at the program (FILE, `-`, or -c's CODE): everything after it
 * is the program's sys.argv, so `memsnake x.py -v` gives sys.argv == ['x.py', '-v']. The
 * options before it are checked and documented by commander.
 *
 * Nothing here loads the interpreter: it runs in the worker (host/launch.ts), so the main
 * thread starts fast and stays free for the terminal and Ctrl-C. For the same reason
 * commander (about 15 ms to load) is only loaded when there are options to parse:
 * `memsnake x.py` and `memsnake -c CODE` go straight to the worker.
 */

import type { Command } from 'commander';
import type { Invocation } from './host/run.js';

const USAGE = '[options] [-c CODE | FILE | -] [ARGS...]';
const DEFAULT_MAX_HEAP = 512 * 1024 * 1024;

/** Options that take a value in the next argument when not written `--name=value`. */
const VALUE_OPTIONS = new Set(['--model', '--recursion-limit', '--max-heap']);

/** The command line cut where option parsing ends. */
interface Split {
  head: string[];
  code?: string;
  script?: string;
  rest: string[];
}

class UsageError {
  constructor(readonly message: string) {}
}

type Commander = typeof import('commander');

/** Mirrors python3's rule: the first non-option argument (or -c's value) ends the options. */
function splitArgs(args: string[]): Split {
  const head: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') return { head, script: args[i + 1], rest: args.slice(i + 2) };
    if (arg === '-' || !arg.startsWith('-')) return { head, script: arg, rest: args.slice(i + 1) };
    if (arg.startsWith('--')) {
      head.push(arg);
      if (VALUE_OPTIONS.has(arg) && i + 1 < args.length) head.push(args[++i]);
      continue;
    }
    // A cluster of short flags (-i, -ic CODE, -cCODE).
    const at = arg.indexOf('c');
    if (at < 0) {
      head.push(arg);
      continue;
    }
    if (at > 1) head.push(arg.slice(0, at));
    const attached = arg.slice(at + 1);
    if (attached === '' && i + 1 >= args.length) throw new UsageError('Argument expected for the -c option');
    const code = attached !== '' ? attached : args[++i];
    return { head, code, rest: args.slice(i + 1) };
  }
  return { head, rest: [] };
}

function parseLimit(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1_000_000) {
    throw new commander.InvalidArgumentError('Expected a whole number from 1 to 1000000.');
  }
  return Number(value);
}

const BYTE_SUFFIXES: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

function parseBytes(value: string): number {
  const match = /^(\d+)([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const bytes = match === null ? NaN : Number(match[1]) * BYTE_SUFFIXES[match[2].toLowerCase()];
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new commander.InvalidArgumentError('Expected a byte count such as 536870912, 512M or 2G.');
  }
  return bytes;
}

function buildProgram(versionLine: string): Command {
  return new commander.Command('memsnake')
    .usage(USAGE)
    .description('A Python you can see the memory of: a Python 3.11 subset on a simulated CPython heap.')
    .helpOption('-h, --help', 'print this help and exit')
    .version(versionLine, '-V, --version', 'print the version and exit')
    .option('-c <code>', 'run CODE as the program; the arguments after it are sys.argv[1:]')
    .option('-i', 'run the program, then enter the REPL in its globals; alone, the REPL even when stdin is not a terminal')
    .addOption(new commander.Option('--model <name>', 'memory model (only cpython so far)').choices(['cpython', 'refcount', 'tracing']).default('cpython'))
    .option('--trace [kinds]', 'print heap events (alloc,free,incref,decref,gc; default all) to stderr as they happen, with the source line; written --trace=KINDS')
    .option('--stats', 'at exit, print live objects by type (end of program, before shutdown) and allocator totals to stderr')
    .option('--json', 'meta-commands and --stats print one JSON object each instead of text')
    .option('--no-color', 'no colour (also when NO_COLOR is set or stdout is not a terminal)')
    .option('--recursion-limit <n>', 'sys.getrecursionlimit() at start', parseLimit, 1000)
    .option('--max-heap <bytes>', 'cap on the simulated heap in bytes; suffixes K, M, G (512M)', parseBytes, DEFAULT_MAX_HEAP)
    .addHelpText(
      'after',
      [
        '',
        'Arguments:',
        '  FILE        a .py file to run (sys.argv[0] is FILE as given)',
        '  -           read the program from stdin',
        '  ARGS        passed to the program as sys.argv[1:]; options after FILE are the program\'s',
        '',
        'With no FILE and no -c: the REPL when stdin is a terminal, else the program on stdin.',
      ].join('\n'),
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      // Commander's own error line is replaced by python3's usage style in parseCommandLine.
      outputError: () => {},
    });
}

function usageFailure(message: string): never {
  const text = message.replace(/^error: /, '');
  process.stderr.write(`memsnake: ${text}\nusage: memsnake ${USAGE}\nTry 'memsnake --help' for more information.\n`);
  process.exit(2);
}

let commander: Commander;

/** Parses the command line; prints help, version or a usage error and exits where due. */
async function parseCommandLine(args: string[]): Promise<Invocation> {
  let split: Split;
  try {
    split = splitArgs(args);
  } catch (error) {
    if (error instanceof UsageError) usageFailure(error.message);
    throw error;
  }
  if (split.head.every((arg) => arg === '-i')) {
    return { ...split, interactive: split.head.length > 0, color: colorWanted(true), recursionLimit: 1000, maxHeap: DEFAULT_MAX_HEAP };
  }
  commander = await import('commander');
  const { versionLine } = await import('./repl/version.js');
  const program = buildProgram(versionLine());
  try {
    program.parse(split.head, { from: 'user' });
  } catch (error) {
    if (error instanceof commander.CommanderError) {
      if (error.exitCode === 0) process.exit(0); // --help, --version
      usageFailure(error.message);
    }
    throw error;
  }
  const options = program.opts<{
    i?: boolean;
    model: string;
    color: boolean;
    recursionLimit: number;
    maxHeap: number;
    stats?: boolean;
    json?: boolean;
    trace?: string | boolean;
  }>();
  if (typeof options.trace === 'string') {
    const { parseTraceKinds } = await import('./heap/event-trace.js');
    const kinds = parseTraceKinds(options.trace);
    if (typeof kinds === 'string') usageFailure(`--trace: ${kinds}`);
  }
  if (options.model !== 'cpython') {
    process.stderr.write(`memsnake: --model ${options.model} is not implemented yet; only cpython exists so far\n`);
    process.exit(2);
  }
  return {
    code: split.code,
    script: split.script,
    rest: split.rest,
    interactive: options.i === true,
    color: colorWanted(options.color),
    recursionLimit: options.recursionLimit,
    maxHeap: options.maxHeap,
    stats: options.stats === true,
    json: options.json === true,
    ...(options.trace !== undefined ? { trace: options.trace === true ? '' : String(options.trace) } : {}),
  };
}

/** Colour only for a terminal, and never against --no-color or NO_COLOR (no-color.org). */
function colorWanted(option: boolean): boolean {
  return option && !(process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') && process.stdout.isTTY === true;
}

async function main(): Promise<number> {
  const invocation = await parseCommandLine(process.argv.slice(2));
  const { runProgram } = await import('./host/run.js');
  return runProgram(invocation);
}

// A reader that went away (`memsnake x.py | head`) ends the program quietly, as it would
// ends python3 (exit code 1, where python3 also prints a BrokenPipeError traceback).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && stream === process.stdout) process.stderr.write(`memsnake: cannot write output: ${error.message}\n`);
    process.exit(1);
  });
}

main().then(
  (code) => exitAfterFlush(code),
  (error: unknown) => internalError(error),
);

function internalError(error: unknown): void {
  const message = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  process.stderr.write(`memsnake: internal error: ${message.split('\n')[0]}\n`);
  exitAfterFlush(1);
}

/** Exits once everything written to stdout and stderr has reached the OS. */
function exitAfterFlush(code: number): void {
  let waiting = 2;
  const done = (): void => {
    if (--waiting === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}
