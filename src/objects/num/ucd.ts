/**
 * Lookup over the generated Unicode 14.0 tables (unicode-tables.ts), the
 * version CPython 3.11's unicodedata and str predicates use.
 *
 * Mirrors the flag lookups of Objects/unicodectype.c (_PyUnicode_IsAlpha,
 * _PyUnicode_ToDecimalDigit, ...). Tables are decoded lazily on first use.
 */

import * as T from './unicode-tables.js';

/** A decoded range table: sorted inclusive [start, end] pairs, flattened. */
export type RangeTable = Int32Array;

function decodeRanges(src: string): RangeTable {
  const parts = src === '' ? [] : src.split(',');
  const out = new Int32Array(parts.length * 2);
  let prev = 0;
  for (let i = 0; i < parts.length; i++) {
    const dot = parts[i].indexOf('.');
    const start = prev + parseInt(parts[i].slice(0, dot), 16);
    const end = start + parseInt(parts[i].slice(dot + 1), 16);
    out[2 * i] = start;
    out[2 * i + 1] = end;
    prev = end;
  }
  return out;
}

/** Binary search: is cp inside one of the table's ranges? */
export function inTable(table: RangeTable, cp: number): boolean {
  let lo = 0;
  let hi = (table.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < table[2 * mid]) hi = mid - 1;
    else if (cp > table[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const cache = new Map<string, RangeTable>();

function lazy(name: string, src: string): RangeTable {
  let t = cache.get(name);
  if (t === undefined) {
    t = decodeRanges(src);
    cache.set(name, t);
  }
  return t;
}

export const isNonPrintableCp = (cp: number): boolean => inTable(lazy('np', T.NONPRINTABLE_RANGES), cp);
export const isAlphaCp = (cp: number): boolean => inTable(lazy('alpha', T.ALPHA_RANGES), cp);
export const isDecimalCp = (cp: number): boolean => inTable(lazy('dec', T.DECIMAL_RANGES), cp);
export const isDigitCp = (cp: number): boolean => inTable(lazy('digit', T.DIGIT_RANGES), cp);
export const isNumericCp = (cp: number): boolean => inTable(lazy('num', T.NUMERIC_RANGES), cp);
export const isSpaceCp = (cp: number): boolean =>
  cp < 128 ? cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31) : inTable(lazy('space', T.SPACE_RANGES), cp);
export const isLowerCp = (cp: number): boolean => inTable(lazy('lower', T.LOWER_RANGES), cp);
export const isUpperCp = (cp: number): boolean => inTable(lazy('upper', T.UPPER_RANGES), cp);
export const isTitleCp = (cp: number): boolean => inTable(lazy('title', T.TITLE_RANGES), cp);
export const isAlnumCp = (cp: number): boolean => inTable(lazy('alnum', T.ALNUM_RANGES), cp);
export const isIdStartCp = (cp: number): boolean => inTable(lazy('idstart', T.IDSTART_RANGES), cp);
export const isIdContinueCp = (cp: number): boolean => inTable(lazy('idcont', T.IDCONT_RANGES), cp);
/** Mirrors _PyUnicode_IsCased: Lowercase, Uppercase or Lt. */
export const isCasedCp = (cp: number): boolean => isLowerCp(cp) || isUpperCp(cp) || isTitleCp(cp);

/**
 * Mirrors _PyUnicode_ToDecimalDigit: the value 0-9 of a decimal (Nd) code
 * point, or -1. Unicode guarantees each Nd run is a contiguous 0..9.
 */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 128 || !isDecimalCp(cp)) return -1;
  const zeros = T.DECIMAL_ZEROS;
  let lo = 0;
  let hi = zeros.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (zeros[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return cp - zeros[lo];
}

/** A case map: single-code-point deltas plus multi-code-point expansions. */
interface CaseMap {
  single: Map<number, number>;
  multi: Map<number, string>;
}

function decodeMap(runs: string, multi: string): CaseMap {
  const single = new Map<number, number>();
  for (const run of runs.split(',')) {
    const [s, n, stride, d] = run.split('.').map((x) => parseInt(x, 16));
    for (let i = 0; i < n; i++) single.set(s + i * stride, s + i * stride + d);
  }
  const m = new Map<number, string>();
  if (multi !== '') {
    for (const item of multi.split(';')) {
      const [cp, seq] = item.split(':');
      m.set(parseInt(cp, 16), String.fromCodePoint(...seq.split('.').map((x) => parseInt(x, 16))));
    }
  }
  return { single, multi: m };
}

const maps = new Map<string, CaseMap>();

function caseMap(name: 'upper' | 'lower' | 'title' | 'fold'): CaseMap {
  let m = maps.get(name);
  if (m === undefined) {
    const [runs, multi] =
      name === 'upper' ? [T.UPPER_MAP, T.UPPER_MULTI]
      : name === 'lower' ? [T.LOWER_MAP, T.LOWER_MULTI]
      : name === 'title' ? [T.TITLE_MAP, T.TITLE_MULTI]
      : [T.FOLD_MAP, T.FOLD_MULTI];
    m = decodeMap(runs, multi);
    maps.set(name, m);
  }
  return m;
}

/** Full case mapping of one code point (Unicode 14 SpecialCasing, unconditional). */
export function mapCase(name: 'upper' | 'lower' | 'title' | 'fold', cp: number): string {
  const m = caseMap(name);
  const s = m.single.get(cp);
  if (s !== undefined) return String.fromCodePoint(s);
  const multi = m.multi.get(cp);
  if (multi !== undefined) return multi;
  return String.fromCodePoint(cp);
}
