/**
 * f-strings, the 3.11 way (Parser/string_parser.c: fstring_find_literal,
 * fstring_find_expr).
 *
 * In 3.11 an f-string is one STRING token; its replacement fields are found by scanning
 * the body, and each field's expression is then parsed on its own (3.12 moved this into
 * the tokenizer). So the rules are 3.11's: a field cannot contain a backslash or `#`,
 * cannot reuse the outer quote (the lexer already ended the token there), `!=`, `<=`,
 * `>=`, `==` are operators but a lone `!`, `:` or `=` at bracket depth 0 ends the
 * expression; `{x=}` is the self-documenting form; format specs may hold nested fields,
 * two levels deep at most.
 *
 * The scanner returns parts; parser.ts turns them into Constant/FormattedValue nodes with
 * 3.11's odd positions (every part spans the whole literal; only the field expressions
 * have their real positions).
 */
import type { Expr } from './ast.js';
import { decodeStrEscapes } from './strings.js';

export type FPart =
  | { kind: 'str'; value: string }
  | { kind: 'field'; expr: Expr; conversion: number; spec: FPart[] | null };

/** A scanning error; `atEnd` errors are reported at the end of the literal, as CPython does. */
export class FStringError {
  constructor(readonly msg: string, readonly atEnd: boolean) {}
}

/** Parses one field expression: text, and where it starts (line, col) in the source. */
export type FieldParser = (text: string, line: number, col: number) => Expr;

export interface FStringSource {
  body: string;
  raw: boolean;
  /** Position of body[0] in the source. */
  line: number;
  col: number;
}

export function scanFString(src: FStringSource, parseField: FieldParser): FPart[] {
  return new Scanner(src, parseField).parts(0, false).parts;
}

class Scanner {
  private pos = 0;
  constructor(private readonly src: FStringSource, private readonly parseField: FieldParser) {}

  /** Scans literal text and fields until the end, or until `}` when inside a spec. */
  parts(depth: number, inSpec: boolean): { parts: FPart[] } {
    const body = this.src.body;
    const out: FPart[] = [];
    let lit = '';
    const flush = (): void => {
      if (lit) out.push({ kind: 'str', value: this.src.raw ? lit : decodeStrEscapes(lit) });
      lit = '';
    };
    while (this.pos < body.length) {
      const c = body[this.pos];
      if (c === '\\' && !this.src.raw && this.pos + 1 < body.length) {
        lit += body.slice(this.pos, this.pos + 2);
        this.pos += 2;
        continue;
      }
      if (c === '{') {
        if (!inSpec && body[this.pos + 1] === '{') { lit += '{'; this.pos += 2; continue; }
        flush();
        if (depth >= 2) throw new FStringError('f-string: expressions nested too deeply', true);
        this.field(out, depth);
        continue;
      }
      if (c === '}') {
        if (inSpec) break;
        if (body[this.pos + 1] === '}') { lit += '}'; this.pos += 2; continue; }
        throw new FStringError("f-string: single '}' is not allowed", true);
      }
      lit += c;
      this.pos++;
    }
    flush();
    return { parts: out };
  }

  /** At `{`: one replacement field. Appends its parts (debug text, then the value). */
  private field(out: FPart[], depth: number): void {
    const body = this.src.body;
    const start = ++this.pos;
    const stack: string[] = [];
    let quote: string | null = null;
    let end = -1;
    for (; this.pos < body.length; this.pos++) {
      const c = body[this.pos];
      if (c === '\\') throw new FStringError('f-string expression part cannot include a backslash', true);
      if (quote) {
        if (body.startsWith(quote, this.pos)) { this.pos += quote.length - 1; quote = null; }
        continue;
      }
      if (c === "'" || c === '"') {
        quote = body.startsWith(c + c + c, this.pos) ? c + c + c : c;
        this.pos += quote.length - 1;
        continue;
      }
      if (c === '(' || c === '[' || c === '{') { stack.push(c); continue; }
      if (c === ')' || c === ']' || c === '}') {
        if (stack.length === 0) {
          if (c === '}') { end = this.pos; break; }
          throw new FStringError(`f-string: unmatched '${c}'`, true);
        }
        stack.pop();
        continue;
      }
      if (c === '#') throw new FStringError("f-string expression part cannot include '#'", true);
      if (stack.length > 0) continue;
      const next = body[this.pos + 1];
      if ((c === '=' || c === '!' || c === '<' || c === '>') && next === '=') { this.pos++; continue; }
      if (c === '!' || c === ':' || c === '=') { end = this.pos; break; }
    }
    if (quote) throw new FStringError('f-string: unterminated string', true);
    if (end < 0) throw new FStringError("f-string: expecting '}'", true);
    const text = body.slice(start, end);
    if (text.trim() === '') throw new FStringError('f-string: empty expression not allowed', true);
    const [line, col] = this.positionOf(start);
    const expr = this.parseField(text, line, col);
    let conversion = -1;
    let debug = false;
    if (body[this.pos] === '=') {
      debug = true;
      this.pos++;
      while (body[this.pos] === ' ') this.pos++;
      out.push({ kind: 'str', value: body.slice(start, this.pos) });
    }
    if (body[this.pos] === '!') {
      const conv = body[this.pos + 1];
      if (conv === undefined) throw new FStringError("f-string: expecting '}'", true);
      if (conv !== 's' && conv !== 'r' && conv !== 'a') {
        throw new FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'", true);
      }
      conversion = conv.charCodeAt(0);
      this.pos += 2;
    }
    let spec: FPart[] | null = null;
    if (body[this.pos] === ':') {
      this.pos++;
      spec = this.parts(depth + 1, true).parts;
    }
    if (body[this.pos] !== '}') throw new FStringError("f-string: expecting '}'", true);
    this.pos++;
    if (debug && conversion === -1 && spec === null) conversion = 114;
    out.push({ kind: 'field', expr, conversion, spec });
  }

  /** Source line and column of body offset `at`. */
  private positionOf(at: number): [number, number] {
    const body = this.src.body;
    let line = this.src.line;
    let lineStartInBody = -1;
    for (let i = body.indexOf('\n'); i >= 0 && i < at; i = body.indexOf('\n', i + 1)) {
      line++;
      lineStartInBody = i;
    }
    return lineStartInBody < 0 ? [line, this.src.col + at] : [line, at - lineStartInBody - 1];
  }
}
