/**
 * The lexer: source text → token string, in one pass, in the spirit of CPython's
 * tokenizer (Parser/tokenizer.c, 3.11).
 *
 * Output (TokenStream): `text` holds one code unit per token (tokens.ts), and side arrays
 * hold each token's value (identifier text, number, string piece) and source span
 * (1-based lines, 0-based UTF-16 columns). The grammar is matched over `text`; a position
 * in `text` is a token index, which is how the semantics find values and positions.
 *
 * Layout is decided here, as CPython does it:
 *  - NEWLINE ends a logical line; none inside brackets, after `\` continuations, or for
 *    blank and comment-only lines.
 *  - INDENT/DEDENT come from an indentation stack. Tabs advance to the next multiple of 8;
 *    a second column with tabs counted as 1 (CPython's "alt" column) must agree in
 *    direction, otherwise TabError. A dedent to a column not on the stack is
 *    IndentationError "unindent does not match any outer indentation level".
 *  - Brackets are counted up to CPython's MAXLEVEL (200); the 201st is "too many nested
 *    parentheses". Unclosed brackets at the end are *not* an error here: the parser
 *    decides (CPython reports "'(' was never closed" only in some situations), so the
 *    stream records them.
 * Lexical errors (bad characters, bad numbers, unterminated strings) throw ParseError with
 * CPython's message and position, because CPython's tokenizer errors win over parser
 * errors anyway (it tokenizes the rest of the source before reporting a generic error).
 * Strings are only delimited here; decoding escapes and parsing f-strings happens in
 * strings.ts / fstring.ts.
 */
import { ParseError } from './ast.js';
import { errorAt, incompleteAt, unsupported, type ErrorContext } from './errors.js';
import { KEYWORD_CODES, OPERATORS, TOK } from './tokens.js';

/** A string literal as the lexer found it (one token; decoded later). */
export interface StringPiece {
  /** Lower-cased prefix letters, e.g. '', 'rb', 'f'. */
  prefix: string;
  quote: string;
  /** The text between the quotes, undecoded. */
  body: string;
  /** Where the body starts: line (1-based), column (0-based), source offset. */
  bodyLine: number;
  bodyCol: number;
  bodyOffset: number;
}

export type TokenValue = string | bigint | number | StringPiece | null;

export interface TokenStream {
  source: string;
  /** One code unit per token. */
  text: string;
  values: TokenValue[];
  sLine: number[];
  sCol: number[];
  eLine: number[];
  eCol: number[];
  /** Bracket depth *before* each token. */
  depth: number[];
  lines: string[];
  /** Brackets still open at the end of input: [char, line, col] from outermost. */
  openBrackets: [string, number, number][];
}

export interface LexOptions {
  filename: string;
  /** Start inside brackets (f-string replacement fields): no layout tokens at all. */
  insideBrackets?: boolean;
  /** Line/column of the first character (f-string expressions sit inside a line). */
  startLine?: number;
  startCol?: number;
  /** Source lines for error texts when lexing a fragment. */
  lines?: string[];
}

const MAXLEVEL = 200;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
const ID_START = /[\p{XID_Start}_]/u;
const ID_CONT = /[\p{XID_Continue}]/u;
/** Words after a number that CPython 3.11 still accepts (with a DeprecationWarning). */
const NUMBER_KEYWORD_FOLLOWERS = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

function isDigit(c: string): boolean { return c >= '0' && c <= '9'; }
function isAsciiIdStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}
function isIdStart(c: string): boolean {
  return isAsciiIdStart(c) || (c > '\x7f' && ID_START.test(c));
}
function isIdCont(c: string): boolean {
  return isAsciiIdStart(c) || isDigit(c) || (c > '\x7f' && ID_CONT.test(c));
}

/** Splits on \n only: the source is normalised to \n line ends before lexing. */
export function splitLines(source: string): string[] {
  return source.split('\n');
}

export function normaliseNewlines(source: string): string {
  return source.indexOf('\r') < 0 ? source : source.replace(/\r\n?/g, '\n');
}

/** Tokenizes `source` (already newline-normalised). Throws ParseError on lexical errors. */
export function lex(source: string, opts: LexOptions): TokenStream {
  return new Lexer(source, opts).run();
}

class Lexer {
  private pos = 0;
  private line: number;
  private lineStart: number;
  private readonly ctx: ErrorContext;
  private readonly codes: number[] = [];
  private readonly ts: TokenStream;
  private readonly brackets: [string, number, number][] = [];
  private readonly indents = [0];
  private readonly altIndents = [0];
  private readonly fragment: boolean;

  constructor(private readonly src: string, opts: LexOptions) {
    this.fragment = !!opts.insideBrackets;
    this.line = opts.startLine ?? 1;
    // A fragment starts mid-line: pretend the line began startCol units earlier.
    this.lineStart = -(opts.startCol ?? 0);
    const lines = opts.lines ?? splitLines(src);
    this.ctx = { filename: opts.filename, lines };
    this.ts = {
      source: src, text: '', values: [], sLine: [], sCol: [], eLine: [], eCol: [], depth: [],
      lines, openBrackets: [],
    };
  }

  run(): TokenStream {
    const src = this.src;
    let atLineStart = !this.fragment;
    while (true) {
      if (atLineStart) {
        atLineStart = false;
        // A blank or comment-only line emits nothing; look at the next one.
        if (this.layoutLine()) { atLineStart = true; continue; }
      }
      const c = src[this.pos];
      if (c === undefined) break;
      if (c === ' ' || c === '\t' || c === '\f') { this.pos++; continue; }
      if (c === '\n') {
        if (this.brackets.length === 0 && !this.fragment) {
          this.push(TOK.NEWLINE, null, this.line, this.col(), this.line, this.col() + 1);
          atLineStart = true;
        }
        this.newline();
        continue;
      }
      if (c === '#') { this.skipComment(); continue; }
      if (c === '\\') { this.continuation(); continue; }
      this.token(c);
    }
    this.finish();
    let text = '';
    for (let i = 0; i < this.codes.length; i += 4096) {
      text += String.fromCharCode(...this.codes.slice(i, i + 4096));
    }
    this.ts.text = text;
    this.ts.openBrackets = this.brackets;
    return this.ts;
  }

  private col(at = this.pos): number { return at - this.lineStart; }

  private newline(): void {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  private push(code: number, value: TokenValue, sl: number, sc: number, el: number, ec: number): void {
    const ts = this.ts;
    this.codes.push(code);
    ts.values.push(value);
    ts.sLine.push(sl); ts.sCol.push(sc); ts.eLine.push(el); ts.eCol.push(ec);
    ts.depth.push(this.brackets.length);
  }

  private fail(msg: string, col: number, endOffset: number, type: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError'): never {
    throw errorAt(this.ctx, type, msg, this.line, col, this.line, endOffset);
  }

  /** The current line without its newline (CPython's offsets often point past it). */
  private currentLineLength(): number {
    const end = this.src.indexOf('\n', this.lineStart);
    return (end < 0 ? this.src.length : end) - this.lineStart;
  }

  /**
   * At the start of a physical line outside brackets: measure indentation and emit
   * INDENT/DEDENT. Returns true if the line was blank or comment-only (nothing emitted).
   */
  private layoutLine(): boolean {
    const src = this.src;
    let col = 0;
    let alt = 0;
    let p = this.pos;
    for (; ; p++) {
      const c = src[p];
      if (c === ' ') { col++; alt++; } else if (c === '\t') {
        col = (Math.floor(col / 8) + 1) * 8;
        alt++;
      } else if (c === '\f') { col = 0; alt = 0; } else break;
    }
    const c = src[p];
    if (c === '#' || c === '\n' || c === undefined) {
      this.pos = p;
      if (c === '#') this.skipComment();
      if (src[this.pos] !== '\n') return false; // end of input
      this.newline();
      return true;
    }
    this.pos = p;
    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    if (col === top) {
      if (alt !== altTop) this.tabError();
    } else if (col > top) {
      if (alt <= altTop) this.tabError();
      this.indents.push(col);
      this.altIndents.push(alt);
      this.push(TOK.INDENT, null, this.line, this.col(), this.line, this.col());
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.push(TOK.DEDENT, null, this.line, this.col(), this.line, this.col());
      }
      if (col !== this.indents[this.indents.length - 1]) {
        this.fail('unindent does not match any outer indentation level',
          this.currentLineLength(), -1, 'IndentationError');
      }
      if (alt !== this.altIndents[this.altIndents.length - 1]) this.tabError();
    }
    return false;
  }

  private tabError(): never {
    this.fail('inconsistent use of tabs and spaces in indentation', 0, 0, 'TabError');
  }

  private skipComment(): void {
    const end = this.src.indexOf('\n', this.pos);
    this.pos = end < 0 ? this.src.length : end;
  }

  private continuation(): void {
    const next = this.src[this.pos + 1];
    if (next === '\n') {
      this.pos++;
      this.newline();
      if (this.pos >= this.src.length) {
        // CPython: a `\` joining onto end of input.
        throw incompleteAt(this.ctx, 'unexpected EOF while parsing', this.line - 1,
          this.ctx.lines[this.line - 2]?.length ?? 0, -1);
      }
      return;
    }
    if (next === undefined) {
      throw incompleteAt(this.ctx, 'unexpected EOF while parsing', this.line, this.col() + 1, -1);
    }
    this.fail('unexpected character after line continuation character', this.col() + 1, 0);
  }

  private finish(): void {
    if (this.fragment) return;
    const n = this.codes.length;
    const endLine = this.line;
    if (n > 0 && this.codes[n - 1] !== TOK.NEWLINE && this.codes[n - 1] !== TOK.DEDENT && this.brackets.length === 0) {
      const l = this.ts.eLine[n - 1];
      const c = this.ts.eCol[n - 1];
      this.push(TOK.NEWLINE, null, l, c, l, c + 1);
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push(TOK.DEDENT, null, endLine, 0, endLine, 0);
    }
  }

  private token(c: string): void {
    const src = this.src;
    const start = this.pos;
    const line = this.line;
    const col = this.col();
    if (isAsciiIdStart(c) || (c > '\x7f' && isIdStart(c))) {
      let p = start + 1;
      while (p < src.length && isIdCont(src[p])) p++;
      let word = src.slice(start, p);
      const q = src[p];
      if ((q === '"' || q === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
        this.pos = p;
        this.string(word.toLowerCase(), start, line, col);
        return;
      }
      this.pos = p;
      if (word.length > 0 && /[^\x00-\x7f]/.test(word)) word = word.normalize('NFKC');
      const kw = KEYWORD_CODES.get(word);
      if (kw !== undefined) {
        this.keyword(kw, line, col);
        return;
      }
      if (word === 'async' || word === 'await') this.asyncAwait(word, col);
      this.push(TOK.NAME, word, line, col, line, this.col());
      return;
    }
    if (isDigit(c) || (c === '.' && isDigit(src[start + 1] ?? ''))) {
      this.number(start, col);
      return;
    }
    if (c === '"' || c === "'") {
      this.string('', start, line, col);
      return;
    }
    if (c === '.' && src.startsWith('...', start)) {
      this.pos += 3;
      this.push(TOK['...'], null, line, col, line, col + 3);
      return;
    }
    for (const op of OPERATORS) {
      if (src.startsWith(op, start)) {
        this.operator(op, line, col);
        return;
      }
    }
    if (c === '!' || c === '$' || c === '?' || c === '`') {
      // ASCII characters Python has no token for: the parser reports them.
      this.fail('invalid syntax', col, col + 2);
    }
    const cp = src.codePointAt(start)!;
    const ch = String.fromCodePoint(cp);
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    if (/[\p{C}\p{Z}]/u.test(ch)) this.fail(`invalid non-printable character U+${hex}`, col, col + 1);
    this.fail(`invalid character '${ch}' (U+${hex})`, col, col + 1);
  }

  /** Emits a keyword, merging `not in` and `is not` into one token (see tokens.ts). */
  private keyword(code: number, line: number, col: number): void {
    const n = this.codes.length - 1;
    if ((code === TOK.in && this.codes[n] === TOK.not) || (code === TOK.not && this.codes[n] === TOK.is)) {
      this.codes[n] = code === TOK.in ? TOK['not in'] : TOK['is not'];
      this.ts.eLine[n] = line;
      this.ts.eCol[n] = this.col();
      return;
    }
    this.push(code, null, line, col, line, this.col());
  }

  private asyncAwait(word: string, col: number): never {
    if (word === 'await') this.fail(`'await' expressions are ${unsupported()}`, col, this.col() + 1);
    const rest = /^[ \t]*(def|for|with)\b/.exec(this.src.slice(this.pos));
    const what = rest ? `'async ${rest[1]}' is` : "'async' is";
    this.fail(`${what} ${unsupported()}`, col, this.col() + 1);
  }

  private operator(op: string, line: number, col: number): void {
    this.pos += op.length;
    if (op === '(' || op === '[' || op === '{') {
      if (this.brackets.length >= MAXLEVEL) this.fail('too many nested parentheses', col, col + 1);
      this.push(TOK[op], null, line, col, line, col + 1);
      this.brackets.push([op, line, col]);
      return;
    }
    if (op === ')' || op === ']' || op === '}') {
      const open = this.brackets.pop();
      if (!open) this.fail(`unmatched '${op}'`, col, col + 1);
      if (open[0] !== CLOSERS[op]) {
        const where = open[1] !== line ? ` on line ${open[1]}` : '';
        this.fail(`closing parenthesis '${op}' does not match opening parenthesis '${open[0]}'${where}`, col, col + 1);
      }
      this.push(TOK[op], null, line, col, line, col + 1);
      return;
    }
    this.push(TOK[op as keyof typeof TOK], null, line, col, line, col + op.length);
  }

  // ------------------------------------------------------------ numbers

  private number(start: number, col: number): void {
    const src = this.src;
    let p = start;
    const digitsRun = (ok: (c: string) => boolean, kind: string): void => {
      // CPython's tok_decimal_tail: digits with single underscores between them.
      while (true) {
        while (p < src.length && ok(src[p])) p++;
        if (src[p] !== '_') break;
        if (!ok(src[p + 1] ?? '')) {
          this.fail(`invalid ${kind} literal`, this.col(p), this.col(p) + 1);
        }
        p++;
      }
    };
    if (src[p] === '0' && /[xXoObB]/.test(src[p + 1] ?? '')) {
      const base = src[p + 1].toLowerCase();
      const kind = base === 'x' ? 'hexadecimal' : base === 'o' ? 'octal' : 'binary';
      const ok = base === 'x' ? (c: string) => /[0-9a-fA-F]/.test(c)
        : base === 'o' ? (c: string) => c >= '0' && c <= '7' : (c: string) => c === '0' || c === '1';
      p += 2;
      if (src[p] === '_') p++;
      if (!ok(src[p] ?? '')) {
        if (isDigit(src[p] ?? '')) this.fail(`invalid digit '${src[p]}' in ${kind} literal`, this.col(p), this.col(p) + 1);
        this.fail(`invalid ${kind} literal`, this.col(p) - 1, this.col(p));
      }
      digitsRun(ok, kind);
      if (isDigit(src[p] ?? '')) this.fail(`invalid digit '${src[p]}' in ${kind} literal`, this.col(p), this.col(p) + 1);
      this.endOfNumber(p, col, kind);
      const digits = src.slice(start + 2, p).replace(/_/g, '');
      this.emitNumber(BigInt('0' + base + digits), start, p, col);
      return;
    }
    let isFloat = false;
    if (src[p] !== '.') digitsRun(isDigit, 'decimal');
    const intEnd = p;
    if (src[p] === '.') {
      isFloat = true;
      p++;
      if (isDigit(src[p] ?? '')) digitsRun(isDigit, 'decimal');
    }
    if (src[p] === 'e' || src[p] === 'E') {
      let q = p + 1;
      if (src[q] === '+' || src[q] === '-') q++;
      if (isDigit(src[q] ?? '')) {
        p = q;
        isFloat = true;
        digitsRun(isDigit, 'decimal');
      } else {
        this.fail('invalid decimal literal', col, col + 1);
      }
    }
    if (src[p] === 'j' || src[p] === 'J') {
      this.fail(`complex number literals are ${unsupported()}`, col, this.col(p) + 2);
    }
    this.endOfNumber(p, col, 'decimal');
    const textNum = src.slice(start, p).replace(/_/g, '');
    if (!isFloat) {
      if (textNum.length > 1 && textNum[0] === '0' && /[1-9]/.test(textNum)) {
        let z = start;
        while (src[z] === '0' || src[z] === '_') z++;
        this.fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          col, this.col(z) + 1);
      }
      void intEnd;
      this.emitNumber(BigInt(textNum), start, p, col);
    } else {
      this.emitNumber(Number(textNum), start, p, col);
    }
  }

  /** CPython's verify_end_of_number: a number may not run into an identifier. */
  private endOfNumber(p: number, col: number, kind: string): void {
    const c = this.src[p] ?? '';
    if (!isIdStart(c)) return;
    for (const w of NUMBER_KEYWORD_FOLLOWERS) {
      if (this.src.startsWith(w, p) && !isIdCont(this.src[p + w.length] ?? '')) return;
    }
    this.fail(`invalid ${kind} literal`, col, col + 1);
  }

  private emitNumber(value: bigint | number, start: number, end: number, col: number): void {
    this.pos = end;
    this.push(TOK.NUMBER, value, this.line, col, this.line, col + (end - start));
  }

  // ------------------------------------------------------------ strings

  private string(prefix: string, start: number, line: number, col: number): void {
    const src = this.src;
    const q = src[this.pos];
    const triple = src.startsWith(q + q + q, this.pos);
    const quote = triple ? q + q + q : q;
    let p = this.pos + quote.length;
    const bodyStart = p;
    const bodyLine = this.line;
    const bodyCol = this.col(p);
    while (true) {
      const c = src[p];
      if (c === undefined) {
        // CPython counts the last line of the file, not the empty one after a final newline.
        const detected = this.line - (src.endsWith('\n') ? 1 : 0);
        this.line = line;
        this.lineStart = start - col;
        if (triple) {
          throw incompleteAt(this.ctx, `unterminated triple-quoted string literal (detected at line ${detected})`,
            line, col, col + 1);
        }
        this.fail(`unterminated string literal (detected at line ${detected})`, col, col + 1);
      }
      if (c === '\\') {
        if (src[p + 1] === '\n') {
          p += 2;
          this.line++;
          this.lineStart = p;
        } else {
          p += 2;
        }
        continue;
      }
      if (c === '\n') {
        if (!triple) {
          const detected = this.line;
          this.line = line;
          this.fail(`unterminated string literal (detected at line ${detected})`, col, col + 1);
        }
        p++;
        this.line++;
        this.lineStart = p;
        continue;
      }
      if (c === q && (!triple || src.startsWith(quote, p))) break;
      p++;
    }
    const body = src.slice(bodyStart, p);
    this.pos = p + quote.length;
    this.push(TOK.STRING, { prefix, quote, body, bodyLine, bodyCol, bodyOffset: bodyStart },
      line, col, this.line, this.col());
  }
}

/** True if `e` is a ParseError (the lexer and parser throw nothing else on purpose). */
export function isParseError(e: unknown): e is ParseError {
  return e instanceof ParseError;
}
