/**
 * Printing an uncaught exception as CPython 3.11 does (Python/pythonrun.c
 * print_exception_recursive, Python/traceback.c tb_displayline and its caret logic):
 * chained exceptions first ("The above exception was the direct cause..." / "During
 * handling..."), then `Traceback (most recent call last):`, one entry per frame with the
 * source line and 3.11's position markers, `[Previous line repeated N more times]` for
 * runs of identical entries, and the `Type: message` line.
 */

import type * as A from '../parse/ast.js';
import { H, PyObject, PyRaise } from '../objects/object.js';
import { PyBaseException, SyntaxError as SyntaxErrorT } from '../objects/exceptions.js';
import { PyInt } from '../objects/int.js';
import { None } from '../objects/singletons.js';
import { PyStr } from '../objects/str.js';
import { strStr } from '../objects/abstract.js';
import { PyTraceback } from './frame.js';
import { parseModule } from '../parse/index.js';

/** Source lines by filename (linecache). */
export const linecache = new Map<string, string[]>();

function typeLabel(e: PyObject): string {
  const t = e.type;
  const mod = t.module;
  if (mod === 'builtins' || mod === '__main__') return t.qualname;
  return `${mod}.${t.qualname}`;
}

/**
 * The `Type: message` line. For a SyntaxError whose location was printed above it, the
 * value printed is its `msg` (`message`; null for msg None, which prints the bare type).
 */
export function exceptionOnly(e: PyObject, message?: PyObject | null): string {
  let line = typeLabel(e);
  const value = message === undefined ? e : message;
  if (value !== null && value !== None) {
    let msg: string;
    try {
      msg = strStr(value);
    } catch (err) {
      if (!(err instanceof PyRaise)) throw err;
      H.decref(err.exc);
      msg = '<exception str() failed>';
    }
    line += msg === '' ? '' : `: ${msg}`;
  }
  if (message === undefined && e instanceof PyBaseException) {
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

/** CPython's IS_WHITESPACE in traceback.c (space, tab, form feed). */
function isWs(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\f';
}

/** Code points in s before UTF-16 index i: CPython counts characters when it draws carets. */
function cpIndex(s: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i && k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < i) k++;
    n++;
  }
  return n + Math.max(0, i - s.length);
}

interface Anchors {
  left: number;
  right: number;
  /** False when the operator search found nothing to mark (all carets are then '^'). */
  tildes: boolean;
}

const anchorCache = new Map<string, Anchors | null>();

/**
 * 3.11's extract_anchors_from_line: the instruction's source segment is parsed on its own;
 * if it is one expression statement whose expression is a binary operation or a subscript,
 * the operator (or the `[...]`) is marked with '^' and the rest with '~'. Offsets are
 * relative to the segment; null when the segment does not parse or has another shape.
 */
function extractAnchors(segment: string): Anchors | null {
  const cached = anchorCache.get(segment);
  if (cached !== undefined) return cached;
  let result: Anchors | null = null;
  try {
    const body = parseModule(segment, '<traceback>').module.body;
    if (body.length === 1 && body[0].kind === 'Expr') {
      const e = body[0].value;
      if (e.kind === 'BinOp') {
        result = { left: -1, right: -1, tildes: false };
        // The first non-blank character between the operands (past closing parens) and
        // the one after it when it is not blank (two-character operators like //).
        for (let i = e.left.endCol; i < e.right.col; i++) {
          if (isWs(segment[i])) continue;
          result.left = i;
          result.right = i + 1;
          if (i + 1 < e.right.col && !isWs(segment[i + 1])) result.right++;
          if (i + 1 < e.right.col && segment[i] === ')') continue;
          result.tildes = true;
          break;
        }
        if (result.left < 0) result = null;
      } else if (e.kind === 'Subscript') {
        let left = e.value.endCol;
        let right = e.slice.endCol + 1;
        const n = segment.length;
        while (left < n && segment[left] !== '[') left++;
        while (right < n && segment[right] !== ']') right++;
        if (right < n) right++;
        result = { left, right, tildes: true };
      }
    }
  } catch (err) {
    void err; // a segment that does not parse on its own just gets plain carets
    result = null;
  }
  if (anchorCache.size > 256) anchorCache.clear();
  anchorCache.set(segment, result);
  return result;
}

/**
 * The caret line for an entry, or null when CPython shows none (3.11's tb_displayline and
 * print_error_location_carets). `line` is the whole source line, without its newline.
 */
function carets(line: string, node: Entry['node']): string | null {
  let start = node.col;
  let end = node.endCol;
  if (start < 0 || end < 0 || node.line < 0 || node.endLine < 0) return null;
  let indent = 0;
  while (indent < line.length && isWs(line[indent])) indent++;
  let anchors: Anchors | null = null;
  if (node.line === node.endLine) {
    if (end > start) {
      const a = extractAnchors(line.slice(start, end));
      if (a !== null) anchors = { left: a.left + start, right: a.right + start, tildes: a.tildes };
    }
  } else {
    // A multi-line expression is underlined up to the last non-blank character of its
    // first line.
    let i = line.length;
    while (--i >= 0) if (!isWs(line[i])) break;
    end = i + 1;
  }
  // Everything counted in characters from here on, as CPython does.
  const total = cpIndex(line, line.length);
  const ind = cpIndex(line, indent);
  start = cpIndex(line, start);
  end = cpIndex(line, end);
  // No carets when they would underline the whole (de-indented) line, unless there are
  // operator anchors to show.
  if (end - start === total - ind && anchors === null) return null;
  const left = anchors ? cpIndex(line, anchors.left) : -1;
  const right = anchors ? cpIndex(line, anchors.right) : -1;
  let out = '    ';
  for (let offset = ind + 1; offset <= end; offset++) {
    if (offset <= start) out += ' ';
    else if (anchors !== null && left < offset && offset <= right) out += '^';
    else out += anchors !== null && anchors.tildes ? '~' : '^';
  }
  return out;
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
    const raw = lines ? lines[e.lineno - 1] : undefined;
    if (raw === undefined) continue;
    // Leading blanks go, trailing ones stay (CPython prints the rest of the line as is).
    const src = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const stripped = src.replace(/^[ \t\f]+/, '');
    if (stripped.trim() === '') continue;
    out += `    ${stripped}\n`;
    const c = carets(src, e.node);
    if (c !== null) out += c + '\n';
  }
  flush();
  return out;
}

/**
 * PyTraceBack_Print: `Traceback (most recent call last):` and the entries ('' for none);
 * without source lines when `showSource` is false.
 */
export function formatTraceback(tb: PyTraceback | null, showSource = true): string {
  return tb === null ? '' : 'Traceback (most recent call last):\n' + formatEntries(entries(tb), showSource);
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
    if (e.type.isSubtype(SyntaxErrorT)) {
      const se = syntaxErrorBody(e);
      if (se !== null) return out + se.text + exceptionOnly(e, se.message);
    }
  }
  out += exceptionOnly(e);
  return out;
}

/** An int attribute's value, null for None, undefined when it is neither. */
function intAttr(v: PyObject | undefined): number | null | undefined {
  if (v === undefined || v === None) return null;
  if (v instanceof PyInt) return Number(v.v);
  return undefined;
}

/**
 * The `  File ..., line N` / source / caret block of a SyntaxError (3.11's
 * parse_syntax_error and print_error_text), and the message to print after the type; null
 * when the attributes do not make sense (lineno not an int), in which case CPython prints
 * the exception like any other.
 */
function syntaxErrorBody(e: PyBaseException): { text: string; message: PyObject | null } | null {
  const get = (n: string): PyObject | undefined => e.getExtra(n);
  const a = e.args.items;
  const message = a.length > 0 ? a[0] : null;
  const fn = get('filename');
  const filename = fn === undefined || fn === None ? '<string>' : strStr(fn);
  const lineno = intAttr(get('lineno'));
  if (lineno === null || lineno === undefined) return null;
  let offset = intAttr(get('offset'));
  if (offset === undefined) return null;
  if (offset === null) offset = -1;
  let endLineno = lineno;
  let endOffset = -1;
  // Only SyntaxError itself gets a range; subclasses (IndentationError, TabError) get one caret.
  if (e.type === SyntaxErrorT) {
    const el = intAttr(get('end_lineno'));
    const eo = intAttr(get('end_offset'));
    if (el === undefined || eo === undefined) return null;
    endLineno = el ?? lineno;
    endOffset = eo ?? -1;
  }
  let out = `  File "${filename}", line ${lineno}\n`;
  const t = get('text');
  if (t instanceof PyStr) {
    // CPython's text keeps its newline; memsnake's parser gives the line without it.
    const text = t.v.endsWith('\n') ? t.v : t.v + '\n';
    const lineSize = utf8Length(text);
    if (endLineno > lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorText(offset, endOffset, text);
  }
  return { text: out, message };
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** print_error_text: the de-indented line and a caret run under the error. */
function errorText(offset: number, endOffset: number, text: string): string {
  const reps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  offset--;
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) {
    i++;
    offset--;
  }
  text = text.slice(i);
  let len = utf8Length(text);
  if (len > 0 && text.endsWith('\n')) len--;
  if (offset > len) offset = len;
  // Only the line the offset falls in, when the text spans several.
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0 || nl >= offset) break;
    text = text.slice(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = '    ' + text;
  if (!text.endsWith('\n')) out += '\n';
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(reps) + '\n';
}

export { H };
