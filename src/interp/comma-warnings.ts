/**
 * The compiler's "perhaps you missed a comma?" SyntaxWarnings (Python/compile.c 3.11:
 * check_caller, check_subscripter, check_index): a call or subscript whose target can
 * be seen at compile time to be a literal that does not support it — usually a list of
 * items with a comma forgotten, as in `[(1, 2) (3, 4)]`. They look at the AST after
 * constant folding, so `(1, 2)` counts as a tuple constant.
 */

import type * as A from '../parse/ast.js';
import { ConstTuple, fold } from './consts.js';
import { ELLIPSIS } from '../parse/ast.js';

/** infer_type: the type name an expression certainly has, or null. */
function inferType(e: A.Expr): string | null {
  switch (e.kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return constType(e.value);
    default: return null;
  }
}

function constType(v: unknown): string {
  if (v === null) return 'NoneType';
  if (v === ELLIPSIS) return 'ellipsis';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'str';
  if (v instanceof Uint8Array) return 'bytes';
  if (v instanceof ConstTuple) return 'tuple';
  return 'frozenset';
}

/** check_caller: the warning for calling `func`, or null. */
export function callerWarning(func0: A.Expr): string | null {
  const func = fold(func0);
  switch (func.kind) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp':
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      return `'${inferType(func)}' object is not callable; perhaps you missed a comma?`;
    default: return null;
  }
}

/** check_subscripter then check_index: the warning for `value[slice]` (a load), or null. */
export function subscriptWarning(value0: A.Expr, slice0: A.Expr): string | null {
  const value = fold(value0), slice = fold(slice0);
  // check_subscripter
  let notSubscriptable = false;
  switch (value.kind) {
    case 'Constant': {
      const t = constType(value.value);
      notSubscriptable = ['NoneType', 'ellipsis', 'int', 'bool', 'float', 'frozenset'].includes(t);
      break;
    }
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'Lambda': notSubscriptable = true; break;
    default: break;
  }
  if (notSubscriptable) return `'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`;
  // check_index
  const index = inferType(slice);
  if (index === null || index === 'int' || index === 'bool' || slice.kind === 'Slice') return null;
  switch (value.kind) {
    case 'Constant': {
      const t = constType(value.value);
      if (t !== 'str' && t !== 'bytes' && t !== 'tuple') return null;
      break;
    }
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue': break;
    default: return null;
  }
  return `${inferType(value)} indices must be integers or slices, not ${index}; perhaps you missed a comma?`;
}
