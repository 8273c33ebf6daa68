/**
 * dumpAst: the text Python's `ast.dump(node)` prints (3.11), the parser's test oracle.
 *
 * Field order and names are Python's (`decorator_list`, `kw_defaults`, `is_async`...).
 * Like ast.dump, an optional field whose value is None is left out (Return(), arg(arg='x'),
 * Constant's kind), while None inside a list is printed (Dict keys). With
 * `includeAttributes`, positions follow as lineno, col_offset, end_lineno, end_col_offset
 * on the nodes that have them in Python (expressions, statements, excepthandler, arg,
 * keyword, alias) — not on comprehension, arguments or withitem.
 *
 * Constant values use Python's repr (str quoting rules, float repr, bytes as b'...').
 */
import type { Expr, Module, Pos, Stmt } from './ast.js';
import { ELLIPSIS } from './ast.js';

export interface DumpOptions { includeAttributes?: boolean }

type Fields = [name: string, value: unknown, optional?: boolean][];

/** Field lists per kind, in Python's order; camelCase fields renamed to Python's. */
function fieldsOf(n: any): Fields {
  switch (n.kind) {
    case 'Module': return [['body', n.body], ['type_ignores', []]];
    case 'FunctionDef': return [['name', n.name], ['args', n.args], ['body', n.body], ['decorator_list', n.decoratorList], ['returns', n.returns, true]];
    case 'ClassDef': return [['name', n.name], ['bases', n.bases], ['keywords', n.keywords], ['body', n.body], ['decorator_list', n.decoratorList]];
    case 'Return': return [['value', n.value, true]];
    case 'Delete': return [['targets', n.targets]];
    case 'Assign': return [['targets', n.targets], ['value', n.value]];
    case 'AugAssign': return [['target', n.target], ['op', op(n.op)], ['value', n.value]];
    case 'AnnAssign': return [['target', n.target], ['annotation', n.annotation], ['value', n.value, true], ['simple', n.simple]];
    case 'For': return [['target', n.target], ['iter', n.iter], ['body', n.body], ['orelse', n.orelse]];
    case 'While': case 'If': return [['test', n.test], ['body', n.body], ['orelse', n.orelse]];
    case 'With': return [['items', n.items], ['body', n.body]];
    case 'Raise': return [['exc', n.exc, true], ['cause', n.cause, true]];
    case 'Try': return [['body', n.body], ['handlers', n.handlers], ['orelse', n.orelse], ['finalbody', n.finalbody]];
    case 'Assert': return [['test', n.test], ['msg', n.msg, true]];
    case 'Import': return [['names', n.names]];
    case 'ImportFrom': return [['module', n.module, true], ['names', n.names], ['level', n.level]];
    case 'Global': case 'Nonlocal': return [['names', n.names]];
    case 'Expr': return [['value', n.value]];
    case 'Pass': case 'Break': case 'Continue': return [];
    case 'BoolOp': return [['op', op(n.op)], ['values', n.values]];
    case 'NamedExpr': return [['target', n.target], ['value', n.value]];
    case 'BinOp': return [['left', n.left], ['op', op(n.op)], ['right', n.right]];
    case 'UnaryOp': return [['op', op(n.op)], ['operand', n.operand]];
    case 'Lambda': return [['args', n.args], ['body', n.body]];
    case 'IfExp': return [['test', n.test], ['body', n.body], ['orelse', n.orelse]];
    case 'Dict': return [['keys', n.keys], ['values', n.values]];
    case 'Set': return [['elts', n.elts]];
    case 'ListComp': case 'SetComp': case 'GeneratorExp': return [['elt', n.elt], ['generators', n.generators]];
    case 'DictComp': return [['key', n.key], ['value', n.value], ['generators', n.generators]];
    case 'Yield': return [['value', n.value, true]];
    case 'YieldFrom': return [['value', n.value]];
    case 'Compare': return [['left', n.left], ['ops', n.ops.map(op)], ['comparators', n.comparators]];
    case 'Call': return [['func', n.func], ['args', n.args], ['keywords', n.keywords]];
    case 'FormattedValue': return [['value', n.value], ['conversion', n.conversion], ['format_spec', n.formatSpec, true]];
    case 'JoinedStr': return [['values', n.values]];
    case 'Constant': return [['value', new PyConst(n.value)], ['kind', n.kindU ?? null, true]];
    case 'Attribute': return [['value', n.value], ['attr', n.attr], ['ctx', op(n.ctx)]];
    case 'Subscript': return [['value', n.value], ['slice', n.slice], ['ctx', op(n.ctx)]];
    case 'Starred': return [['value', n.value], ['ctx', op(n.ctx)]];
    case 'Name': return [['id', n.id], ['ctx', op(n.ctx)]];
    case 'List': case 'Tuple': return [['elts', n.elts], ['ctx', op(n.ctx)]];
    case 'Slice': return [['lower', n.lower, true], ['upper', n.upper, true], ['step', n.step, true]];
    default: throw new Error(`dumpAst: unknown node kind ${n.kind}`);
  }
}

/** Helper records without `kind`, told apart by their fields. */
function helperOf(n: any): [string, Fields, boolean] {
  if ('isAsync' in n) return ['comprehension', [['target', n.target], ['iter', n.iter], ['ifs', n.ifs], ['is_async', 0]], false];
  if ('posonlyargs' in n) {
    return ['arguments', [['posonlyargs', n.posonlyargs], ['args', n.args], ['vararg', n.vararg, true], ['kwonlyargs', n.kwonlyargs],
      ['kw_defaults', n.kwDefaults], ['kwarg', n.kwarg, true], ['defaults', n.defaults]], false];
  }
  if ('contextExpr' in n) return ['withitem', [['context_expr', n.contextExpr], ['optional_vars', n.optionalVars, true]], false];
  if ('handlers' in n === false && 'body' in n && 'type' in n) return ['ExceptHandler', [['type', n.type, true], ['name', n.name, true], ['body', n.body]], true];
  if ('annotation' in n && 'arg' in n) return ['arg', [['arg', n.arg], ['annotation', n.annotation, true]], true];
  if ('asname' in n) return ['alias', [['name', n.name], ['asname', n.asname, true]], true];
  if ('arg' in n && 'value' in n) return ['keyword', [['arg', n.arg, true], ['value', n.value]], true];
  throw new Error('dumpAst: unknown helper node');
}

/** An operator or context singleton such as Add() or Load(). */
class Singleton { constructor(readonly name: string) {} }
function op(name: string): Singleton { return new Singleton(name); }
class PyConst { constructor(readonly value: unknown) {} }

export function dumpAst(node: Module | Stmt | Expr, opts: DumpOptions = {}): string {
  return dump(node, !!opts.includeAttributes);
}

function dump(v: unknown, attrs: boolean): string {
  if (v === null || v === undefined) return 'None';
  if (v instanceof Singleton) return `${v.name}()`;
  if (v instanceof PyConst) return pyRepr(v.value);
  if (Array.isArray(v)) return `[${v.map((x) => dump(x, attrs)).join(', ')}]`;
  if (typeof v === 'string') return pyStr(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object') {
    const n = v as any;
    let name: string;
    let fields: Fields;
    let hasPos: boolean;
    if (typeof n.kind === 'string') { name = n.kind; fields = fieldsOf(n); hasPos = n.kind !== 'Module'; } else { [name, fields, hasPos] = helperOf(n); }
    const parts: string[] = [];
    for (const [k, val, optional] of fields) {
      if (optional && (val === null || val === undefined)) continue;
      parts.push(`${k}=${dump(val, attrs)}`);
    }
    if (attrs && hasPos) {
      const p = n as Pos;
      parts.push(`lineno=${p.line}`, `col_offset=${p.col}`, `end_lineno=${p.endLine}`, `end_col_offset=${p.endCol}`);
    }
    return `${name}(${parts.join(', ')})`;
  }
  return String(v);
}

/** Python's repr() of a constant value. */
export function pyRepr(v: unknown): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === ELLIPSIS) return 'Ellipsis';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return pyStr(v);
  if (v instanceof Uint8Array) return pyBytes(v);
  return String(v);
}

/** float.__repr__: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = Number(expStr);
  const digits = mant.replace('-', '').replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

const PRINTABLE_EXCLUDED = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** str.__repr__. */
export function pyStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f || ch === ' ') out += ch;
    else if (PRINTABLE_EXCLUDED.test(ch)) {
      out += cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0')
        : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

/** bytes.__repr__. */
export function pyBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) { if (x === 39) hasSingle = true; if (x === 34) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x === 9) out += '\\t';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + x.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}
