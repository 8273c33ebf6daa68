/**
 * inputStatus: python3's interactive rules (ohm-notes §2, §7.10, Recommendation item 6).
 * The entry is the typed lines joined with '\n'; after an empty line it ends with '\n'.
 */
import { describe, expect, it } from 'vitest';
import { ParseError, inputStatus, parseInteractive } from '../../../src/parse/index.js';

const CASES: [string, 'complete' | 'incomplete' | 'error'][] = [
  ['x = 1', 'complete'],
  ['print("hi")', 'complete'],
  ['', 'complete'],
  ['# just a comment', 'complete'],
  ['x = 1; y = 2', 'complete'],
  ['x = [1, 2', 'incomplete'],
  ['x = (1,\n 2', 'incomplete'],
  ['x = {', 'incomplete'],
  ["'''abc", 'incomplete'],
  ['"""doc\nmore', 'incomplete'],
  ['x = 1 \\', 'incomplete'],
  ['def f():', 'incomplete'],
  ['def f():\n    return 1', 'incomplete'],
  ['def f():\n    return 1\n', 'complete'],
  ['if x:\n  y=1\nelse:', 'incomplete'],
  ['if a:\n  if b:\n    c\n  else:', 'incomplete'],
  ['@dec', 'incomplete'],
  ['@dec\ndef f(): pass', 'incomplete'],
  ['@dec\ndef f(): pass\n', 'complete'],
  ['while True: pass', 'incomplete'],
  ['while True: pass\n', 'complete'],
  ['class A:', 'incomplete'],
  ['class A:\n    x = 1\n', 'complete'],
  ['for i in range(3):\n    print(i)', 'incomplete'],
  ['try:\n    pass', 'incomplete'],
  ['try:\n    pass\nexcept E:\n    pass\n', 'complete'],
  ['with a as b:', 'incomplete'],
  ['if x:\n  pass\ny = 1', 'error'],
  ['x = 1\ny = 2', 'error'],
  ['x = 1 +', 'error'],
  ['1 2', 'error'],
  ['def f(:', 'error'],
  ['x = )', 'error'],
  ["x = 'abc", 'error'],
  ['f(a b', 'error'],
  ['x = [1, 2]\n', 'complete'],
  ['if x:\n    pass\n\n', 'complete'],
  ['x = (1 +\n', 'incomplete'],
  ['try:\n    pass\n', 'error'],
  ['match x:', 'error'],
  ['if x:\n  y=1\nelse:\n', 'error'],
  ['x = (1,\n\n', 'incomplete'],
];

describe('inputStatus', () => {
  it.each(CASES)('%j → %s', (src, status) => {
    expect(inputStatus(src)).toBe(status);
  });
  it('has at least 30 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(30));
  it('parseInteractive gives python3 single-mode errors', () => {
    const msg = (src: string): [string, number, number] | null => {
      try {
        parseInteractive(src, '<stdin>');
        return null;
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        return [e.info.msg, e.info.lineno, e.info.offset];
      }
    };
    expect(msg('if x:\n  pass\ny = 1\n')).toEqual(['invalid syntax', 3, 1]);
    expect(msg('x = 1\ny = 2\n')).toEqual(['multiple statements found while compiling a single statement', 1, 6]);
    expect(msg('x = 1\n')).toBeNull();
  });
});
