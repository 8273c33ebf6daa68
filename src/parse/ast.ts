/**
 * The abstract syntax tree memsnake's parser produces.
 *
 * Node kinds and field names follow Python's own `ast` module (3.11), camel-cased, so that
 * `python3 -c "import ast; print(ast.dump(ast.parse(src), include_attributes=True))"` is the
 * reference shape for every node: the parser produces what `ast.parse` produces, with no
 * constant folding (folding, like CPython's AST optimizer, happens in the compile pass of
 * `interp/`).
 *
 * Positions: `line`/`endLine` are 1-based, `col`/`endCol` 0-based offsets in UTF-16 code
 * units within the line (CPython counts UTF-8 bytes in the AST but characters when it draws
 * traceback carets; code units are what memsnake draws with).
 *
 * The resolver (interp/resolve.ts) annotates Name nodes and function/class/lambda/
 * comprehension nodes in place; those fields are optional here and absent after parsing.
 */

export interface Pos {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** Python's `Ellipsis` constant (`...`) in a Constant node. */
export const ELLIPSIS: unique symbol = Symbol('Ellipsis');

/**
 * The value of a Constant node: int → bigint (always, whatever its size), float → number,
 * str → string, bytes → Uint8Array, True/False → boolean, None → null, `...` → ELLIPSIS.
 */
export type ConstValue = bigint | number | string | Uint8Array | boolean | null | typeof ELLIPSIS;

export type ExprContext = 'Load' | 'Store' | 'Del';

export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOp = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---------------------------------------------------------------- expressions

export interface BoolOp extends Pos { kind: 'BoolOp'; op: 'And' | 'Or'; values: Expr[] }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { kind: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: Arguments; body: Expr; scope?: unknown }
export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` item, as in Python's ast. */
export interface Dict extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { kind: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { kind: 'ListComp'; elt: Expr; generators: Comprehension[]; scope?: unknown }
export interface SetComp extends Pos { kind: 'SetComp'; elt: Expr; generators: Comprehension[]; scope?: unknown }
export interface DictComp extends Pos { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[]; scope?: unknown }
export interface GeneratorExp extends Pos { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[]; scope?: unknown }
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CmpOp[]; comparators: Expr[] }
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (Python's ast uses the character codes). */
export interface FormattedValue extends Pos { kind: 'FormattedValue'; value: Expr; conversion: number; formatSpec: JoinedStr | null }
export interface JoinedStr extends Pos { kind: 'JoinedStr'; values: (Constant | FormattedValue)[] }
/** `kindU` is 'u' for a u'' prefix, as ast's `kind` field; null otherwise. */
export interface Constant extends Pos { kind: 'Constant'; value: ConstValue; kindU?: 'u' | null }
export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos {
  kind: 'Name';
  id: string;
  ctx: ExprContext;
  /** Set by the resolver: where the name lives. */
  scope?: NameScope;
  /** Set by the resolver: frame slot (fast local) or cell index (cell/free). */
  slot?: number;
}
export interface List extends Pos { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

/** How the resolver classified a Name use. */
export type NameScope = 'fast' | 'cell' | 'free' | 'global' | 'name';

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr
  | ListComp | SetComp | DictComp | GeneratorExp | Yield | YieldFrom | Compare | Call
  | FormattedValue | JoinedStr | Constant | Attribute | Subscript | Starred | Name
  | List | Tuple | Slice;

// ---------------------------------------------------------------- helpers

export interface Comprehension { target: Expr; iter: Expr; ifs: Expr[]; isAsync: false }
export interface Keyword extends Pos { arg: string | null; value: Expr }
export interface Arg extends Pos { arg: string; annotation: Expr | null }
export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per kwonlyarg; null where it has no default. */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional parameters (posonlyargs + args). */
  defaults: Expr[];
}
export interface Alias extends Pos { name: string; asname: string | null }
export interface WithItem { contextExpr: Expr; optionalVars: Expr | null }
export interface ExceptHandler extends Pos { type: Expr | null; name: string | null; body: Stmt[] }

// ---------------------------------------------------------------- statements

export interface FunctionDef extends Pos {
  kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[];
  decoratorList: Expr[]; returns: Expr | null; scope?: unknown;
}
export interface ClassDef extends Pos {
  kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[];
  decoratorList: Expr[]; scope?: unknown;
}
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Name | Attribute | Subscript; op: Operator; value: Expr }
/** simple is 1 for a plain-name target not in parentheses, as in Python's ast. */
export interface AnnAssign extends Pos { kind: 'AnnAssign'; target: Name | Attribute | Subscript; annotation: Expr; value: Expr | null; simple: 0 | 1 }
export interface For extends Pos { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { kind: 'With'; items: WithItem[]; body: Stmt[] }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While
  | If | With | Raise | Try | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt
  | Pass | Break | Continue;

export interface Module { kind: 'Module'; body: Stmt[] }

// ---------------------------------------------------------------- syntax errors

/**
 * A syntax error as data, in the shape of CPython's SyntaxError attributes. The parser
 * throws it (wrapped in ParseError); interp turns it into a Python SyntaxError object.
 */
export interface SyntaxErrorInfo {
  type: 'SyntaxError' | 'IndentationError' | 'TabError';
  msg: string;
  filename: string;
  /** 1-based line of the error. */
  lineno: number;
  /** 1-based column of the first caret, as CPython's `offset`. */
  offset: number;
  /** 1-based column after the last caret (CPython's `end_offset`); equal to offset+1 for one caret. */
  endOffset: number;
  endLineno: number;
  /** The source line the error is on (without its newline), or null when there is none. */
  text: string | null;
}

/** Thrown by the parser. A plain class on purpose: JS captures no stack for it. */
export class ParseError {
  constructor(readonly info: SyntaxErrorInfo) {}
}

/** A compile-time warning the parser or compiler emits (e.g. `"is" with a literal`). */
export interface CompileWarning {
  category: 'SyntaxWarning' | 'DeprecationWarning';
  msg: string;
  lineno: number;
}
