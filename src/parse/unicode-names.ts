/**
 * Unicode character names for `\N{...}` escapes, as CPython 3.11's unicodedata looks them
 * up (Modules/unicodedata.c `_getcode`, Unicode 14.0.0): names and name aliases match
 * case-insensitively; "HANGUL SYLLABLE " (any case) is followed by the syllable's jamo
 * short names in capitals; "CJK UNIFIED IDEOGRAPH-" (any case) by 4 or 5 upper-case hex
 * digits of a unified ideograph. Named sequences are not accepted in literals.
 *
 * The table (data/unicode-names.gz, made by scripts/gen-unicode-names.py from python3's
 * own unicodedata) is read and indexed on the first `\N` escape only, so start-up pays
 * nothing for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

let table: Map<string, number> | null = null;
let cjkRanges: [number, number][] = [];

/**
 * Where the table is: beside this module when it runs from src/ (tests), in src/parse/data
 * two levels up when it runs from dist/parse or from the bundle in dist/bundle (bundled as
 * CommonJS, where __filename exists and import.meta does not).
 */
function tableBytes(): Buffer {
  const here = dirname(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
  const candidates = [join(here, 'data', 'unicode-names.gz'), join(here, '..', '..', 'src', 'parse', 'data', 'unicode-names.gz')];
  for (const c of candidates) if (existsSync(c)) return readFileSync(c);
  throw new Error(`memsnake's Unicode name table is missing (looked for ${candidates.join(', ')})`);
}

function load(): Map<string, number> {
  if (table !== null) return table;
  const text = gunzipSync(tableBytes()).toString('utf8');
  const m = new Map<string, number>();
  let cp = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const semi = line.indexOf(';');
    const head = line.slice(0, semi);
    const name = line.slice(semi + 1);
    if (head === '#cjk') {
      cjkRanges = name.split(',').map((r) => r.split('-').map((h) => parseInt(h, 16)) as [number, number]);
    } else if (head.startsWith('@')) {
      m.set(name.toUpperCase(), parseInt(head.slice(1), 16));
    } else {
      cp += parseInt(head, 36);
      m.set(name, cp);
    }
  }
  table = m;
  return m;
}

// Jamo short names (Unicode's Hangul syllable name rule), in code order.
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** The longest jamo name at s[pos:], as CPython's find_syllable: [index, length] or null. */
function longestJamo(s: string, pos: number, names: string[]): [number, number] | null {
  let best: [number, number] | null = null;
  names.forEach((n, i) => {
    if ((best === null || n.length > best[1]) && s.startsWith(n, pos)) best = [i, n.length];
  });
  return best;
}

function hangul(rest: string): number | null {
  const l = longestJamo(rest, 0, JAMO_L);
  if (l === null) return null;
  const v = longestJamo(rest, l[1], JAMO_V);
  if (v === null) return null;
  const t = longestJamo(rest, l[1] + v[1], JAMO_T);
  if (t === null || l[1] + v[1] + t[1] !== rest.length) return null;
  return 0xac00 + (l[0] * JAMO_V.length + v[0]) * JAMO_T.length + t[0];
}

function ideograph(hex: string): number | null {
  if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return null;
  const v = parseInt(hex, 16);
  return cjkRanges.some(([a, b]) => v >= a && v <= b) ? v : null;
}

/** The code point named `name`, or null when there is none. */
export function lookupUnicodeName(name: string): number | null {
  const m = load();
  const upper = name.toUpperCase();
  // Either prefix decides: no fallback to the table when the rest is wrong.
  if (upper.startsWith('HANGUL SYLLABLE ')) return hangul(name.slice(16));
  if (upper.startsWith('CJK UNIFIED IDEOGRAPH-')) return ideograph(name.slice(22));
  // Only ASCII letters fold (CPython compares with Py_TOUPPER, byte by byte).
  if (/[^\x20-\x7e]/.test(name)) return null;
  return m.get(upper) ?? null;
}
