/**
 * "Did you mean" hints for uncaught NameError and AttributeError, as CPython 3.11 computes
 * them when it prints the exception (Python/suggestions.c, _Py_Offer_Suggestions):
 *
 * - only an exception whose type is exactly NameError / AttributeError (not a subclass:
 *   UnboundLocalError gets none);
 * - AttributeError: the candidates are dir(obj), for the `name` and `obj` the attribute
 *   lookup recorded on the exception;
 * - NameError: the innermost traceback frame's local variable names (co_varnames), then its
 *   globals, then its builtins — the first list that yields a match wins;
 * - a list of 750 names or more is not searched; the best candidate is the first one with
 *   the smallest distance, within a third of the characters involved.
 *
 * The distance is suggestions.c's Levenshtein variant over UTF-8 bytes: a case flip costs
 * 1, any other edit 2, common prefixes and suffixes are trimmed first, and strings longer
 * than 40 bytes after trimming never match.
 */

import { H, PyRaise } from '../objects/object.js';
import { AttributeError, NameError, PyBaseException } from '../objects/exceptions.js';
import { PyStr } from '../objects/str.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { builtinDir } from '../builtins/builtins_attr.js';
import { activeContext } from '../builtins/context.js';
import { PyTraceback } from './frame.js';
import { ts } from './state.js';
import { setSuggester } from './traceback.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const utf8 = new TextEncoder();

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Cost of replacing byte a by byte b: 0 same, 1 a case flip of an ASCII letter, else 2. */
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (isUpper(a)) a += 0x20;
  if (isUpper(b)) b += 0x20;
  return a === b ? CASE_COST : MOVE_COST;
}

/**
 * suggestions.c's levenshtein_distance; any result above maxCost is reported as
 * maxCost + 1 (it gives up early in several places).
 */
export function levenshtein(s1: Uint8Array, s2: Uint8Array, maxCost: number): number {
  let a = s1, b = s2;
  let aStart = 0, aEnd = a.length, bStart = 0, bEnd = b.length;
  while (aStart < aEnd && bStart < bEnd && a[aStart] === b[bStart]) {
    aStart++;
    bStart++;
  }
  while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  let aSize = aEnd - aStart, bSize = bEnd - bStart;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  // The shorter string is the one kept in the row buffer.
  if (bSize < aSize) {
    [a, b] = [b, a];
    [aStart, bStart] = [bStart, aStart];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(aSize);
  for (let i = 0, tmp = MOVE_COST; i < aSize; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = b[bStart + bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < aSize; i++) {
      const substitute = distance + substitutionCost(code, a[aStart + i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the closest of `names` to `name`, or null. */
export function closestName(names: readonly string[], name: string): string | null {
  if (names.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = utf8.encode(name);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of names) {
    if (item === name) continue;
    const itemBytes = utf8.encode(item);
    // No more than a third of the characters involved may need changing, and a match must
    // beat the best one so far.
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** A dict's keys, in order (non-str keys as CPython would fail on them: none here). */
function dictKeys(d: PyDict): string[] {
  const out: string[] = [];
  for (const k of d.ks) if (k instanceof PyStr) out.push(k.v);
  return out;
}

function forAttributeError(e: PyBaseException): string | null {
  const name = e.getExtra('name');
  const obj = e.getExtra('obj');
  if (!(name instanceof PyStr) || name.type.name !== 'str' || obj === undefined) return null;
  const dir = builtinDir([obj], null);
  try {
    if (!(dir instanceof PyList)) return null;
    const names: string[] = [];
    for (const x of dir.items) if (x instanceof PyStr) names.push(x.v);
    return closestName(names, name.v);
  } finally {
    H.decref(dir);
  }
}

function forNameError(e: PyBaseException): string | null {
  const name = e.getExtra('name');
  let tb = e.traceback as PyTraceback | null;
  if (!(name instanceof PyStr) || name.type.name !== 'str' || !(tb instanceof PyTraceback)) return null;
  while (tb.next instanceof PyTraceback) tb = tb.next;
  const fo = tb.frame;
  const code = fo.code;
  // co_varnames: arguments and plain locals of a function's code (cells that are not
  // arguments and free variables are not among them); module and class code has none.
  const varnames: string[] = [];
  if (code !== null && code.scope.kind === 'function') {
    code.slotNames.forEach((n, i) => {
      if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(n) && n !== '.0') return; // interpreter-made slots
      if (code.scope.frees.has(n)) return;
      if (code.scope.cells.has(n) && i >= code.argcount + code.kwonlyargcount + (code.varargs ? 1 : 0) + (code.varkw ? 1 : 0)) return;
      varnames.push(n);
    });
  }
  const hit = closestName(varnames, name.v);
  if (hit !== null) return hit;
  // memsnake runs all Python code in __main__, so a finished frame's globals are the
  // current ones.
  const live = fo.frame;
  const globals = live ? live.globals : activeContext().currentGlobals();
  const fromGlobals = globals instanceof PyDict ? closestName(dictKeys(globals), name.v) : null;
  if (fromGlobals !== null) return fromGlobals;
  const builtins = live ? live.builtins : ts.builtins;
  return closestName(dictKeys(builtins), name.v);
}

/** _Py_Offer_Suggestions; failures while computing it just mean no hint (as CPython). */
export function offerSuggestion(e: PyBaseException): string | null {
  try {
    if (e.type === AttributeError) return forAttributeError(e);
    if (e.type === NameError) return forNameError(e);
  } catch (err) {
    if (err instanceof PyRaise) {
      H.decref(err.exc);
      return null;
    }
    throw err;
  }
  return null;
}

setSuggester(offerSuggestion);
