/**
 * Operator precedence for the flat `orTest` rule.
 *
 * The grammar matches `prefix* operand (binop prefix* operand)*` (ohm-notes §7.2: one
 * flat level is the fastest shape for Ohm). This file rebuilds Python's tree by
 * precedence climbing, with Python's levels (lowest first): or, and, not (prefix),
 * comparisons (chained into one Compare), |, ^, &, << >>, + -, * / // % @,
 * unary + - ~ (prefix), ** (right-associative; its right operand may itself start with a
 * unary operator, and it binds tighter than a unary operator on its left: -2**2 is
 * -(2**2)).
 *
 * `not` is only allowed where a not_test may start (the start, or after `and`/`or`/`not`);
 * elsewhere (`a == not b`, `-not x`) CPython says "invalid syntax" at the `not`, and so
 * do we. Runs of prefix operators are wrapped in a loop, not by recursion, so
 * `- - - ... x` cannot overflow the stack; chains longer than CPython's parser can take
 * get a clear SyntaxError instead.
 *
 * Node positions follow CPython: an operator node spans from the first token of its left
 * operand (parentheses included) to the last token of its right operand; a unary node
 * starts at its operator.
 */
import type { CmpOp, Expr, Operator, Pos } from './ast.js';
import { TOK } from './tokens.js';
import { errorAtToken, errorOver, spanOf } from './state.js';

/** One operand: its prefix operator tokens, its expression, and its token span. */
export interface Operand {
  prefixes: number[];
  /** Token indices of the prefixes (parallel to `prefixes`). */
  prefixToks: number[];
  expr: Expr;
  start: number;
  end: number;
}

// Unary + - ~ sit at 11, between TERM and POW; they are handled in unary(), not by level.
const OR = 1, AND = 2, NOT = 3, CMP = 4, BOR = 5, BXOR = 6, BAND = 7, SHIFT = 8, ARITH = 9, TERM = 10, POW = 12;

/** Longest unary or power chain accepted (CPython's parser runs out of stack near here). */
const MAX_CHAIN = 1000;

const BINOPS = new Map<number, [number, Operator | CmpOp | 'And' | 'Or']>([
  [TOK.or, [OR, 'Or']], [TOK.and, [AND, 'And']],
  [TOK['=='], [CMP, 'Eq']], [TOK['!='], [CMP, 'NotEq']], [TOK['<'], [CMP, 'Lt']], [TOK['<='], [CMP, 'LtE']],
  [TOK['>'], [CMP, 'Gt']], [TOK['>='], [CMP, 'GtE']], [TOK.in, [CMP, 'In']], [TOK['not in'], [CMP, 'NotIn']],
  [TOK.is, [CMP, 'Is']], [TOK['is not'], [CMP, 'IsNot']],
  [TOK['|'], [BOR, 'BitOr']], [TOK['^'], [BXOR, 'BitXor']], [TOK['&'], [BAND, 'BitAnd']],
  [TOK['<<'], [SHIFT, 'LShift']], [TOK['>>'], [SHIFT, 'RShift']],
  [TOK['+'], [ARITH, 'Add']], [TOK['-'], [ARITH, 'Sub']],
  [TOK['*'], [TERM, 'Mult']], [TOK['/'], [TERM, 'Div']], [TOK['//'], [TERM, 'FloorDiv']],
  [TOK['%'], [TERM, 'Mod']], [TOK['@'], [TERM, 'MatMult']],
  [TOK['**'], [POW, 'Pow']],
]);

const UNARY_OPS = new Map<number, 'UAdd' | 'USub' | 'Invert'>([
  [TOK['+'], 'UAdd'], [TOK['-'], 'USub'], [TOK['~'], 'Invert'],
]);

/** A subtree with the token span it covers. */
interface Spanned { expr: Expr; start: number; end: number }

export function buildOperators(operands: Operand[], ops: number[], opToks: number[]): Expr {
  return new Climber(operands, ops, opToks).run();
}

class Climber {
  private i = 0;
  /** How many prefixes of operands[i] are already consumed. */
  private p = 0;

  constructor(private readonly xs: Operand[], private readonly ops: number[], private readonly opToks: number[]) {}

  run(): Expr {
    return this.binary(OR).expr;
  }

  private levelOf(k: number): number { return BINOPS.get(this.ops[k])![0]; }

  private binary(min: number): Spanned {
    let left = this.unary(min);
    while (this.i < this.ops.length) {
      const level = this.levelOf(this.i);
      if (level < min) break;
      if (level === OR || level === AND) left = this.boolOp(left, level);
      else if (level === CMP) left = this.compare(left);
      else if (level === POW) break; // handled in power()
      else {
        const op = BINOPS.get(this.ops[this.i])![1] as Operator;
        this.advance();
        const right = this.binary(level + 1);
        left = { expr: { kind: 'BinOp', left: left.expr, op, right: right.expr, ...this.span(left.start, right.end) }, start: left.start, end: right.end };
      }
    }
    return left;
  }

  private advance(): void { this.i++; this.p = 0; }

  private boolOp(first: Spanned, level: number): Spanned {
    const values = [first.expr];
    let end = first.end;
    while (this.i < this.ops.length && this.levelOf(this.i) === level) {
      this.advance();
      const next = this.binary(level + 1);
      values.push(next.expr);
      end = next.end;
    }
    const op = level === OR ? 'Or' : 'And';
    return { expr: { kind: 'BoolOp', op, values, ...this.span(first.start, end) }, start: first.start, end };
  }

  private compare(first: Spanned): Spanned {
    const cmpOps: CmpOp[] = [];
    const comparators: Expr[] = [];
    let end = first.end;
    while (this.i < this.ops.length && this.levelOf(this.i) === CMP) {
      cmpOps.push(BINOPS.get(this.ops[this.i])![1] as CmpOp);
      this.advance();
      const next = this.binary(CMP + 1);
      comparators.push(next.expr);
      end = next.end;
    }
    return { expr: { kind: 'Compare', left: first.expr, ops: cmpOps, comparators, ...this.span(first.start, end) }, start: first.start, end };
  }

  /** Prefix operators of the current operand, then its power expression. */
  private unary(min: number): Spanned {
    const x = this.xs[this.i];
    const first = this.p;
    let nots = 0;
    while (first + nots < x.prefixes.length && x.prefixes[first + nots] === TOK.not) nots++;
    if (nots > 0) {
      if (min > NOT) errorAtToken('invalid syntax', x.prefixToks[first]);
      if (nots > MAX_CHAIN) this.tooDeep(x);
      this.p += nots;
      const operand = this.binary(CMP);
      let e = operand.expr;
      for (let k = nots - 1; k >= 0; k--) {
        e = { kind: 'UnaryOp', op: 'Not', operand: e, ...this.span(x.prefixToks[first + k], operand.end) };
      }
      return { expr: e, start: x.prefixToks[first], end: operand.end };
    }
    const arith = x.prefixes.length - first;
    for (let k = first; k < x.prefixes.length; k++) {
      if (x.prefixes[k] === TOK.not) errorAtToken('invalid syntax', x.prefixToks[k]);
    }
    if (arith > MAX_CHAIN) this.tooDeep(x);
    this.p = x.prefixes.length;
    const operand = this.power();
    let e = operand.expr;
    for (let k = x.prefixes.length - 1; k >= first; k--) {
      e = { kind: 'UnaryOp', op: UNARY_OPS.get(x.prefixes[k])!, operand: e, ...this.span(x.prefixToks[k], operand.end) };
    }
    return { expr: e, start: arith > 0 ? x.prefixToks[first] : operand.start, end: operand.end };
  }

  /** operand ('**' unary)*, right-associative. */
  private power(): Spanned {
    const x = this.xs[this.i];
    const base: Spanned = { expr: x.expr, start: x.start, end: x.end };
    if (this.i >= this.ops.length || this.ops[this.i] !== TOK['**']) return base;
    // Collect the chain iteratively: a ** b ** c ... where each right part may have prefixes.
    const parts: { prefixStart: number; operand: Operand }[] = [];
    while (this.i < this.ops.length && this.ops[this.i] === TOK['**']) {
      this.advance();
      const y = this.xs[this.i];
      for (const pr of y.prefixes) if (pr === TOK.not) errorAtToken('invalid syntax', y.prefixToks[y.prefixes.indexOf(pr)]);
      parts.push({ prefixStart: 0, operand: y });
      if (parts.length > MAX_CHAIN) this.tooDeep(y);
      this.p = y.prefixes.length;
    }
    // Fold from the right: the right operand of ** is `prefixes (operand ** ...)`.
    let acc: Spanned | null = null;
    for (let k = parts.length - 1; k >= 0; k--) {
      const y = parts[k].operand;
      let cur: Spanned = { expr: y.expr, start: y.start, end: y.end };
      if (acc) cur = { expr: { kind: 'BinOp', left: cur.expr, op: 'Pow', right: acc.expr, ...this.span(cur.start, acc.end) }, start: cur.start, end: acc.end };
      for (let q = y.prefixes.length - 1; q >= 0; q--) {
        cur = { expr: { kind: 'UnaryOp', op: UNARY_OPS.get(y.prefixes[q])!, operand: cur.expr, ...this.span(y.prefixToks[q], cur.end) }, start: y.prefixToks[q], end: cur.end };
      }
      acc = cur;
    }
    const right = acc!;
    return { expr: { kind: 'BinOp', left: base.expr, op: 'Pow', right: right.expr, ...this.span(base.start, right.end) }, start: base.start, end: right.end };
  }

  private span(a: number, b: number): Pos { return spanOf(a, b); }

  private tooDeep(x: Operand): never {
    errorOver('too many nested expressions (memsnake parser limit)', spanOf(x.start, x.end));
  }
}
