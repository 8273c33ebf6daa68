import { describe, expect, it, beforeAll } from 'vitest';
import { H, PyObject } from '../../../src/objects/object.js';
import { newList } from '../../../src/objects/list.js';
import { newTuple } from '../../../src/objects/tuple.js';
import { newDict } from '../../../src/objects/dict.js';
import { newFloat } from '../../../src/objects/float.js';
import { callMethod, reprStr, getItem } from '../../../src/objects/abstract.js';
import { newSlice } from '../../../src/objects/slice.js';
import { newNone } from '../../../src/objects/singletons.js';
import { setup, liveCount, mr, pyErr, I, S, rel } from './helpers.js';

beforeAll(() => {
  setup();
});

/** s.name(*args) → repr of the result; steals the PyObject arguments. */
function call(s: string, name: string, ...args: (string | number | PyObject)[]): string {
  const self = S(s);
  const as = args.map((a) => (typeof a === 'string' ? S(a) : typeof a === 'number' ? I(a) : a));
  try {
    return mr(self, name, ...as);
  } finally {
    rel(self, ...as);
  }
}

// Expected values from python3 3.11.7.
describe('str methods', () => {
  it('split, join, strip, replace, find', () => {
    const base = liveCount();
    expect(call('  a b  c  ', 'split')).toBe("['a', 'b', 'c']");
    expect(call('a b  c  ', 'split', newNone(), 1)).toBe("['a', 'b  c  ']");
    expect(call('a,b,,c', 'split', ',')).toBe("['a', 'b', '', 'c']");
    expect(call('a,b,,c', 'rsplit', ',', 1)).toBe("['a,b,', 'c']");
    expect(call('  a b c', 'rsplit', newNone(), 1)).toBe("['  a b', 'c']");
    expect(call('xxhixx', 'strip', 'x')).toBe("'hi'");
    expect(call('aaa', 'replace', 'a', 'b', 2)).toBe("'bba'");
    expect(call('abc', 'replace', '', '-')).toBe("'-a-b-c-'");
    expect(call('hello', 'find', 'l')).toBe('2');
    expect(call('hello', 'rfind', 'l')).toBe('3');
    expect(call('hello', 'find', 'l', 4)).toBe('-1');
    expect(call('hello', 'count', 'l')).toBe('2');
    expect(call('hello', 'count', '')).toBe('6');
    expect(pyErr(() => call('abc', 'index', 'z'))).toBe('ValueError: substring not found');
    expect(call('ab', 'center', 7, '*')).toBe("'***ab**'");
    expect(call('abc', 'center', 6)).toBe("' abc  '");
    expect(call('-42', 'zfill', 6)).toBe("'-00042'");
    expect(call('a\nb\r\nc', 'splitlines')).toBe("['a', 'b', 'c']");
    expect(call('a\tb', 'expandtabs', 4)).toBe("'a   b'");
    expect(call('hello world', 'title')).toBe("'Hello World'");
    expect(call('ß', 'upper')).toBe("'SS'");
    expect(call('a=b=c', 'rpartition', '=')).toBe("('a=b', '=', 'c')");
    const l = newList([S('a'), I(1)]);
    expect(pyErr(() => callMethod(S(','), 'join', [l]))).toBe('TypeError: sequence item 1: expected str instance, int found');
    rel(l);
    expect(liveCount()).toBe(base);
  });

  it('format and %', () => {
    const base = liveCount();
    expect(call('{} {}', 'format', 1, 'x')).toBe("'1 x'");
    expect(call('{1}{0}', 'format', 'a', 'b')).toBe("'ba'");
    expect(call('{:>{}}', 'format', 'a', 4)).toBe("'   a'");
    expect(call('{0!r:^7}', 'format', 'a')).toBe('"  \'a\'  "');
    expect(call('{:.3f}|{:08.2f}', 'format', newFloat(3.14159), newFloat(-2.5))).toBe("'3.142|-0002.50'");
    expect(call('{{}} {:,}', 'format', 1234567)).toBe("'{} 1,234,567'");
    expect(call('{0[1]}', 'format', newTuple([I(10), I(20)]))).toBe("'20'");
    expect(pyErr(() => call('{} {1}', 'format', 1, 2))).toBe('ValueError: cannot switch from automatic field numbering to manual field specification');
    expect(pyErr(() => call('{1}', 'format', 1))).toBe('IndexError: Replacement index 1 out of range for positional args tuple');
    expect(pyErr(() => call('a}', 'format'))).toBe("ValueError: Single '}' encountered in format string");
    const d = newDict();
    const k = S('x'), v = I(5);
    d.set(k, v);
    rel(k, v);
    d.rc++;
    expect(call('{x}-{x:03}', 'format_map', d)).toBe("'5-005'");
    d.rc++;
    expect(call('%(x)s!', '__mod__', d)).toBe("'5!'");
    rel(d);
    expect(call('%s %d %.2f %r', '__mod__', newTuple([S('a'), I(3), newFloat(1.5), S('q')]))).toBe('"a 3 1.50 \'q\'"');
    expect(liveCount()).toBe(base);
  });

  it('indexing by code point, slicing and the one-character cache', () => {
    const base = liveCount();
    const s = S('a😀b');
    expect(mr(s, '__len__')).toBe('3');
    const two = I(2);
    expect(reprStr(getItem(s, two))).toBe("'b'");
    const sl = newSlice(newNone(), newNone(), I(-1));
    const r = getItem(s, sl);
    expect(reprStr(r)).toBe("'b😀a'");
    rel(r, sl, two, s);
    const h = S('hello');
    const one = I(1);
    const c1 = getItem(h, one), c2 = getItem(h, one);
    expect(c1).toBe(c2);
    const full = newSlice(newNone(), newNone(), newNone());
    const same = getItem(h, full);
    expect(same).toBe(h);
    rel(c1, c2, one, same, full, h);
    expect(pyErr(() => call('abc', '__contains__', 1))).toBe("TypeError: 'in <string>' requires string as left operand, not int");
    expect(liveCount()).toBe(base);
    void H;
  });
});
