/**
 * Token codes: the alphabet the grammar is written in.
 *
 * The lexer (lexer.ts) turns source text into a *token string*: one UTF-16 code unit per
 * token, taken from the private-use area starting at U+E000, plus side arrays that hold
 * each token's value and source position. Ohm then matches the grammar over that string
 * (ohm-notes §7.3). The grammar template (grammar/memsnake.ohm) names tokens by their
 * quoted spelling ('if', 'NAME', '+='); scripts/build-grammar.mjs reads the TOKEN_SPELLINGS
 * array below *as text* and replaces each spelling with its code unit, so this list is
 * the single source of truth for both sides.
 *
 * The order is not arbitrary. Groups the grammar tests as a whole are contiguous, so a
 * whole group is one Ohm `Range` (no rule application, ohm-notes §7.5):
 *   'if'..'@'       compound-statement starters (the guard in front of compoundStmt)
 *   '@'..'-'        single-token binary operators ('@' is also the decorator sign)
 *   '+'..'not'      prefix (unary) operators
 *   'pass'..'from'  simple-statement keywords (the guard in front of exprStmt)
 *   '+='..'**='     augmented assignment operators
 *   '.'..'['        trailer starters
 *   'None'..'...'   constant keywords
 * 'not in' and 'is not' are single tokens: the lexer merges the two words, because neither
 * pair can mean anything else (`not` never starts an operand after `is`, `in` never
 * starts an expression).
 *
 * Keep the array JSON-compatible (double-quoted strings, one array literal between the
 * BEGIN/END markers): the build script parses it with JSON.parse.
 */

// BEGIN TOKEN_SPELLINGS
export const TOKEN_SPELLINGS = [
  "NEWLINE", "INDENT", "DEDENT",
  "if", "while", "for", "try", "with", "def", "class",
  "@",
  "or", "and", "==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not",
  "|", "^", "&", "<<", ">>", "*", "/", "//", "%", "**",
  "+", "-",
  "~", "not",
  "pass", "return", "break", "continue", "raise", "global", "nonlocal", "del", "assert",
  "import", "from",
  "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=",
  ".", "(", "[",
  "{", "NAME", "NUMBER", "STRING",
  "None", "True", "False", "...",
  ")", "]", "}", ",", ":", ";", "=", "->", ":=",
  "lambda", "yield", "elif", "else", "except", "finally", "as"
] as const;
// END TOKEN_SPELLINGS

export type TokenSpelling = (typeof TOKEN_SPELLINGS)[number];

/** First code unit of the token alphabet. */
export const TOKEN_BASE = 0xe000;

/** Token spelling → its code unit (as a number). */
export const TOK: Record<TokenSpelling, number> = Object.create(null);
TOKEN_SPELLINGS.forEach((s, i) => { TOK[s] = TOKEN_BASE + i; });

/** Code unit → spelling, for messages and debugging. */
export function spellingOf(code: number): TokenSpelling {
  return TOKEN_SPELLINGS[code - TOKEN_BASE];
}

/** Python's keywords (3.11) that the lexer turns into their own tokens. */
export const KEYWORD_CODES: ReadonlyMap<string, number> = new Map(
  ['if', 'while', 'for', 'try', 'with', 'def', 'class', 'or', 'and', 'in', 'is', 'not', 'pass',
    'return', 'break', 'continue', 'raise', 'global', 'nonlocal', 'del', 'assert', 'import',
    'from', 'None', 'True', 'False', 'lambda', 'yield', 'elif', 'else', 'except', 'finally', 'as']
    .map((k) => [k, TOK[k as TokenSpelling]]),
);

/** Operator and delimiter spellings, longest first so the lexer can match greedily. */
export const OPERATORS: readonly string[] = TOKEN_SPELLINGS
  .filter((s) => !/^[A-Za-z]/.test(s) && s !== '...')
  .slice()
  .sort((a, b) => b.length - a.length);

/** Is `code` inside the inclusive spelling range lo..hi? */
export function inRange(code: number, lo: TokenSpelling, hi: TokenSpelling): boolean {
  return code >= TOK[lo] && code <= TOK[hi];
}

/** Tokens that can start an expression (for "Perhaps you forgot a comma?"). */
export function startsExpression(code: number): boolean {
  return inRange(code, '{', '...') || inRange(code, '(', '[') || inRange(code, '+', 'not')
    || code === TOK.lambda || code === TOK['*'];
}
