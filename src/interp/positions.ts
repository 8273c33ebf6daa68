/**
 * Source positions CPython 3.11's compiler gives instructions where they are not simply
 * "the node being evaluated" — they decide which span a traceback underlines.
 */

import type * as A from '../parse/ast.js';

/**
 * The position of an `assert`'s RAISE_VARARGS. 3.11's compiler_jump_if sets the location
 * to a Compare it compiles and does not restore it, so the raise is located at the last
 * Compare met while compiling the test (walking BoolOp values, `not` operands and
 * conditional-expression parts in order) — `assert len(v) > 0` underlines the comparison —
 * and at the statement itself otherwise (`assert x` shows no carets).
 */
export function assertRaisePos(st: A.Assert): A.Pos {
  return lastJumpCompare(st.test) ?? st;
}

function lastJumpCompare(e: A.Expr): A.Pos | null {
  switch (e.kind) {
    case 'Compare': return e;
    case 'UnaryOp': return e.op === 'Not' ? lastJumpCompare(e.operand) : null;
    case 'BoolOp': {
      let found: A.Pos | null = null;
      for (const v of e.values) found = lastJumpCompare(v) ?? found;
      return found;
    }
    case 'IfExp': {
      let found: A.Pos | null = null;
      for (const v of [e.test, e.body, e.orelse]) found = lastJumpCompare(v) ?? found;
      return found;
    }
    default: return null;
  }
}
