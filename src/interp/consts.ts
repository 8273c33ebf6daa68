/**
 * Constants of a compilation unit (Python/compile.c `merge_consts_recursive`, the AST
 * optimizer's folding in Python/ast_opt.c).
 *
 * Equal constants are one object across the whole unit (module, its functions and class
 * bodies): each code object that uses a constant holds one reference to it in co_consts;
 * in script mode the parser arena holds one more until the main module finishes. Folding
 * follows 3.11's AST optimizer for what changes identities and counts: unary minus/plus/
 * invert of numbers, binary operations on number and str constants (with the optimizer's
 * size limits), and tuples of constants.
 */

import { newBytes } from '../objects/bytes.js';
import type * as A from '../parse/ast.js';
import { ELLIPSIS } from '../parse/ast.js';
import { H, PyObject, PyRaise } from '../objects/object.js';
import { newInt, PyInt } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { PyStr, internStr, isIdentLike, newStrFresh } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { Ellipsis, None, True, False } from '../objects/singletons.js';
import { intBinop, floatBinop } from '../objects/number.js';
import { bitLength } from '../objects/num/int.js';
import { intType, floatType, strType, tupleType } from '../objects/typeobjects.js';

/** A folded tuple constant (the AST has no tuple constants; the compiler does). */
export class ConstTuple {
  constructor(readonly items: A.ConstValue[] | ConstTuple[] | (A.ConstValue | ConstTuple)[]) {}
}
export type CValue = A.ConstValue | ConstTuple;

function keyOf(v: CValue): string {
  if (v instanceof ConstTuple) return 't(' + v.items.map((x) => keyOf(x as CValue)).join(',') + ')';
  if (typeof v === 'bigint') return 'i' + v.toString();
  if (typeof v === 'number') return 'f' + (Object.is(v, -0) ? '-0' : String(v));
  if (typeof v === 'string') return 's' + v;
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  if (v === null) return 'N';
  if (v === ELLIPSIS) return 'E';
  return 'b' + Array.from(v as Uint8Array).join(',');
}

export class ConstTable {
  private readonly map = new Map<string, PyObject>();
  /** References the "arena" holds (script mode), released by `releaseArena`. */
  readonly arena: PyObject[] = [];
  /** Tables whose arena holds references now: roots for the heap checker (check-roots.ts). */
  static readonly withArena = new Set<ConstTable>();

  constructor(readonly keepArena: boolean) {}

  /** The canonical object for v (borrowed; the table keeps one reference). */
  get(v: CValue): PyObject {
    const k = keyOf(v);
    let o = this.map.get(k);
    if (o === undefined) {
      o = this.make(v);
      this.map.set(k, o);
      if (this.keepArena) {
        o.rc++;
        this.arena.push(o);
        ConstTable.withArena.add(this);
      }
    }
    return o;
  }

  private make(v: CValue): PyObject {
    if (v instanceof ConstTuple) {
      return newTuple(v.items.map((x) => {
        const o = this.get(x as CValue);
        o.rc++;
        return o;
      }));
    }
    if (typeof v === 'bigint') return newInt(v);
    if (typeof v === 'number') return newFloat(v);
    if (typeof v === 'string') {
      if (isIdentLike(v)) return internStr(v);
      return v.length <= 1 ? internStr(v) : newStrFresh(v);
    }
    if (typeof v === 'boolean') {
      const b = v ? True : False;
      b.rc++;
      return b;
    }
    if (v === null) {
      None.rc++;
      return None;
    }
    if (v === ELLIPSIS) {
      Ellipsis.rc++;
      return Ellipsis;
    }
    return newBytes(v as Uint8Array);
  }

  /** Drops the table's own references (after the code objects took theirs). */
  releaseTable(): void {
    for (const o of this.map.values()) H.decref(o);
    this.map.clear();
  }

  releaseArena(): void {
    ConstTable.withArena.delete(this);
    const a = this.arena.splice(0);
    for (const o of a) H.decref(o);
  }
}

/** Constant value of a node after folding, or undefined. */
export function constValue(e: A.Expr): CValue | undefined {
  if (e.kind !== 'Constant') return undefined;
  return e.value as CValue;
}

function pyValue(v: CValue): PyObject | null {
  if (typeof v === 'bigint') return newInt(v);
  if (typeof v === 'number') return newFloat(v);
  return null;
}

function fromPy(o: PyObject): CValue | undefined {
  if (o.type === intType) return BigInt((o as PyInt).v);
  if (o.type === floatType) return (o as unknown as { v: number }).v;
  if (o.type === strType) return (o as PyStr).v;
  return undefined;
}

/** Folds constant sub-expressions in place (the parts of ast_opt.c that matter here). */
export function fold(e: A.Expr): A.Expr {
  switch (e.kind) {
    case 'UnaryOp': {
      e.operand = fold(e.operand);
      const v = constValue(e.operand);
      if (v === undefined) return e;
      if ((typeof v === 'bigint' || typeof v === 'number') && e.op !== 'Not') {
        if (e.op === 'USub') return mkConst(e, typeof v === 'bigint' ? -v : -v);
        if (e.op === 'UAdd') return mkConst(e, v);
        if (e.op === 'Invert' && typeof v === 'bigint') return mkConst(e, -v - 1n);
      }
      return e;
    }
    case 'BinOp': {
      e.left = fold(e.left);
      e.right = fold(e.right);
      const a = constValue(e.left), b = constValue(e.right);
      if (a === undefined || b === undefined) return e;
      if (typeof a === 'string' && typeof b === 'string' && e.op === 'Add') {
        if (a.length + b.length <= 4096) return mkConst(e, a + b);
        return e;
      }
      if (e.op === 'Mult') {
        const rep = foldRepeat(a, b) ?? foldRepeat(b, a);
        if (rep !== null) return rep === undefined ? e : mkConst(e, rep);
        if (typeof a === 'bigint' && typeof b === 'bigint' && a !== 0n && b !== 0n
          && bitLength(a < 0n ? -a : a) + bitLength(b < 0n ? -b : b) > 128) return e; // safe_multiply: MAX_INT_SIZE
      }
      if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number') && typeof a !== 'boolean') {
        if (e.op === 'Pow' && typeof a === 'bigint' && typeof b === 'bigint') {
          if (b < 0n) return e;
          if (a !== 0n && BigInt(bitLength(a < 0n ? -a : a)) * b > 128n) return e;
        }
        if (e.op === 'LShift' && typeof b === 'bigint' && (b < 0n || b > 128n)) return e;
        if (e.op === 'MatMult') return e;
        const pa = pyValue(a)!, pb = pyValue(b)!;
        try {
          const r = typeof a === 'bigint' && typeof b === 'bigint'
            ? intBinop((pa as PyInt).v, (pb as PyInt).v, e.op)
            : floatBinop(Number(a), Number(b), e.op);
          const v = fromPy(r);
          H.decref(r);
          if (v === undefined) return e;
          if (typeof v === 'bigint' && bitLength(v < 0n ? -v : v) > 128 * 8) return e;
          return mkConst(e, v);
        } catch (err) {
          // Errors surface at run time, as CPython leaves them unfolded; the exception
          // raised while trying is dropped here.
          if (err instanceof PyRaise) H.decref(err.exc);
          return e;
        } finally {
          H.decref(pa);
          H.decref(pb);
        }
      }
      return e;
    }
    case 'Subscript': {
      // fold_subscr: constant[constant] for str and tuple indexing ('xa'[1] is the
      // constant 'a'); anything that would raise stays unfolded and raises at run time.
      e.value = fold(e.value);
      e.slice = fold(e.slice);
      if (e.ctx !== 'Load') return e;
      const v = constValue(e.value), i = constValue(e.slice);
      if (v === undefined || (typeof i !== 'bigint' && typeof i !== 'boolean')) return e;
      const idx = typeof i === 'boolean' ? (i ? 1n : 0n) : i;
      const items = typeof v === 'string' ? Array.from(v) : v instanceof ConstTuple ? v.items : null;
      if (items === null) return e;
      const n = BigInt(items.length);
      const k = idx < 0n ? idx + n : idx;
      if (k < 0n || k >= n) return e;
      return mkConst(e, items[Number(k)] as CValue);
    }
    case 'Tuple': {
      e.elts = e.elts.map(fold);
      if (e.ctx !== 'Load') return e;
      const vals: CValue[] = [];
      for (const x of e.elts) {
        const v = constValue(x);
        if (v === undefined) return e;
        vals.push(v);
      }
      if (vals.length === 0) return e;
      return mkConst(e, new ConstTuple(vals as A.ConstValue[]) as unknown as A.ConstValue);
    }
    default:
      return e;
  }
}

/**
 * safe_multiply (Python/ast_opt.c 3.11) for `seq * n` with seq a str, bytes or tuple
 * constant and n an int (or bool) constant: the repeated constant when it stays within
 * 4096 characters / 256 items (1024 items counting nested tuples); undefined when it
 * would be too big or is not a repetition CPython folds; null when `seq` is no sequence.
 */
function foldRepeat(seq: CValue, count: CValue): CValue | undefined | null {
  if (typeof count !== 'bigint' && typeof count !== 'boolean') return null;
  const n = typeof count === 'boolean' ? (count ? 1n : 0n) : count;
  if (typeof seq === 'string' || seq instanceof Uint8Array) {
    const len = typeof seq === 'string' ? [...seq].length : seq.length;
    if (len > 0 && (n < 0n || n > BigInt(Math.floor(4096 / len)))) return undefined;
    const k = n < 0n ? 0 : Number(n);
    if (typeof seq === 'string') return seq.repeat(k);
    const out = new Uint8Array(seq.length * k);
    for (let i = 0; i < k; i++) out.set(seq, i * seq.length);
    return out;
  }
  if (seq instanceof ConstTuple) {
    const size = seq.items.length;
    if (size > 0) {
      if (n < 0n || n > BigInt(Math.floor(256 / size))) return undefined;
      if (n > 0n && nestedItems(seq) > Math.floor(1024 / Number(n))) return undefined;
    }
    const k = n < 0n ? 0 : Number(n);
    const items: CValue[] = [];
    for (let i = 0; i < k; i++) items.push(...(seq.items as CValue[]));
    return new ConstTuple(items);
  }
  return null;
}

/** check_complexity's count: the items of a tuple constant, nested tuples included. */
function nestedItems(t: ConstTuple): number {
  let n = t.items.length;
  for (const x of t.items) if (x instanceof ConstTuple) n += nestedItems(x);
  return n;
}

function mkConst(at: A.Pos, v: CValue): A.Constant {
  return { kind: 'Constant', value: v as A.ConstValue, line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol };
}

export { tupleType };
