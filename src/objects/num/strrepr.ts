/**
 * repr() and ascii() of str and bytes, and str's code-point helpers.
 *
 * Mirrors unicode_repr() of Objects/unicodeobject.c and bytes_repr() of
 * Objects/bytesobject.c, 3.11. A Python str is a JS string here; an astral
 * character (a surrogate pair) is one Python character, a lone surrogate is one
 * Python character too. Printability comes from the Unicode 14.0 table that
 * gen-unicode-tables.py dumps from python3 3.11, not from JS's newer Unicode.
 */

import { isNonPrintableCp } from './ucd.js';

const HEX = '0123456789abcdef';

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/** len(s): the number of code points (astral characters count once). */
export function pyLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** True when s has no surrogate pairs, so UTF-16 index = Python index. */
export function isBmpOnly(s: string): boolean {
  return !/[\ud800-\udbff][\udc00-\udfff]/.test(s);
}

/** The code points of s, as Python sees them. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** str.isprintable() for one code point (Python: not Cc Cf Cs Co Cn Zl Zp Zs, except ' '). */
export function isPrintableCp(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  return !isNonPrintableCp(cp);
}

/** Mirrors str.isprintable(): true for ''. */
export function isPrintable(s: string): boolean {
  for (const ch of s) if (!isPrintableCp(ch.codePointAt(0)!)) return false;
  return true;
}

/** Picks the quote unicode_repr uses: ' unless s has ' and no ". */
function chooseQuote(s: string): string {
  return s.includes("'") && !s.includes('"') ? '"' : "'";
}

function escapeCp(cp: number): string {
  if (cp <= 0xff) return '\\x' + HEX[cp >> 4] + HEX[cp & 15];
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

function reprBody(s: string, quote: string, asciiOnly: boolean): string {
  let out = '';
  let runStart = 0;
  let i = 0;
  // Invariant: s[runStart, i) is copied verbatim once a break is found.
  while (i < s.length) {
    let cp = s.charCodeAt(i);
    let w = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        w = 2;
      }
    }
    let esc: string | null = null;
    if (cp === 0x5c) esc = '\\\\';
    else if (cp < 0x7f) {
      if (cp === quote.charCodeAt(0)) esc = '\\' + quote;
      else if (cp === 9) esc = '\\t';
      else if (cp === 10) esc = '\\n';
      else if (cp === 13) esc = '\\r';
      else if (cp < 0x20) esc = escapeCp(cp);
    } else if (cp === 0x7f || asciiOnly || !isPrintableCp(cp)) {
      esc = escapeCp(cp);
    }
    if (esc !== null) {
      out += s.slice(runStart, i) + esc;
      runStart = i + w;
    }
    i += w;
  }
  return out + s.slice(runStart);
}

/** Mirrors unicode_repr(): repr(s). */
export function strRepr(s: string): string {
  const q = chooseQuote(s);
  return q + reprBody(s, q, false) + q;
}

/** Mirrors ascii(s) for a str: repr with every non-ASCII code point escaped. */
export function strAscii(s: string): string {
  const q = chooseQuote(s);
  return q + reprBody(s, q, true) + q;
}

/** Mirrors bytes_repr(): repr(b), the b'' prefix included. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(q);
  for (const c of b) {
    if (c === q || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(q);
}

/**
 * Mirrors PyUnicode_FromFormat's "%.200R": the repr cut to its first 200
 * characters, as CPython does in "invalid literal for int()" messages.
 */
export function reprTruncated(s: string, limit: number): string {
  const r = strRepr(s);
  if (r.length <= limit) return r;
  return Array.from(r).slice(0, limit).join('');
}
