import { describe, expect, it, beforeAll } from 'vitest';
import { H, PyObject } from '../../../src/objects/object.js';
import { newFloat } from '../../../src/objects/float.js';
import { newDict } from '../../../src/objects/dict.js';
import { newList } from '../../../src/objects/list.js';
import { call, getAttr, reprStr, richCompare, iterToArray } from '../../../src/objects/abstract.js';
import { binaryOp } from '../../../src/objects/number.js';
import { newClass } from '../../../src/objects/classes.js';
import { True, False } from '../../../src/objects/singletons.js';
import {
  intType, floatType, boolType, rangeType, listType, typeType, enumerateType, zipType, reversedType,
} from '../../../src/objects/typeobjects.js';
import { setup, liveCount, mr, pyErr, I, S, rel } from './helpers.js';

beforeAll(() => {
  setup();
});

function r(o: PyObject): string {
  const s = reprStr(o);
  H.decref(o);
  return s;
}

// Expected values from python3 3.11.7.
describe('int, bool, float', () => {
  it('constructors', () => {
    const base = liveCount();
    const s = S(' 1_000 '), f = S('1_000.5'), inf = S('-inf'), ff = S('ff'), sixteen = I(16), z = S('z');
    expect(r(call(intType, [s]))).toBe('1000');
    expect(r(call(floatType, [f]))).toBe('1000.5');
    expect(r(call(floatType, [inf]))).toBe('-inf');
    expect(r(call(intType, [ff, sixteen]))).toBe('255');
    const neg = newFloat(-3.9);
    expect(r(call(intType, [neg]))).toBe('-3');
    rel(neg);
    expect(pyErr(() => call(intType, [z]))).toBe("ValueError: invalid literal for int() with base 10: 'z'");
    const l = newList([]);
    expect(pyErr(() => call(intType, [l]))).toBe("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
    expect(r(call(boolType, [l]))).toBe('False');
    rel(s, f, inf, ff, sixteen, z, l);
    expect(liveCount()).toBe(base);
  });

  it('bool operators, mixed comparisons, round', () => {
    const base = liveCount();
    expect(r(binaryOp(True, True, 'BitAnd'))).toBe('True');
    expect(r(binaryOp(True, False, 'BitXor'))).toBe('True');
    expect(r(binaryOp(True, True, 'Add'))).toBe('2');
    const big = I(2n ** 60n + 1n), f = newFloat(2 ** 60);
    expect(r(richCompare(big, f, 'Gt'))).toBe('True');
    expect(r(richCompare(f, big, 'Eq'))).toBe('False');
    const x = newFloat(2.675), two = I(2);
    expect(mr(x, '__round__', two)).toBe('2.67');
    const h = newFloat(2.5);
    expect(mr(h, '__round__')).toBe('2');
    const n = I(1234), m2 = I(-2);
    expect(mr(n, '__round__', m2)).toBe('1200');
    const spec = S('08,');
    expect(mr(n, '__format__', spec)).toBe("'0,001,234'");
    rel(spec);
    expect(mr(n, 'bit_length')).toBe('11');
    const q = newFloat(0.1);
    expect(mr(q, 'as_integer_ratio')).toBe('(3602879701896397, 36028797018963968)');
    expect(mr(q, 'hex')).toBe("'0x1.999999999999ap-4'");
    const one = newFloat(1), zero = I(0);
    expect(pyErr(() => binaryOp(one, zero, 'Mod'))).toBe('ZeroDivisionError: float modulo');
    rel(one);
    rel(big, f, x, two, h, n, m2, q);
    expect(liveCount()).toBe(base);
  });
});

describe('range, iterators, subclasses', () => {
  it('range basics', () => {
    const base = liveCount();
    const rg = call(rangeType, [I(0), I(10), I(3)].map((x) => x));
    expect(reprStr(rg)).toBe('range(0, 10, 3)');
    expect(mr(rg, '__len__')).toBe('4');
    expect(r(newList(iterToArray(rg)))).toBe('[0, 3, 6, 9]');
    const nine = I(9);
    expect(mr(rg, 'index', nine)).toBe('3');
    expect(mr(rg, '__reversed__')).toMatch(/range_iterator/);
    rel(rg, nine);
    expect(liveCount()).toBe(base);
  });

  it('enumerate, zip (strict), reversed', () => {
    const base = liveCount();
    const l = newList([S('a'), S('b')]);
    const e = call(enumerateType, [l]);
    expect(r(newList(iterToArray(e)))).toBe("[(0, 'a'), (1, 'b')]");
    const l3 = newList([I(1), I(2), I(3)]);
    const z = call(zipType, [l, l3]);
    expect(r(newList(iterToArray(z)))).toBe("[('a', 1), ('b', 2)]");
    const T = True;
    T.rc++;
    const zs = call(zipType, [l, l3, T], ['strict']);
    H.decref(T);
    expect(pyErr(() => iterToArray(zs))).toBe('ValueError: zip() argument 2 is longer than argument 1');
    const rv = call(reversedType, [l3]);
    expect(r(newList(iterToArray(rv)))).toBe('[3, 2, 1]');
    rel(e, z, zs, rv, l, l3);
    expect(liveCount()).toBe(base);
  });

  it('class Stack(list) instances are lists with attributes', () => {
    const ns = newDict();
    const Stack = newClass(typeType, 'Stack', [listType], ns);
    const s = call(Stack, []);
    const one = I(1);
    const app = getAttr(s, 'append');
    rel(call(app, [one]), app);
    expect(reprStr(s)).toBe('[1]');
    expect(s.type).toBe(Stack);
    rel(s, one, ns);
  });
});

