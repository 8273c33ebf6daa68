/**
 * Semantic actions for expressions: CST (over tokens) → ast.ts nodes.
 *
 * Actions are named `rule_case` with children-named parameters (`_` for ignored ones), as
 * the style anchors ask. Results are plain objects shaped like Python's `ast` (3.11).
 * Positions come from token spans (state.ts); where CPython's position differs from the
 * rule's span (parenthesised expressions keep their inner position; a bare generator
 * argument takes the call's parentheses) the action says so.
 */
import type { Arg, Arguments, Comprehension, Constant, Expr, JoinedStr, Keyword, Pos } from './ast.js';
import { ELLIPSIS } from './ast.js';
import type { StringPiece } from './lexer.js';
import { buildOperators, type Operand } from './precedence.js';
import { S, copyPos, errorOver, joinPos, posOf, spanOf, tokEnd, tokStart } from './state.js';
import { DecodeError, pieceValue } from './strings.js';
import { storeTarget } from './targets.js';
import { TOK } from './tokens.js';
import { FStringError, scanFString, type FPart } from './fstring.js';

type N = any;

/** Parses an f-string field; set by parser.ts (it needs the grammar, which lives there). */
export const hooks: { parseField: (text: string, line: number, col: number) => Expr } = {
  parseField: () => { throw new Error('parseField hook not installed'); },
};

const ast = (n: N): any => n.ast();
const opt = (it: N): N | undefined => it.children[0];
const listOf = (first: N, rest: N): N[] => [first, ...rest.children];

/** Items of a `x (',' x)* ','?` rule and whether a comma made it a tuple. */
export function seqItems(first: N, rest: N, trailing: N): { elts: Expr[]; comma: boolean } {
  const elts = listOf(first, rest).map(ast);
  return { elts, comma: rest.children.length > 0 || trailing.children.length > 0 };
}

function starredNotAllowed(e: Expr): void {
  if (e.kind === 'Starred') errorOver('cannot use starred expression here', e);
}

export const exprActions = {
  starExprs(first: N, _c: N, rest: N, trailing: N): Expr {
    const { elts, comma } = seqItems(first, rest, trailing);
    if (!comma) return elts[0];
    return { kind: 'Tuple', elts, ctx: 'Load', ...posOf(this as N) };
  },
  starExpr_star(_s: N, e: N): Expr { return { kind: 'Starred', value: ast(e), ctx: 'Load', ...posOf(this as N) }; },
  starNamedExpr_star(_s: N, e: N): Expr { return { kind: 'Starred', value: ast(e), ctx: 'Load', ...posOf(this as N) }; },
  namedExpr_walrus(name: N, _op: N, value: N): Expr {
    const target: Expr = { kind: 'Name', id: S.ts.values[tokStart(name)] as string, ctx: 'Store', ...posOf(name) };
    return { kind: 'NamedExpr', target, value: ast(value), ...posOf(this as N) } as Expr;
  },
  test_lambda(_l: N, params: N, _c: N, body: N): Expr {
    const p = opt(params);
    return { kind: 'Lambda', args: p ? ast(p) : emptyArguments(), body: ast(body), ...posOf(this as N) };
  },
  test_cond(body: N, _if: N, test: N, _else: N, orelse: N): Expr {
    const b = ast(body);
    if (test.children.length === 0) return b;
    return { kind: 'IfExp', test: ast(test.children[0]), body: b, orelse: ast(orelse.children[0]), ...posOf(this as N) };
  },
  orTest(prefixes: N, primary: N, ops: N, prefixLists: N, primaries: N): Expr {
    if (prefixes.children.length === 0 && ops.children.length === 0) return ast(primary);
    const operand = (pre: N, prim: N): Operand => ({
      prefixes: pre.children.map((t: N) => S.ts.text.charCodeAt(tokStart(t))),
      prefixToks: pre.children.map((t: N) => tokStart(t)),
      expr: ast(prim), start: tokStart(prim), end: tokEnd(prim),
    });
    // Read each `children` once: Ohm builds the wrapper array on every access.
    const operands = [operand(prefixes, primary)];
    const prims = primaries.children;
    const pres = prefixLists.children;
    for (let k = 0; k < prims.length; k++) operands.push(operand(pres[k], prims[k]));
    const opToks = ops.children.map((t: N) => tokStart(t));
    return buildOperators(operands, opToks.map((t: number) => S.ts.text.charCodeAt(t)), opToks);
  },
  primary(atom: N, trailers: N): Expr {
    let e: Expr = ast(atom);
    const start = tokStart(this as N);
    const ts = trailers.children;
    for (const t of ts) {
      const c = t.children[0];
      const p = spanOf(start, tokEnd(t));
      switch (c.ctorName) {
        case 'trailer_attr':
          e = { kind: 'Attribute', value: e, attr: S.ts.values[tokStart(c.children[1])] as string, ctx: 'Load', ...p };
          break;
        case 'trailer_call': {
          const args = opt(c.children[1]);
          const call = args ? ast(args) : { args: [], keywords: [] };
          const g = call.args[0];
          if (g && g.kind === 'GeneratorExp' && call.bare) Object.assign(g, spanOf(tokStart(c), tokEnd(c)));
          e = { kind: 'Call', func: e, args: call.args, keywords: call.keywords, ...p };
          break;
        }
        default:
          e = { kind: 'Subscript', value: e, slice: ast(c.children[1]), ctx: 'Load', ...p };
      }
    }
    return e;
  },
  atom_name(t: N): Expr { return { kind: 'Name', id: S.ts.values[tokStart(t)] as string, ctx: 'Load', ...posOf(t) }; },
  atom_number(t: N): Expr { return { kind: 'Constant', value: S.ts.values[tokStart(t)] as bigint | number, ...posOf(t) }; },
  atom_constant(t: N): Expr {
    const code = S.ts.text.charCodeAt(tokStart(t));
    const value = code === TOK.None ? null : code === TOK.True ? true : code === TOK.False ? false : ELLIPSIS;
    return { kind: 'Constant', value, ...posOf(t) };
  },
  atom_strings(toks: N): Expr {
    return strings(toks.children.map((t: N) => tokStart(t)), posOf(this as N));
  },
  yieldExpr_from(_y: N, _f: N, e: N): Expr { return { kind: 'YieldFrom', value: ast(e), ...posOf(this as N) }; },
  yieldExpr_plain(_y: N, e: N): Expr {
    const v = opt(e);
    return { kind: 'Yield', value: v ? ast(v) : null, ...posOf(this as N) };
  },
  paren_empty(_o: N, _c: N): Expr { return { kind: 'Tuple', elts: [], ctx: 'Load', ...posOf(this as N) }; },
  paren_yield(_o: N, y: N, _c: N): Expr { return ast(y); },
  paren_genexp(_o: N, elt: N, comp: N, _c: N): Expr {
    return { kind: 'GeneratorExp', elt: ast(elt), generators: ast(comp), ...posOf(this as N) };
  },
  paren_group(_o: N, items: N, _c: N): Expr {
    const [first, , rest, trailing] = items.children;
    const { elts, comma } = seqItems(first, rest, trailing);
    if (!comma) {
      starredNotAllowed(elts[0]);
      return elts[0];
    }
    return { kind: 'Tuple', elts, ctx: 'Load', ...posOf(this as N) };
  },
  listDisplay_empty(_o: N, _c: N): Expr { return { kind: 'List', elts: [], ctx: 'Load', ...posOf(this as N) }; },
  listDisplay_comp(_o: N, elt: N, comp: N, _c: N): Expr {
    return { kind: 'ListComp', elt: ast(elt), generators: ast(comp), ...posOf(this as N) };
  },
  listDisplay_items(_o: N, items: N, _c: N): Expr {
    const [first, , rest, trailing] = items.children;
    return { kind: 'List', elts: seqItems(first, rest, trailing).elts, ctx: 'Load', ...posOf(this as N) };
  },
  braceDisplay_empty(_o: N, _c: N): Expr { return { kind: 'Dict', keys: [], values: [], ...posOf(this as N) }; },
  braceDisplay_dict(_o: N, first: N, _c: N, rest: N, _t: N, _close: N): Expr {
    const items = listOf(first, rest).map(ast) as [Expr | null, Expr][];
    return { kind: 'Dict', keys: items.map((i) => i[0]), values: items.map((i) => i[1]), ...posOf(this as N) };
  },
  braceDisplay_dictComp(_o: N, k: N, _c: N, v: N, comp: N, _close: N): Expr {
    return { kind: 'DictComp', key: ast(k), value: ast(v), generators: ast(comp), ...posOf(this as N) };
  },
  braceDisplay_setComp(_o: N, elt: N, comp: N, _c: N): Expr {
    return { kind: 'SetComp', elt: ast(elt), generators: ast(comp), ...posOf(this as N) };
  },
  braceDisplay_set(_o: N, items: N, _c: N): Expr {
    const [first, , rest, trailing] = items.children;
    return { kind: 'Set', elts: seqItems(first, rest, trailing).elts, ...posOf(this as N) };
  },
  dictItem_unpack(_s: N, e: N): [Expr | null, Expr] { return [null, ast(e)]; },
  dictItem_pair(k: N, _c: N, v: N): [Expr | null, Expr] { return [ast(k), ast(v)]; },
  compFor(clauses: N): Comprehension[] { return clauses.children.map(ast); },
  compClause(_for: N, target: N, _in: N, iter: N, _ifs: N, conds: N): Comprehension {
    return { target: storeTarget(ast(target)), iter: ast(iter), ifs: conds.children.map(ast), isAsync: false };
  },
  targetList(first: N, _c: N, rest: N, trailing: N): Expr {
    const { elts, comma } = seqItems(first, rest, trailing);
    if (!comma) return elts[0];
    return { kind: 'Tuple', elts, ctx: 'Load', ...posOf(this as N) };
  },
  target_star(_s: N, e: N): Expr { return { kind: 'Starred', value: ast(e), ctx: 'Load', ...posOf(this as N) }; },
  subscripts(first: N, _c: N, rest: N, trailing: N): Expr {
    const { elts, comma } = seqItems(first, rest, trailing);
    // `a[*b]` is a one-element tuple (PEP 646), spanning the starred item.
    if (!comma && elts[0].kind === 'Starred') return { kind: 'Tuple', elts, ctx: 'Load', ...copyPos(elts[0]) };
    if (!comma) return elts[0];
    return { kind: 'Tuple', elts, ctx: 'Load', ...posOf(this as N) };
  },
  subscript_slice(lower: N, _c: N, upper: N, _c2: N, step: N): Expr {
    const o = (it: N): Expr | null => (opt(it) ? ast(opt(it)) : null);
    const s = opt(step);
    return { kind: 'Slice', lower: o(lower), upper: o(upper), step: s ? o(s) : null, ...posOf(this as N) };
  },
  subscript_star(_s: N, e: N): Expr { return { kind: 'Starred', value: ast(e), ctx: 'Load', ...posOf(this as N) }; },
  argList(first: N, _c: N, rest: N, _t: N): { args: Expr[]; keywords: Keyword[]; bare: boolean } {
    const items = listOf(first, rest);
    return callArguments(items.map((n) => ({ node: n.children[0], kind: n.children[0].ctorName as string })), items.length === 1 && _t.children.length === 0);
  },
  arg_genexp(elt: N, comp: N): Expr {
    return { kind: 'GeneratorExp', elt: ast(elt), generators: ast(comp), ...posOf(this as N) };
  },
};

/** Positional/keyword order rules of CPython's args rule and invalid_arguments. */
function callArguments(items: { node: N; kind: string }[], single: boolean): { args: Expr[]; keywords: Keyword[]; bare: boolean } {
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let sawKeyword = false;
  let sawDstar = false;
  const seen = new Set<string>();
  for (const { node, kind } of items) {
    const p = posOf(node);
    if (kind === 'arg_keyword') {
      const name = S.ts.values[tokStart(node.children[0])] as string;
      if (seen.has(name)) errorOver(`keyword argument repeated: ${name}`, p, false);
      seen.add(name);
      keywords.push({ arg: name, value: ast(node.children[2]), ...p });
      sawKeyword = true;
    } else if (kind === 'arg_dstar') {
      keywords.push({ arg: null, value: ast(node.children[1]), ...p });
      sawDstar = true;
    } else if (kind === 'arg_star') {
      if (sawDstar) errorOver('iterable argument unpacking follows keyword argument unpacking', spanOf(tokStart(node), tokStart(node) + 1));
      args.push({ kind: 'Starred', value: ast(node.children[1]), ctx: 'Load', ...p });
    } else {
      const e: Expr = ast(node);
      if (kind === 'arg_genexp' && !single) errorOver('Generator expression must be parenthesized', p);
      // CPython reports these at the token after the argument (RAISE_SYNTAX_ERROR).
      const after = spanOf(tokEnd(node), tokEnd(node) + 1);
      if (sawDstar) errorOver('positional argument follows keyword argument unpacking', after);
      if (sawKeyword) errorOver('positional argument follows keyword argument', after);
      args.push(e);
    }
  }
  return { args, keywords, bare: single && items[0].kind === 'arg_genexp' };
}

export function emptyArguments(): Arguments {
  return { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
}

/** A parameter as the param rules return it, before Arguments is assembled. */
export interface Param {
  kind: 'plain' | 'star' | 'kwargs' | 'slash';
  arg: Arg | null;
  dflt: Expr | null;
  tok: number;
}

// ------------------------------------------------------------------ strings

/** Implicitly concatenated literals → Constant or JoinedStr (3.11 shapes and positions). */
function strings(toks: number[], whole: Pos): Expr {
  const pieces = toks.map((t) => S.ts.values[t] as StringPiece);
  const isBytes = pieces.map((p) => p.prefix.includes('b'));
  if (isBytes.some((b) => b) && !isBytes.every((b) => b)) {
    const last = spanOf(toks[toks.length - 1], toks[toks.length - 1] + 1);
    errorOver('cannot mix bytes and nonbytes literals', { line: last.endLine, col: last.endCol, endLine: last.endLine, endCol: last.endCol });
  }
  const decode = (p: StringPiece, t: number): string | Uint8Array => {
    try {
      return pieceValue(p);
    } catch (e) {
      if (e instanceof DecodeError) {
        const sp = spanOf(t, t + 1);
        errorOver(e.msg, e.atEnd ? { line: sp.endLine, col: sp.endCol, endLine: sp.endLine, endCol: sp.endCol } : sp);
      }
      throw e;
    }
  };
  if (isBytes[0]) {
    const parts = pieces.map((p, k) => decode(p, toks[k]) as Uint8Array);
    const all = new Uint8Array(parts.reduce((n, a) => n + a.length, 0));
    let o = 0;
    for (const a of parts) { all.set(a, o); o += a.length; }
    return { kind: 'Constant', value: all, ...whole };
  }
  const kindU = pieces[0].prefix.includes('u') ? 'u' : null;
  if (!pieces.some((p) => p.prefix.includes('f'))) {
    const value = pieces.map((p, k) => decode(p, toks[k]) as string).join('');
    const c: Constant = { kind: 'Constant', value, ...whole };
    if (kindU) c.kindU = kindU;
    return c;
  }
  const values: (Constant | Expr)[] = [];
  let lit = '';
  const flushLit = (): void => {
    if (lit) values.push({ kind: 'Constant', value: lit, ...copyPos(whole) });
    lit = '';
  };
  const emit = (parts: FPart[], tokPos: Pos): void => {
    for (const part of parts) {
      if (part.kind === 'str') { lit += part.value; continue; }
      flushLit();
      values.push(formatted(part, whole, tokPos));
    }
  };
  pieces.forEach((p, k) => {
    if (!p.prefix.includes('f')) { lit += decode(p, toks[k]) as string; return; }
    const tokPos = spanOf(toks[k], toks[k] + 1);
    try {
      emit(scanFString({ body: p.body, raw: p.prefix.includes('r'), line: p.bodyLine, col: p.bodyCol }, hooks.parseField), tokPos);
    } catch (e) {
      if (!(e instanceof FStringError)) throw e;
      const at = e.atEnd ? { line: tokPos.endLine, col: tokPos.endCol, endLine: tokPos.endLine, endCol: tokPos.endCol } : tokPos;
      errorOver(e.msg, at);
    }
  });
  flushLit();
  return { kind: 'JoinedStr', values: values as JoinedStr['values'], ...whole };
}

function formatted(part: FPart & { kind: 'field' }, whole: Pos, tokPos: Pos): Expr {
  let spec: JoinedStr | null = null;
  if (part.spec) {
    const vals: JoinedStr['values'] = [];
    for (const s of part.spec) {
      if (s.kind === 'str') vals.push({ kind: 'Constant', value: s.value, ...copyPos(whole) });
      else vals.push(formatted(s, whole, tokPos) as JoinedStr['values'][number]);
    }
    spec = { kind: 'JoinedStr', values: vals, ...copyPos(tokPos) };
  }
  return { kind: 'FormattedValue', value: part.expr, conversion: part.conversion, formatSpec: spec, ...copyPos(whole) };
}

export { joinPos };
