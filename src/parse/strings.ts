/**
 * String literals: decoding escapes and concatenating adjacent literals.
 *
 * The lexer hands over each literal undecoded (StringPiece). Here we apply Python's
 * escape rules (Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal and
 * Objects/bytesobject.c _PyBytes_DecodeEscape, 3.11): \newline, \\ \' \" \a \b \f \n \r
 * \t \v, octal \o \oo \ooo, \xhh, and for str also \uXXXX and \UXXXXXXXX. Unknown escapes
 * keep their backslash (CPython warns; we do not). \N{...} looks the name up in
 * unicode-names.ts (loaded on first use).
 *
 * Implicit concatenation follows 3.11's ast: str+str gives one Constant (kind 'u' if the
 * *first* piece had a u prefix), bytes+bytes one bytes Constant, any f-string piece makes
 * the whole a JoinedStr (fstring.ts), and str+bytes is "cannot mix bytes and nonbytes
 * literals".
 */
import type { StringPiece } from './lexer.js';
import { lookupUnicodeName } from './unicode-names.js';

/** Thrown by the decoder; the caller adds the position (the token's). */
export class DecodeError {
  /** `atEnd`: CPython reports codec errors after the literal, other errors over it. */
  constructor(readonly msg: string, readonly atEnd = true) {}
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function isOctal(c: string | undefined): boolean { return c !== undefined && c >= '0' && c <= '7'; }
function isHex(c: string | undefined): boolean { return c !== undefined && /[0-9a-fA-F]/.test(c); }

/** Byte position of body[i] as CPython's escape decoder counts it (non-ASCII = 10 bytes). */
function escapePos(body: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i && k < body.length; k++) {
    const c = body.charCodeAt(k);
    if (c < 0x80) n++;
    else {
      n += 10;
      if (c >= 0xd800 && c <= 0xdbff) k++;
    }
  }
  return n + Math.max(0, i - body.length);
}

/** Decodes the escapes of a (non-raw) str body. */
export function decodeStrEscapes(body: string): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c !== '\\') { out += c; i++; continue; }
    const e = body[i + 1];
    if (e === '\n') { i += 2; continue; }
    if (e !== undefined && SIMPLE_ESCAPES[e] !== undefined) { out += SIMPLE_ESCAPES[e]; i += 2; continue; }
    if (isOctal(e)) {
      let j = i + 1;
      let v = 0;
      while (j < i + 4 && isOctal(body[j])) { v = v * 8 + (body.charCodeAt(j) - 48); j++; }
      out += String.fromCodePoint(v);
      i = j;
      continue;
    }
    const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (width > 0) {
      const hex = body.slice(i + 2, i + 2 + width);
      if (hex.length < width || ![...hex].every(isHex)) {
        const name = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        const got = [...hex].findIndex((h) => !isHex(h));
        const last = i + 1 + (got < 0 ? hex.length : got);
        throw new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${last}: truncated ${name} escape`);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) {
        throw new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 9}: illegal Unicode character`);
      }
      out += String.fromCodePoint(cp);
      i += 2 + width;
      continue;
    }
    if (e === 'N') {
      // \N{name}: CPython's error positions are bytes of the literal with every non-ASCII
      // character already turned into a 10-byte \UXXXXXXXX escape.
      const start = escapePos(body, i);
      const close = body[i + 2] === '{' ? body.indexOf('}', i + 3) : -1;
      if (close < 0 || close === i + 3) {
        const stop = body[i + 2] !== '{' ? i + 2 : close < 0 ? body.length : close;
        throw new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${escapePos(body, stop) - 1}: malformed \\N character escape`);
      }
      const cp = lookupUnicodeName(body.slice(i + 3, close));
      if (cp === null) {
        throw new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${escapePos(body, close)}: unknown Unicode character name`);
      }
      out += String.fromCodePoint(cp);
      i = close + 1;
      continue;
    }
    out += '\\';
    i++;
  }
  return out;
}

/** Decodes a bytes body (raw or not) to its byte values. */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) > 0x7f) throw new DecodeError('bytes can only contain ASCII literal characters', false);
  }
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c !== '\\' || raw) { bytes.push(body.charCodeAt(i)); i++; continue; }
    const e = body[i + 1];
    if (e === '\n') { i += 2; continue; }
    if (e !== undefined && SIMPLE_ESCAPES[e] !== undefined) { bytes.push(SIMPLE_ESCAPES[e].charCodeAt(0)); i += 2; continue; }
    if (isOctal(e)) {
      let j = i + 1;
      let v = 0;
      while (j < i + 4 && isOctal(body[j])) { v = v * 8 + (body.charCodeAt(j) - 48); j++; }
      bytes.push(v & 0xff);
      i = j;
      continue;
    }
    if (e === 'x') {
      const hex = body.slice(i + 2, i + 4);
      if (hex.length < 2 || !isHex(hex[0]) || !isHex(hex[1])) {
        throw new DecodeError(`(value error) invalid \\x escape at position ${i}`);
      }
      bytes.push(parseInt(hex, 16));
      i += 4;
      continue;
    }
    bytes.push(92);
    i++;
  }
  return Uint8Array.from(bytes);
}

/** The decoded value of a non-f piece. */
export function pieceValue(p: StringPiece): string | Uint8Array {
  const raw = p.prefix.includes('r');
  if (p.prefix.includes('b')) return decodeBytes(p.body, raw);
  return raw ? p.body : decodeStrEscapes(p.body);
}
