// Loads the python3-generated fixtures (gen-vectors.py) and decodes their values.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NumError } from '../../../src/objects/num/errors.js';
import { normInt } from '../../../src/objects/num/int.js';

export type Enc = null | boolean | string | { i: string } | { f: string } | { b: number[] } | { t: Enc[] } | { l: Enc[] } | { c: [string, string] } | { d: [string, Enc][] };
export interface Case {
  op: string;
  args: Enc[];
  out?: Enc;
  err?: [string, string];
}

export function loadCases(name: string): Case[] {
  const path = fileURLToPath(new URL(`./fixtures/${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Case[];
}

export function decInt(e: Enc): number | bigint {
  const s = (e as { i: string }).i;
  return normInt(s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s));
}

export function decFloat(e: Enc): number {
  const s = (e as { f: string }).f;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

/** Generic decode: ints as number|bigint, floats as number, tuples as arrays. */
export function dec(e: Enc): unknown {
  if (e === null || typeof e === 'boolean' || typeof e === 'string') return e;
  if ('i' in e) return decInt(e);
  if ('f' in e) return decFloat(e);
  if ('b' in e) return Uint8Array.from(e.b);
  if ('t' in e) return e.t.map(dec);
  if ('l' in e) return e.l.map(dec);
  if ('c' in e) return { complex: e.c.map(Number) };
  return new Map(e.d.map(([k, v]) => [k, dec(v)]));
}

/** Encodes a JS result the way the fixtures do, given the Python type expected. */
export function encLike(expected: Enc, v: unknown): Enc {
  if (expected === null || typeof expected === 'boolean' || typeof expected === 'string') return v as Enc;
  if ('i' in expected) {
    const b = BigInt(v as number | bigint);
    return { i: (b < 0n ? '-0x' + (-b).toString(16) : '0x' + b.toString(16)) };
  }
  if ('f' in expected) {
    const x = v as number;
    return { f: Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : Object.is(x, -0) ? '-0.0' : String(x) };
  }
  if ('t' in expected) return { t: expected.t.map((e, k) => encLike(e, (v as unknown[])[k])) };
  return v as Enc;
}

/** Normalises an expected float to the same String(x) form encLike produces. */
export function normExpected(e: Enc): Enc {
  if (e === null || typeof e !== 'object') return e;
  if ('f' in e) return encLike(e, decFloat(e));
  if ('t' in e) return { t: e.t.map(normExpected) };
  return e;
}

/** Runs fn, returning {out} or {err} in fixture terms. */
export function run(expected: Case, fn: () => unknown): { out?: Enc; err?: [string, string] } {
  try {
    const v = fn();
    return { out: expected.out === undefined ? (v as Enc) : encLike(expected.out, v) };
  } catch (e) {
    if (e instanceof NumError) return { err: [e.excType, e.message] };
    throw e;
  }
}

export function expectedOf(c: Case): { out?: Enc; err?: [string, string] } {
  return c.err !== undefined ? { err: c.err } : { out: normExpected(c.out!) };
}

export function label(c: Case): string {
  const s = JSON.stringify(c.args);
  return `${c.op}(${s.length > 80 ? s.slice(0, 80) + '…' : s})`;
}
