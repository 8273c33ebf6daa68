/**
 * Meta-commands: REPL lines that start with ':' at the primary prompt. Each command is a
 * descriptor (name, one-line summary, details, run); later commands (:gc, :refs...) join
 * the table without changing the loop. The inspectors (:pools, :arenas, :sizeof) run in
 * the worker beside the heap (context.inspect) and are rendered here (render-inspect.ts).
 * Every command here is read-only except :quit, :gc N (which runs a collection), :load,
 * :reset and :set (the loop's SessionControls).
 */

import type { InspectCommand, InspectResult } from '../inspect/types.js';
import { renderInspect } from './render-inspect.js';
import { runGraphCommand } from './render-graph.js';

export interface MetaContext {
  /** Prints a line of the command's output. */
  print(line: string): void;
  /** Prints a line about a command that failed (stderr). */
  printError(line: string): void;
  /** Runs an inspector in the worker; absent where there is no interpreter (tests of :help). */
  inspect?(command: InspectCommand, arg: string): Promise<InspectResult>;
  /** :load, :reset, :set (the loop's session controls; absent in tests of :help). */
  session?: SessionControls;
  /** Colour (a terminal) and --json: how results are shown. */
  color: boolean;
  json: boolean;
}

/** What :load, :reset and :set change, provided by the loop (loop.ts). */
export interface SessionControls {
  /** Runs a file in the session's globals; an error message, or null. */
  load(path: string): Promise<string | null>;
  /** A fresh interpreter: new heap, empty globals. */
  reset(): Promise<void>;
  /** Sets a session option; an error message, or null. With no name, lists them. */
  set(name: string, value: string): string | null;
  options(): Record<string, string>;
}

/** What the loop does after a command: keep reading, or leave with an exit code. */
export type MetaOutcome = { kind: 'continue' } | { kind: 'exit'; code: number };

interface MetaCommand {
  name: string;
  summary: string;
  details: string[];
  run(args: string, context: MetaContext): MetaOutcome | Promise<MetaOutcome>;
}

const CONTINUE: MetaOutcome = { kind: 'continue' };

const commands: MetaCommand[] = [
  {
    name: 'help',
    summary: 'list the commands, or explain one (:help quit)',
    details: [':help          lists the meta-commands', ':help CMD      explains one of them'],
    run(args, context) {
      const wanted = args.trim().replace(/^:/, '');
      if (context.json) {
        // --json: one object, like every command.
        const one = commands.find((c) => c.name === wanted);
        const data = wanted === '' ? { command: 'help', commands: commands.map((c) => ({ name: c.name, summary: c.summary })) }
          : one === undefined ? { command: 'help', error: unknownCommand(wanted) }
          : { command: 'help', name: one.name, summary: one.summary, details: one.details };
        context.print(JSON.stringify(data));
        return CONTINUE;
      }
      if (wanted === '') {
        context.print('Meta-commands (type them at the >>> prompt):');
        for (const command of commands) context.print(`  :${command.name.padEnd(8)} ${command.summary}`);
        context.print('Type :help CMD for one of them in detail.');
        return CONTINUE;
      }
      const command = commands.find((c) => c.name === wanted);
      if (command === undefined) {
        context.print(unknownCommand(wanted));
        return CONTINUE;
      }
      context.print(`:${command.name} \u2014 ${command.summary}`);
      for (const line of command.details) context.print('  ' + line);
      return CONTINUE;
    },
  },
  {
    name: 'pools',
    summary: 'pymalloc size classes: pools, used and free blocks; :pools N shows class N',
    details: [
      ':pools         the size-class table, like the first section of sys._debugmallocstats():',
      '               for each class in use, its block size, pools, used and free blocks,',
      '               then the allocator\'s totals (arenas, pools, blocks, raw allocations)',
      ':pools N       class N (0..31, blocks of (N + 1) * 16 bytes): each of its pools with a',
      '               map of its blocks in address order (\u2588 used, \u2592 parked on a free list, \u00b7 free)',
      'Read-only. Example:  :pools 1   (the 32-byte blocks: floats, small ints, short strs)',
    ],
    run: (args, context) => inspect('pools', args, context),
  },
  {
    name: 'arenas',
    summary: 'arenas with their pools used and free, and fragmentation',
    details: [
      ':arenas        each 1 MiB arena in usable_arenas order (most used first): pools used,',
      '               free and total, bytes in used blocks of its used pools, and its',
      '               fragmentation (the share of those pools\' blocks that are free)',
      'Read-only. Example:  x = [object() for i in range(10000)]; del x   then  :arenas',
    ],
    run: (args, context) => inspect('arenas', args, context),
  },
  {
    name: 'sizeof',
    summary: 'sys.getsizeof, deep size and the blocks of an object (:sizeof EXPR)',
    details: [
      ':sizeof EXPR   evaluates EXPR in the session\'s globals and shows sys.getsizeof of its',
      '               value, its deep size (the object and everything it references, each',
      '               once; static objects, types, modules and module globals not counted),',
      '               and where each of its own blocks lives (size class, pool, arena; raw',
      '               allocations over 512 bytes say so)',
      'Read-only: refcounts, the allocator and _ are as they were afterwards (EXPR\'s own',
      'side effects, such as a call that appends, are not undone). Example:  :sizeof [1, 2, 3]',
    ],
    run: (args, context) => inspect('sizeof', args, context),
  },
  {
    name: 'gc',
    summary: 'the collector\'s generations; :gc N runs a collection and explains it',
    details: [
      ':gc            the three generations: count / threshold, objects in each, collections,',
      '               collected and uncollectable so far (gc.get_stats()), whether gc is',
      '               enabled, and what will trigger the next automatic collection. Read-only.',
      ':gc N          CHANGES STATE: runs gc.collect(N) (generations 0..N, N = 0, 1 or 2) and',
      '               explains it step by step: objects examined, references subtracted',
      '               (internal vs external), the unreachable objects and the cycles that',
      '               hold them, finalizers run, weakrefs cleared, objects freed, survivors',
      '               moved to the next generation',
      'Example:  a = []; a.append(a); del a   then  :gc 0',
    ],
    run: (args, context) => inspect('gc', args, context),
  },
  {
    name: 'refs',
    summary: 'an object\'s refcount and who holds each reference (:refs EXPR)',
    details: [
      ':refs EXPR     evaluates EXPR read-only and shows its ob_refcnt (sys.getrefcount minus',
      '               its argument), then each holder: globals, frame locals, list slots, dict',
      '               keys, attributes, cells of closures, code constants, the REPL\'s _...;',
      '               the holders add up to the count, or it says what it cannot attribute',
      'Read-only. Example:  x = [1000]; y = {\'k\': x}   then  :refs x',
    ],
    run: (args, context) => inspect('refs', args, context),
  },
  {
    name: 'why',
    summary: 'a shortest path from a root to an object: why it is alive (:why EXPR)',
    details: [
      ':why EXPR      the shortest chain of references from a root (a global, a frame local,',
      '               the interpreter) to EXPR\'s value, one step per line; for garbage that',
      '               no root reaches, the cycle that keeps it until the collector runs',
      'Read-only. Example:  cache = {\'k\': [object()]}   then  :why cache[\'k\'][0]',
    ],
    run: (args, context) => inspect('why', args, context),
  },
  {
    name: 'graph',
    summary: 'the reference graph around an object as Graphviz (:graph EXPR [depth=N] [FILE])',
    details: [
      ':graph EXPR    prints the graph around EXPR\'s value as Graphviz DOT: what it references',
      '               and what references it (both directions, like objgraph\'s show_refs and',
      '               show_backrefs), 2 steps each way; each node shows type, a short',
      '               description, address, refcount and sys.getsizeof; edges are named as',
      '               :refs names them (list[0], dict[\'k\'], .next); the object is gold,',
      '               reference cycles red, the interpreter\'s own references (globals, locals)',
      '               green notes. The walk stops at modules, module globals and builtin types',
      ':graph EXPR depth=N   N steps each way (0 to 10)',
      ':graph EXPR FILE.dot  writes the DOT to FILE (relative to the current directory)',
      ':graph EXPR FILE.svg  renders it to SVG in-process (no system Graphviz needed)',
      'Read-only. Example:  a = [1]; b = [a]; a.append(b)   then  :graph a depth=3 a.svg',
    ],
    run: (args, context) => runGraphCommand(args, context),
  },
  {
    name: 'heap',
    summary: 'live objects by type: counts, bytes, tracked vs untracked',
    details: [
      ':heap          every live heap object (static ones excluded) by type, most common',
      '               first, with the bytes of their blocks and how many the collector tracks',
      'Read-only. Example:  class A: pass   a = [A() for i in range(100)]   then  :heap',
    ],
    run: (args, context) => inspect('heap', args, context),
  },
  {
    name: 'objects',
    summary: 'list live objects (of a type): address, refcount, generation, size',
    details: [
      ':objects       live objects by address (the first 50; it says how many more)',
      ':objects TYPE  only those whose type is named TYPE (:objects list)',
      'Read-only. Example:  :objects dict',
    ],
    run: (args, context) => inspect('objects', args, context),
  },
  {
    name: 'trace',
    summary: 'live heap events as statements run (:trace on|off [alloc,free,incref,decref,gc])',
    details: [
      ':trace on [KINDS]  prints each heap event on one line (stderr) as it happens: the',
      '               event, the object (type@address and a short description), its new',
      '               refcount and the source line running (file:line). KINDS, comma',
      '               separated, default all: alloc (a new object; "from free list" when it',
      '               reuses a parked block), free (its block goes back), decref, incref, gc',
      '               (a collection\'s start and end with counts). Static objects (small',
      '               ints, interned strs, builtin types) are skipped unless KINDS has static',
      ':trace off     stops; :trace alone says whether it is on',
      'Increments are inline in the interpreter (Py_INCREF), so they are not seen as they',
      'happen: with incref, a line "incref ... rc 1 -> 3" is printed when the next event for',
      'that object shows its count grew since the last one printed (the file:line is where',
      'it was noticed). The meta-commands\' own evaluation is never traced. Same as --trace.',
      'Example:  :trace on alloc,free   then  x = [1000]; del x',
    ],
    run: (args, context) => inspect('trace', args, context),
  },
  {
    name: 'snapshot',
    summary: 'take a heap snapshot (then :diff shows what changed)',
    details: [
      ':snapshot      records the live objects by type and starts tracing allocations by',
      '               source line (as tracemalloc does; separate from the tracemalloc module)',
      'Read-only. Example:  :snapshot   then  a = [str(i) for i in range(100)]   then  :diff',
    ],
    run: (args, context) => inspect('snapshot', args, context),
  },
  {
    name: 'diff',
    summary: 'objects and bytes allocated/freed since :snapshot, by type and by source line',
    details: [
      ':diff          live objects by type now against the snapshot (count and bytes change),',
      '               then the blocks allocated since and still alive, by source line',
      'Read-only. Example:  :snapshot   then  a = [str(i) for i in range(100)]   then  :diff',
    ],
    run: (args, context) => inspect('diff', args, context),
  },
  {
    name: 'load',
    summary: 'run a file in the session (:load FILE)',
    details: [
      ':load FILE     CHANGES STATE: runs FILE (a .py script) in the session\'s globals, as if',
      '               its statements were typed at the prompt, without echoing values; an',
      '               uncaught exception prints its traceback and the session goes on',
      'Example:  :load examples/cycles.py',
    ],
    async run(args, context) {
      const path = args.trim();
      if (path === '') context.printError(':load: which file? Usage: :load FILE');
      else if (context.session === undefined) context.printError(':load: no session to load into');
      else {
        const error = await context.session.load(path);
        // --json: one object, like every command (the file's own output comes before it).
        if (context.json) context.print(JSON.stringify(error === null ? { command: 'load', file: path, ok: true } : { command: 'load', file: path, error }));
        else if (error !== null) context.printError(`:load: ${error}`);
      }
      return CONTINUE;
    },
  },
  {
    name: 'reset',
    summary: 'a fresh session: new heap, empty globals',
    details: [
      ':reset         CHANGES STATE: shuts the interpreter down (finalizers run, as at exit)',
      '               and starts a new one: a new heap, empty globals, counters at zero.',
      '               Options set with :set are kept.',
    ],
    async run(_args, context) {
      if (context.session === undefined) context.printError(':reset: no session to reset');
      else {
        await context.session.reset();
        for (const [name, arg] of setInWorkerArgs) await context.inspect?.(name, arg);
        context.print(context.json ? JSON.stringify({ command: 'reset', ok: true }) : 'Session reset: new heap, empty globals.');
      }
      return CONTINUE;
    },
  },
  {
    name: 'set',
    summary: 'session options: :set colour|json on|off, :set trace KINDS|off, :set threshold T0 [T1 [T2]]',
    details: [
      ':set                  shows the options and their values',
      ':set colour on|off    CHANGES STATE: coloured meta-command output (also :set color)',
      ':set json on|off      CHANGES STATE: meta-commands print one JSON object each',
      ':set trace KINDS|off  CHANGES STATE: same as :trace on KINDS (on: every kind) / :trace off',
      ':set threshold T0 [T1 [T2]]  CHANGES STATE: the collector\'s thresholds, as',
      '                      gc.set_threshold (shown by :gc and gc.get_threshold())',
      'Example:  :set json on   then  :heap',
    ],
    async run(args, context) {
      if (context.session === undefined) {
        context.printError(':set: no session options here');
        return CONTINUE;
      }
      const [name = '', value = '', ...extra] = args.trim().split(/\s+/).filter((word) => word !== '');
      // trace and threshold live in the worker beside the heap, so they go through inspect.
      if (name === 'trace' || name === 'threshold') return setInWorker(name, [value, ...extra].filter((w) => w !== ''), context);
      if (name === '') {
        const options = { ...context.session.options(), ...await workerOptions(context) };
        if (context.json) context.print(JSON.stringify({ command: 'set', options }));
        else for (const [key, shown] of Object.entries(options)) context.print(`${key.padEnd(9)} ${shown}`);
        return CONTINUE;
      }
      const error = value === '' || extra.length > 0 ? `usage: :set ${name} VALUE` : context.session.set(name, value);
      // After `:set json on` the answer is already JSON; after `:set json off`, text again.
      if (context.session.options().json === 'on') context.print(JSON.stringify(error === null ? { command: 'set', option: name, value } : { command: 'set', error }));
      else if (error !== null) context.printError(`:set: ${error}`);
      return CONTINUE;
    },
  },
  {
    name: 'quit',
    summary: 'leave memsnake (like exit() or Ctrl-D)',
    details: [':quit          ends the session with exit code 0; changes no state before it'],
    run() {
      return { kind: 'exit', code: 0 };
    },
  },
];

/** Runs an inspector and shows its result; a failure is one line and the REPL goes on. */
async function inspect(command: InspectCommand, args: string, context: MetaContext): Promise<MetaOutcome> {
  if (context.inspect === undefined) {
    context.printError(`:${command}: no interpreter to inspect`);
    return CONTINUE;
  }
  const result = await context.inspect(command, args);
  const shown = renderInspect(result, { color: context.color, json: context.json });
  for (const line of shown.lines) context.print(line);
  if (shown.error !== null) context.printError(shown.error);
  return CONTINUE;
}

/**
 * What `:set trace` / `:set threshold` last sent (the inspector's argument), so :reset can
 * send it again to the new interpreter: :reset keeps the options set with :set.
 */
const setInWorkerArgs = new Map<'trace' | 'threshold', string>();

/** `:set trace ...` / `:set threshold ...`: served by the worker's :trace and threshold inspectors. */
async function setInWorker(name: 'trace' | 'threshold', words: string[], context: MetaContext): Promise<MetaOutcome> {
  let error: string | null = null;
  if (context.inspect === undefined) error = 'no interpreter here';
  else if (words.length === 0) error = name === 'trace' ? 'usage: :set trace KINDS|on|off (KINDS: alloc,free,incref,decref,gc,static)' : 'usage: :set threshold T0 [T1 [T2]]';
  else if (name === 'trace' && words.length > 1 && (words.includes('on') || words.includes('off'))) error = `usage: :set trace KINDS|on|off, not '${words.join(' ')}'`;
  else {
    const arg = name === 'threshold' ? words.join(' ') : words[0] === 'off' ? 'off' : words[0] === 'on' ? 'on' : `on ${words.join(',')}`;
    const result = await context.inspect(name, arg);
    if ('error' in result) error = result.error.replace(/^:trace: /, '');
    else if (name === 'trace' && arg === 'off') setInWorkerArgs.delete(name);
    else setInWorkerArgs.set(name, arg);
  }
  const value = words.join(' ');
  if (context.json) context.print(JSON.stringify(error === null ? { command: 'set', option: name, value } : { command: 'set', error }));
  else if (error !== null) context.printError(`:set: ${name}: ${error}`);
  return CONTINUE;
}

/** trace and threshold for `:set`'s listing, asked of the worker (nothing without one). */
async function workerOptions(context: MetaContext): Promise<Record<string, string>> {
  if (context.inspect === undefined) return {};
  const shown: Record<string, string> = {};
  const trace = await context.inspect('trace', '');
  if (trace.command === 'trace' && 'on' in trace) shown.trace = trace.on ? trace.kinds : 'off';
  const gc = await context.inspect('gc', '');
  if ('generations' in gc) shown.threshold = gc.generations.map((g) => g.threshold).join(' ');
  return shown;
}

function unknownCommand(name: string): string {
  return `Unknown command ':${name}'. Type :help for the list.`;
}

/** The commands' names, for tab completion (complete.ts). */
export function metaCommandNames(): string[] {
  return commands.map((c) => c.name);
}

/** Runs `line` (which starts with ':'). */
export function runMetaCommand(line: string, context: MetaContext): MetaOutcome | Promise<MetaOutcome> {
  const match = /^:(\S*)\s*(.*)$/s.exec(line.trim())!;
  const [, name, args] = match;
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    context.print(unknownCommand(name));
    return CONTINUE;
  }
  return command.run(args, context);
}
