/**
 * Tab completion at the REPL prompt, as python3's rlcompleter offers it: names (the
 * session's globals and builtins), keywords, attributes after a dot (`obj.pre`), and
 * memsnake's meta-commands (`:po` → `:pools`). Names and attributes come from the worker
 * (host/complete-names.ts), which reads dictionaries only and never runs Python code.
 * Tab on an empty or blank line indents, as python3's does.
 */

import type { WorkerHost } from '../host/launch.js';

/** keyword.kwlist of 3.11, with rlcompleter's suffixes (`try:`, `if `; `pass` alone). */
const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
].map((word) => (word === 'finally' || word === 'try' ? word + ':' : ['False', 'None', 'True', 'break', 'continue', 'pass', 'else'].includes(word) ? word : word + ' '));

const INDENT = '    ';

/** Candidates for the text before the cursor, and the part of it they replace (node readline's completer result). */
export async function complete(before: string, host: WorkerHost, metaCommands: string[]): Promise<[string[], string]> {
  if (before.trim() === '') return [[INDENT], ''];
  const meta = /^:(\w*)$/.exec(before) ?? /^:help\s+:?(\w*)$/.exec(before);
  if (meta !== null) {
    const colon = before.startsWith(':help') ? '' : ':';
    const token = before.startsWith(':help') ? meta[1] : ':' + meta[1];
    return [metaCommands.filter((name) => name.startsWith(meta[1])).map((name) => colon + name), token];
  }
  const match = /[A-Za-z_][\w.]*$/.exec(before);
  if (match === null) return [[], before];
  const token = match[0];
  // `f().x`, `a[0].x`, `"s".x`: the object would need evaluating; leave them alone.
  if (/[.)\]'"]$/.test(before.slice(0, match.index)) || /\d/.test(before.charAt(match.index - 1))) return [[], token];
  const parts = token.split('.');
  const prefix = parts.pop()!;
  if (parts.some((part) => part === '') || host.busy || !host.alive) return [[], token];
  const names = await host.complete(parts, prefix);
  if (parts.length > 0) return [names.map((name) => parts.join('.') + '.' + name), token];
  const words = KEYWORDS.filter((word) => word.startsWith(prefix));
  const seen = new Set(words.map((word) => word.trimEnd().replace(/:$/, '')));
  return [[...words, ...names.filter((name) => !seen.has(name))].sort(), token];
}
