/**
 * str predicates and case conversions: isalpha() … casefold(), title().
 *
 * Mirrors the str methods of Objects/unicodeobject.c, 3.11 (unicode_isalpha_impl
 * and friends, do_upper, do_lower, do_swapcase, do_casefold, do_title,
 * do_capitalize, handle_capital_sigma). Character properties and full case
 * mappings come from the Unicode 14.0 tables dumped from python3 3.11
 * (ucd.ts), so results do not depend on Node's ICU version. One exception:
 * Case_Ignorable (only used for the final-sigma rule) comes from JS's
 * \p{Case_Ignorable}, which follows Node's newer Unicode.
 */

import * as U from './ucd.js';

const CASE_IGNORABLE = /\p{Case_Ignorable}/u;

function isCaseIgnorable(cp: number): boolean {
  return CASE_IGNORABLE.test(String.fromCodePoint(cp));
}

function cpsOf(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

function all(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch.codePointAt(0)!)) return false;
  return true;
}

export const isAlpha = (s: string): boolean => all(s, U.isAlphaCp);
export const isDecimal = (s: string): boolean => all(s, U.isDecimalCp);
export const isDigit = (s: string): boolean => all(s, U.isDigitCp);
export const isNumeric = (s: string): boolean => all(s, U.isNumericCp);
export const isAlnum = (s: string): boolean => all(s, U.isAlnumCp);
/** str.isspace(): Python's whitespace (bidi WS/B/S or category Zs). */
export const isSpace = (s: string): boolean => all(s, U.isSpaceCp);

/** Mirrors unicode_isupper_impl(). */
export function isUpper(s: string): boolean {
  let cased = false;
  for (const cp of cpsOf(s)) {
    if (U.isLowerCp(cp) || U.isTitleCp(cp)) return false;
    if (!cased && U.isUpperCp(cp)) cased = true;
  }
  return cased;
}

/** Mirrors unicode_islower_impl(). */
export function isLower(s: string): boolean {
  let cased = false;
  for (const cp of cpsOf(s)) {
    if (U.isUpperCp(cp) || U.isTitleCp(cp)) return false;
    if (!cased && U.isLowerCp(cp)) cased = true;
  }
  return cased;
}

/** Mirrors unicode_istitle_impl(). */
export function isTitle(s: string): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const cp of cpsOf(s)) {
    if (U.isUpperCp(cp) || U.isTitleCp(cp)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (U.isLowerCp(cp)) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else previousIsCased = false;
  }
  return cased;
}

/** Mirrors str.isidentifier(): XID_Start or '_' then XID_Continue. */
export function isIdentifier(s: string): boolean {
  const cps = cpsOf(s);
  if (cps.length === 0 || !U.isIdStartCp(cps[0])) return false;
  for (let i = 1; i < cps.length; i++) if (!U.isIdContinueCp(cps[i])) return false;
  return true;
}

/** Mirrors handle_capital_sigma(): σ or final ς for U+03A3 at index i. */
function lowerSigma(cps: number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j])) j--;
  let finalSigma = j >= 0 && U.isCasedCp(cps[j]);
  if (finalSigma && i + 1 < cps.length) {
    j = i + 1;
    while (j < cps.length && isCaseIgnorable(cps[j])) j++;
    finalSigma = j === cps.length || !U.isCasedCp(cps[j]);
  }
  return finalSigma ? '\u03c2' : '\u03c3';
}

/** Mirrors lower_ucs4(): full lowercase with the final-sigma rule. */
function lowerAt(cps: number[], i: number): string {
  return cps[i] === 0x3a3 ? lowerSigma(cps, i) : U.mapCase('lower', cps[i]);
}

/** str.upper(): full mappings ('ß' → 'SS'). */
export function toUpper(s: string): string {
  let out = '';
  for (const cp of cpsOf(s)) out += U.mapCase('upper', cp);
  return out;
}

/** str.lower(). */
export function toLower(s: string): string {
  const cps = cpsOf(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** str.casefold(): full case folding, no final-sigma rule. */
export function casefold(s: string): string {
  let out = '';
  for (const cp of cpsOf(s)) out += U.mapCase('fold', cp);
  return out;
}

/** Mirrors do_swapcase(). */
export function swapcase(s: string): string {
  const cps = cpsOf(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (U.isUpperCp(cp)) out += lowerAt(cps, i);
    else if (U.isLowerCp(cp)) out += U.mapCase('upper', cp);
    else out += String.fromCodePoint(cp);
  }
  return out;
}

/** Mirrors do_title(): titlecase after an uncased character, lowercase after a cased one. */
export function title(s: string): string {
  const cps = cpsOf(s);
  let out = '';
  let previousIsCased = false;
  for (let i = 0; i < cps.length; i++) {
    out += previousIsCased ? lowerAt(cps, i) : U.mapCase('title', cps[i]);
    previousIsCased = U.isCasedCp(cps[i]);
  }
  return out;
}

/** Mirrors do_capitalize(): titlecase the first character, lowercase the rest. */
export function capitalize(s: string): string {
  const cps = cpsOf(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += i === 0 ? U.mapCase('title', cps[0]) : lowerAt(cps, i);
  return out;
}
