/**
 * Nothing but ParseError may leave the parser: deep nesting (CPython's limit is 200
 * brackets; JS stack overflows must become SyntaxErrors), long operator chains, and
 * arbitrary junk. Also the basic API contract of parseModule / parseExpression.
 */
import { describe, expect, it } from 'vitest';
import { ParseError, dumpAst, parseExpression, parseModule } from '../../../src/parse/index.js';

function outcome(src: string): string {
  try {
    parseModule(src, 'f.py');
    return 'ok';
  } catch (e) {
    if (e instanceof ParseError) return `${e.info.type}: ${e.info.msg}`;
    return `JS ${String(e)}`;
  }
}

describe('robustness', () => {
  it('100 nested brackets parse, 200 parse or are too many (see DEPTH_DIFFERENCE), 201 are too many', () => {
    expect(outcome('x = ' + '('.repeat(100) + '1' + ')'.repeat(100) + '\n')).toBe('ok');
    expect(outcome('x = ' + '['.repeat(100) + ']'.repeat(100) + '\n')).toBe('ok');
    expect(outcome('x = ' + '('.repeat(200) + '1' + ')'.repeat(200) + '\n')).toMatch(/^(ok|SyntaxError: too many nested parentheses)$/);
    expect(outcome('x = ' + '('.repeat(201) + ')'.repeat(201) + '\n')).toBe('SyntaxError: too many nested parentheses');
  });
  it('long prefix and operator chains never overflow the JS stack', () => {
    for (const src of ['-'.repeat(10000) + '1\n', 'not '.repeat(10000) + 'x\n', 'a' + '**a'.repeat(10000) + '\n',
      'lambda: '.repeat(3000) + '1\n', 'x = ' + '1 + '.repeat(20000) + '1\n', 'a if b else '.repeat(3000) + 'c\n',
      '[' + 'x for x in '.repeat(2000) + 'y]\n', 'f' + '(x)'.repeat(5000) + '\n', 'x' + '.a'.repeat(5000) + '\n']) {
      expect(outcome(src)).not.toMatch(/^JS /);
    }
    expect(outcome('-'.repeat(500) + '1\n')).toBe('ok');
  });
  it('junk gives ParseError, never a JS exception', () => {
    const alphabet = ['(', ')', '[', ']', '{', '}', ':', '=', ',', 'x', '1', "'", '"', 'f"{', '}', '\n', '  ', '\t', 'if ', 'def ', 'lambda', '*', '**', '.', '\\', '#', 'else', 'yield', 'in', 'not', '@', ';', '->', ':='];
    let seed = 12345;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let k = 0; k < 2000; k++) {
      let src = '';
      const len = 1 + rand(25);
      for (let j = 0; j < len; j++) src += alphabet[rand(alphabet.length)];
      expect(outcome(src), JSON.stringify(src)).not.toMatch(/^JS /);
    }
  });
  it('parseExpression parses one expression', () => {
    expect(dumpAst(parseExpression('a + b * 2', '<expr>'))).toBe(
      "BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=Constant(value=2)))");
    expect(() => parseExpression('x = 1', '<expr>')).toThrow(ParseError);
  });
  it('reports the first error of the whole file before anything runs', () => {
    expect(outcome('x = 1\nprint(x)\ny = = 2\n')).toBe('SyntaxError: invalid syntax');
    expect(outcome("def f():\n    return 1\nreturn 2\n")).toBe("SyntaxError: 'return' outside function");
  });
  it('ints are bigint, floats are numbers', () => {
    const m = parseModule('x = 123456789012345678901234567890\ny = 1.5\n', 'f.py').module;
    const v = (i: number): unknown => ((m.body[i] as { value: { value: unknown } }).value).value;
    expect(v(0)).toBe(123456789012345678901234567890n);
    expect(v(1)).toBe(1.5);
  });
});
