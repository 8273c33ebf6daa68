/**
 * bytes (Objects/bytesobject.c, 3.11): an immutable byte string, a JS Uint8Array.
 *
 * Layout: PyBytesObject is a var-sized, non-GC object of 33 + len bytes (header, length,
 * cached hash, then the bytes and a trailing NUL), so `sys.getsizeof(b'')` is 33. The
 * empty bytes and the 256 one-byte bytes are statically allocated in 3.11
 * (`_Py_SINGLETON(bytes_empty)`, `bytes_characters`), as `newBytes` hands them out.
 */

import { H, PyObject, STATIC_RC, staticAddr } from './object.js';
import { bytesType } from './typeobjects.js';

export class PyBytes extends PyObject {
  /** ob_shash: cached hash, null until computed. */
  hash: bigint | null = null;
  constructor(public v: Uint8Array) {
    super(bytesType);
  }
}

function mkStatic(v: Uint8Array): PyBytes {
  const o = new PyBytes(v);
  o.rc = STATIC_RC;
  o.addr = staticAddr(33 + v.length);
  return o;
}

export const emptyBytes = mkStatic(new Uint8Array(0));
const oneByte: PyBytes[] = [];
for (let i = 0; i < 256; i++) oneByte.push(mkStatic(Uint8Array.of(i)));

/** A new reference to a bytes object holding `v` (taken over, not copied). */
export function newBytes(v: Uint8Array): PyBytes {
  if (v.length <= 1) {
    const o = v.length === 0 ? emptyBytes : oneByte[v[0]];
    o.rc++;
    return o;
  }
  const o = new PyBytes(v);
  H.allocate(o, 33 + v.length, 0);
  return o;
}

/** bytes_repr: b'...' with the quote CPython picks and \t \n \r \xhh escapes. */
export function bytesRepr(v: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of v) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (const c of v) {
    if (c === q.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}
