/**
 * hash() of str, bytes, int, float and tuple, as CPython 3.11 computes them
 * with PYTHONHASHSEED=0.
 *
 * Mirrors siphash13() and _Py_HashBytes() of Python/pyhash.c (key (0, 0), no
 * small-string cutoff) and tuplehash() of Objects/tupleobject.c. A str is hashed
 * over its PEP 393 buffer: 1, 2 or 4 bytes per character little-endian, chosen
 * by the widest character. Hashes are signed 64-bit values as bigint.
 *
 * SipHash runs on 32-bit halves held in numbers (each 64-bit lane is a hi/lo
 * pair), so no BigInt work happens until the final result is built.
 */

export { intHash } from './int.js';
export { floatHash } from './float.js';

let buf = new Uint8Array(256);

function ensure(n: number): Uint8Array {
  if (buf.length < n) buf = new Uint8Array(Math.max(n, buf.length * 2));
  return buf;
}

/** Fills the shared buffer with s's PEP 393 representation; returns its byte length. */
function encodeStr(s: string): number {
  const n = s.length;
  let max = 0;
  let astral = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) astral = true;
    }
  }
  if (max < 256) {
    const b = ensure(n);
    for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
    return n;
  }
  if (!astral) {
    const b = ensure(2 * n);
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      b[2 * i] = c & 0xff;
      b[2 * i + 1] = c >>> 8;
    }
    return 2 * n;
  }
  const b = ensure(4 * n);
  let j = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    b[j] = c & 0xff;
    b[j + 1] = (c >>> 8) & 0xff;
    b[j + 2] = c >>> 16;
    b[j + 3] = 0;
    j += 4;
  }
  return j;
}

// One BigInt64 slot aliased by two uint32 words: builds the result with a single BigInt allocation.
const out64 = new BigInt64Array(1);
const out32 = new Uint32Array(out64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Signed 64-bit value of hi:lo, with -1 mapped to -2 as _Py_HashBytes does. */
function toSigned(hi: number, lo: number): bigint {
  if (hi === 0xffffffff && lo === 0xffffffff) return -2n;
  out32[LITTLE_ENDIAN ? 1 : 0] = hi;
  out32[LITTLE_ENDIAN ? 0 : 1] = lo;
  return out64[0];
}

/** Mirrors siphash13() with k0 = k1 = 0 over b[0, len). */
function siphash13(b: Uint8Array, len: number): bigint {
  // v0..v3 as (hi, lo) uint32 pairs, initialised to the SipHash constants.
  let v0h = 0x736f6d65, v0l = 0x70736575;
  let v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261;
  let v3h = 0x74656462, v3l = 0x79746573;
  let t = 0, hi = 0, lo = 0;

  // One SipRound (HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)).
  const round = (): void => {
    // v0 += v1; v2 += v3
    lo = (v0l + v1l) >>> 0; v0h = (v0h + v1h + (lo < v0l ? 1 : 0)) >>> 0; v0l = lo;
    lo = (v2l + v3l) >>> 0; v2h = (v2h + v3h + (lo < v2l ? 1 : 0)) >>> 0; v2l = lo;
    // v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2
    hi = (v1h << 13) | (v1l >>> 19); lo = (v1l << 13) | (v1h >>> 19);
    v1h = (hi ^ v0h) >>> 0; v1l = (lo ^ v0l) >>> 0;
    hi = (v3h << 16) | (v3l >>> 16); lo = (v3l << 16) | (v3h >>> 16);
    v3h = (hi ^ v2h) >>> 0; v3l = (lo ^ v2l) >>> 0;
    // v0 = rotl(v0, 32)
    t = v0h; v0h = v0l; v0l = t;
    // v2 += v1; v0 += v3
    lo = (v2l + v1l) >>> 0; v2h = (v2h + v1h + (lo < v2l ? 1 : 0)) >>> 0; v2l = lo;
    lo = (v0l + v3l) >>> 0; v0h = (v0h + v3h + (lo < v0l ? 1 : 0)) >>> 0; v0l = lo;
    // v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0
    hi = (v1h << 17) | (v1l >>> 15); lo = (v1l << 17) | (v1h >>> 15);
    v1h = (hi ^ v2h) >>> 0; v1l = (lo ^ v2l) >>> 0;
    hi = (v3h << 21) | (v3l >>> 11); lo = (v3l << 21) | (v3h >>> 11);
    v3h = (hi ^ v0h) >>> 0; v3l = (lo ^ v0l) >>> 0;
    // v2 = rotl(v2, 32)
    t = v2h; v2h = v2l; v2l = t;
  };

  let i = 0;
  // Invariant: the state has absorbed every whole 8-byte word of b[0, i).
  for (; i + 8 <= len; i += 8) {
    const ml = (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
    const mh = (b[i + 4] | (b[i + 5] << 8) | (b[i + 6] << 16) | (b[i + 7] << 24)) >>> 0;
    v3h = (v3h ^ mh) >>> 0; v3l = (v3l ^ ml) >>> 0;
    round();
    v0h = (v0h ^ mh) >>> 0; v0l = (v0l ^ ml) >>> 0;
  }
  // Final word: the remaining bytes, with the length (mod 256) in the top byte.
  let ml = 0;
  let mh = (len & 0xff) << 24;
  const rest = len - i;
  for (let k = 0; k < rest; k++) {
    if (k < 4) ml |= b[i + k] << (8 * k);
    else mh |= b[i + k] << (8 * (k - 4));
  }
  ml >>>= 0; mh >>>= 0;
  v3h = (v3h ^ mh) >>> 0; v3l = (v3l ^ ml) >>> 0;
  round();
  v0h = (v0h ^ mh) >>> 0; v0l = (v0l ^ ml) >>> 0;
  v2l = (v2l ^ 0xff) >>> 0;
  round();
  round();
  round();
  return toSigned((v0h ^ v1h ^ v2h ^ v3h) >>> 0, (v0l ^ v1l ^ v2l ^ v3l) >>> 0);
}

/** Mirrors unicode_hash() under PYTHONHASHSEED=0: hash(s). */
export function hashStr(s: string): bigint {
  if (s.length === 0) return 0n;
  const n = encodeStr(s);
  return siphash13(buf, n);
}

/** Mirrors bytes_hash() under PYTHONHASHSEED=0: hash(b). */
export function hashBytes(b: Uint8Array): bigint {
  if (b.length === 0) return 0n;
  return siphash13(b, b.length);
}

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** Mirrors tuplehash(): the xxHash-64-style combination of the items' hashes. */
export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    const lane = h & M64;
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}
