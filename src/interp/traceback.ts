/**
 * Printing an uncaught exception as CPython 3.11 does (Python/pythonrun.c
 * print_exception_recursive, Python/traceback.c tb_displayline and its caret logic):
 * chained exceptions first ("The above exception was the direct cause..." / "During
 * handling..."), then `Traceback (most recent call last):`, one entry per frame with the
 * source line and 3.11's position markers, `[Previous line repeated N more times]` for
 * runs of identical entries, and the `Type: message` line.
 */

import type * as A from '../parse/ast.js';
import { H, PyObject } from '../objects/object.js';
import { PyBaseException } from '../objects/exceptions.js';
import { PyStr } from '../objects/str.js';
import { strStr } from '../objects/abstract.js';
import { PyTraceback } from './frame.js';

/** Source lines by filename (linecache). */
export const linecache = new Map<string, string[]>();

function typeLabel(e: PyObject): string {
  const t = e.type;
  const mod = t.module;
  if (mod === 'builtins' || mod === '__main__') return t.qualname;
  return `${mod}.${t.qualname}`;
}

/** The `Type: message` line. */
export function exceptionOnly(e: PyObject): string {
  let msg: string;
  try {
    // A SyntaxError's location is printed above it, so only its msg goes on this line.
    const se = e instanceof PyBaseException && e.type.isSubtype(SyntaxErrorT) && e.getExtra('filename') instanceof PyStr;
    msg = se ? strStr((e as PyBaseException).args.items[0]) : strStr(e);
  } catch (err) {
    void err;
    msg = '<exception str() failed>';
  }
  const label = typeLabel(e);
  let line = msg === '' ? label : `${label}: ${msg}`;
  if (e instanceof PyBaseException) {
    const hint = suggestionFor(e);
    if (hint) line += `. Did you mean: '${hint}'?`;
  }
  return line + '\n';
}

/** "Did you mean" for NameError / AttributeError (computed at print time, as 3.11). */
let suggester: ((e: PyBaseException) => string | null) | null = null;
export function setSuggester(f: (e: PyBaseException) => string | null): void {
  suggester = f;
}
function suggestionFor(e: PyBaseException): string | null {
  return suggester ? suggester(e) : null;
}

interface Entry {
  filename: string;
  lineno: number;
  name: string;
  node: A.Pos & { kind?: string };
}

function entries(tb: PyTraceback | null): Entry[] {
  const out: Entry[] = [];
  for (let t = tb; t !== null; t = t.next) out.push({ filename: t.filename, lineno: t.node.line, name: t.name, node: t.node as Entry['node'] });
  return out;
}

/** The caret line for an entry, or null when CPython shows none. */
function carets(line: string, node: Entry['node']): string | null {
  if (node.line !== node.endLine) return null;
  const start = node.col, end = node.endCol;
  const indent = line.length - line.trimStart().length;
  const rstripped = line.trimEnd();
  if (start <= indent && end >= rstripped.length) return null;
  if (end <= start) return null;
  const seg = line.slice(start, end);
  let marks = '^'.repeat(end - start);
  const n = node as unknown as A.Expr;
  if (n.kind === 'BinOp') {
    // ~ for the operands, ^ for the operator (skip closing parens and spaces).
    let i = n.left.endCol - start;
    while (i < seg.length && (seg[i] === ' ' || seg[i] === ')' || seg[i] === '\t')) i++;
    let j = i;
    while (j < seg.length && '+-*/%@<>&|^='.includes(seg[j])) j++;
    if (j === i) j = i + 1;
    marks = '~'.repeat(i) + '^'.repeat(j - i) + '~'.repeat(seg.length - j);
  } else if (n.kind === 'Subscript') {
    let i = n.value.endCol - start;
    while (i < seg.length && seg[i] !== '[') i++;
    marks = '~'.repeat(i) + '^'.repeat(seg.length - i);
  }
  return ' '.repeat(start - indent + 4) + marks;
}

function formatEntries(es: Entry[], showSource: boolean): string {
  let out = '';
  let last: Entry | null = null;
  let count = 0;
  const flush = (): void => {
    if (count > 3) out += `  [Previous line repeated ${count - 3} more time${count - 3 === 1 ? '' : 's'}]\n`;
  };
  for (const e of es) {
    if (last && last.filename === e.filename && last.lineno === e.lineno && last.name === e.name) {
      count++;
      if (count > 3) continue;
    } else {
      flush();
      count = 1;
    }
    last = e;
    out += `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
    // Code from -c and <stdin> has no source lines to show (no linecache entry in CPython).
    if (!showSource || e.filename.startsWith('<')) continue;
    const lines = linecache.get(e.filename);
    const src = lines ? lines[e.lineno - 1] : undefined;
    if (src === undefined) continue;
    const stripped = src.trim();
    if (stripped === '') continue;
    out += `    ${stripped}\n`;
    const c = carets(src, e.node);
    if (c !== null) out += c + '\n';
  }
  flush();
  return out;
}

/** The whole report for an uncaught exception, chain included. */
export function formatException(e: PyObject, seen = new Set<PyObject>()): string {
  seen.add(e);
  let out = '';
  if (e instanceof PyBaseException) {
    if (e.cause !== null && !seen.has(e.cause)) {
      out += formatException(e.cause, seen);
      out += '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (e.context !== null && !e.suppressContext && !seen.has(e.context)) {
      out += formatException(e.context, seen);
      out += '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    const tb = e.traceback as PyTraceback | null;
    if (tb !== null) {
      out += 'Traceback (most recent call last):\n';
      out += formatEntries(entries(tb), true);
    }
    if (e.type.name === 'SyntaxError' || e.type.isSubtype(syntaxErrorType())) out += syntaxErrorBody(e);
  }
  out += exceptionOnly(e);
  return out;
}

let seType: PyObject | null = null;
import { SyntaxError as SyntaxErrorT } from '../objects/exceptions.js';
function syntaxErrorType() {
  if (seType === null) seType = SyntaxErrorT;
  return SyntaxErrorT;
}

/** The `  File ..., line N` / source / caret block of a SyntaxError. */
function syntaxErrorBody(e: PyBaseException): string {
  const get = (n: string): PyObject | undefined => e.getExtra(n);
  const fn = get('filename'), ln = get('lineno'), text = get('text'), off = get('offset'), endOff = get('end_offset');
  if (!(fn instanceof PyStr)) return '';
  let out = `  File "${fn.v}", line ${(ln as unknown as { v: number })?.v ?? '?'}\n`;
  if (text instanceof PyStr) {
    const raw = text.v.replace(/\n$/, '');
    const stripped = raw.trimStart();
    const lead = raw.length - stripped.length;
    out += `    ${stripped.trimEnd()}\n`;
    const o = off ? Number((off as unknown as { v: number }).v) : 0;
    let eo = endOff ? Number((endOff as unknown as { v: number }).v) : o + 1;
    const noCaret = e.type.name === 'TabError' || (e.type.name === 'IndentationError' && /^unexpected indent/.test(strStr(e.args.items[0])));
    if (o > 0 && !noCaret) {
      if (eo <= o) eo = o + 1;
      const col = Math.max(0, o - 1 - lead);
      const width = Math.max(1, Math.min(eo - o, stripped.trimEnd().length - col + 1));
      out += '    ' + ' '.repeat(col) + '^'.repeat(width) + '\n';
    }
  }
  return out;
}

export { H };
