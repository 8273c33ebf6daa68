/**
 * Meta-commands: REPL lines that start with ':' at the primary prompt. Each command is a
 * descriptor (name, one-line summary, details, run); later commands (:gc, :refs, :pools...)
 * join the table as their own files without changing the loop.
 */

export interface MetaContext {
  /** Prints a line of the command's output. */
  print(line: string): void;
}

/** What the loop does after a command: keep reading, or leave with an exit code. */
export type MetaOutcome = { kind: 'continue' } | { kind: 'exit'; code: number };

interface MetaCommand {
  name: string;
  summary: string;
  details: string[];
  run(args: string, context: MetaContext): MetaOutcome;
}

const CONTINUE: MetaOutcome = { kind: 'continue' };

const commands: MetaCommand[] = [
  {
    name: 'help',
    summary: 'list the commands, or explain one (:help quit)',
    details: [':help          lists the meta-commands', ':help CMD      explains one of them'],
    run(args, context) {
      const wanted = args.trim().replace(/^:/, '');
      if (wanted === '') {
        context.print('Meta-commands (type them at the >>> prompt):');
        for (const command of commands) context.print(`  :${command.name.padEnd(8)} ${command.summary}`);
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
    name: 'quit',
    summary: 'leave memsnake (like exit() or Ctrl-D)',
    details: [':quit          ends the session with exit code 0; changes no state before it'],
    run() {
      return { kind: 'exit', code: 0 };
    },
  },
];

function unknownCommand(name: string): string {
  return `Unknown command ':${name}'. Type :help for the list.`;
}

/** Runs `line` (which starts with ':'). */
export function runMetaCommand(line: string, context: MetaContext): MetaOutcome {
  const match = /^:(\S*)\s*(.*)$/s.exec(line.trim())!;
  const [, name, args] = match;
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    context.print(unknownCommand(name));
    return CONTINUE;
  }
  return command.run(args, context);
}
