// The builtins at the object level: results, CPython's error messages, and refcounts.
import { beforeEach, describe, expect, it } from 'vitest';
import { H, PyObject } from '../../../src/objects/object.js';
import { PyInt } from '../../../src/objects/int.js';
import { PyFloat, newFloat } from '../../../src/objects/float.js';
import { PyStr } from '../../../src/objects/str.js';
import { PyList, newList } from '../../../src/objects/list.js';
import { PyTuple, newTuple } from '../../../src/objects/tuple.js';
import { None, True, False } from '../../../src/objects/singletons.js';
import { intType, strType, typeType } from '../../../src/objects/typeobjects.js';
import { PyBaseException } from '../../../src/objects/exceptions.js';
import { PyRaise } from '../../../src/objects/object.js';
import { type Env, expectRaise, int, release, setup, str } from './helpers.js';

let env: Env;
beforeEach(() => {
  env = setup();
});

const v = (o: PyObject): unknown => (o as PyInt).v;

describe('namespace', () => {
  it('holds functions, types, exceptions, and no keywords', () => {
    const b = env.builtins;
    for (const n of ['print', 'len', 'sorted', 'super', 'property', 'int', 'range', 'ValueError', 'exit', 'NotImplemented', 'Ellipsis', '__name__']) {
      expect(b.getStr(n), n).toBeDefined();
    }
    expect(b.getStr('None')).toBeUndefined();
    expect(b.getStr('int')).toBe(intType);
    expect((b.getStr('__name__') as PyStr).v).toBe('builtins');
  });
  it('shares the static function objects between sessions', () => {
    const p1 = env.builtins.getStr('print');
    const env2 = setup();
    expect(env2.builtins.getStr('print')).toBe(p1);
  });
});

describe('print and input', () => {
  it('writes with sep and end', () => {
    const a = int(1), b = str('x'), sep = str('-'), end = str('!');
    release(env.call('print', [a, b, sep, end], ['sep', 'end']));
    release(env.call('print', []));
    expect(env.out.join('')).toBe('1-x!\n');
    release(a, b, sep, end);
  });
  it('checks sep/end and keywords', () => {
    const one = int(1);
    expectRaise(() => env.call('print', [one], ['sep']), 'TypeError', 'sep must be None or a string, not int');
    expectRaise(() => env.call('print', [one], ['end']), 'TypeError', 'end must be None or a string, not int');
    expectRaise(() => env.call('print', [one], ['x']), 'TypeError', "'x' is an invalid keyword argument for print()");
  });
  it('input writes the prompt and raises EOFError at end', () => {
    env.input.push('hello');
    const p = str('name? ');
    const r = env.call('input', [p]);
    expect((r as PyStr).v).toBe('hello');
    expect(env.out.join('')).toBe('name? ');
    expectRaise(() => env.call('input', []), 'EOFError', 'EOF when reading a line');
    release(r, p);
  });
});

describe('sequences', () => {
  it('len', () => {
    const l = newList([int(1), int(2)]);
    expect(v(env.call('len', [l]))).toBe(2);
    expectRaise(() => env.call('len', [l, l]), 'TypeError', 'len() takes exactly one argument (2 given)');
    expectRaise(() => env.call('len', [int(5)]), 'TypeError', "object of type 'int' has no len()");
    release(l);
  });
  it('sorted leaves item counts unchanged and returns a new list', () => {
    const items = [int(3000), int(1000), int(2000)];
    const l = newList(items.map((x) => (x.rc++, x)));
    const before = items.map((x) => x.rc);
    const r = env.call('sorted', [l]) as PyList;
    expect(r.items.map(v)).toEqual([1000, 2000, 3000]);
    expect(items.map((x) => x.rc)).toEqual(before.map((n) => n + 1));
    release(r);
    expect(items.map((x) => x.rc)).toEqual(before);
    const rv = env.call('sorted', [l, True], ['reverse']) as PyList;
    expect(rv.items.map(v)).toEqual([3000, 2000, 1000]);
    release(rv, l, ...items);
  });
  it('sorted is stable with reverse and key', () => {
    const a = newTuple([int(1), str('a')]), b = newTuple([int(0), str('b')]), c = newTuple([int(1), str('c')]);
    const l = newList([a, b, c]);
    const len = env.builtins.getStr('len')!;
    const r = env.call('sorted', [l, len, True], ['key', 'reverse']) as PyList;
    expect(r.items).toEqual([a, b, c]);
    release(r, l);
  });
  it('sorted errors', () => {
    expectRaise(() => env.call('sorted', []), 'TypeError', 'sorted expected 1 argument, got 0');
    const l = newList([int(1), str('a')]);
    expectRaise(() => env.call('sorted', [l]), 'TypeError', "'<' not supported between instances of 'str' and 'int'");
    expectRaise(() => env.call('sorted', [l, int(1)], ['k']), 'TypeError', "'k' is an invalid keyword argument for sort()");
    release(l);
  });
  it('min and max return new references', () => {
    const big = int(10 ** 6);
    const l = newList([int(5), big, int(7)]);
    big.rc++;
    const rc0 = big.rc;
    const m = env.call('max', [l]);
    expect(m).toBe(big);
    expect(big.rc).toBe(rc0 + 1);
    release(m);
    expect(v(env.call('min', [int(4), int(2), int(9)]))).toBe(2);
    expectRaise(() => env.call('min', []), 'TypeError', 'min expected at least 1 argument, got 0');
    const empty = newList([]);
    expectRaise(() => env.call('max', [empty]), 'ValueError', 'max() arg is an empty sequence');
    const d = int(42);
    expect(v(env.call('min', [empty, d], ['default']))).toBe(42);
    expectRaise(() => env.call('min', [int(1), int(2), d], ['default']), 'TypeError', 'Cannot specify a default for min() with multiple positional arguments');
    release(l, big, empty, d);
  });
  it('sum', () => {
    const l = newList([int(1), int(2), int(2 ** 52)]);
    expect(v(env.call('sum', [l]))).toBe(2 ** 52 + 3);
    const fl = newList([newFloat(1.5), int(2)]);
    expect((env.call('sum', [fl, int(1)]) as PyFloat).v).toBe(4.5);
    expectRaise(() => env.call('sum', [l, str('')]), 'TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
    expectRaise(() => env.call('sum', []), 'TypeError', 'sum() takes at least 1 positional argument (0 given)');
    expectRaise(() => env.call('sum', [int(1)]), 'TypeError', "'int' object is not iterable");
    release(l, fl);
  });
  it('any, all', () => {
    const l = newList([int(0), int(3)]);
    expect(env.call('any', [l])).toBe(True);
    expect(env.call('all', [l])).toBe(False);
  });
  it('next with a default; StopIteration without', () => {
    const l = newList([int(1)]);
    const it = env.call('iter', [l]);
    expectRaise(() => env.call('next', [l]), 'TypeError', "'list' object is not an iterator");
    expect(v(env.call('next', [it]))).toBe(1);
    const d = str('done');
    expect(env.call('next', [it, d])).toBe(d);
    expectRaise(() => env.call('next', [it]), 'StopIteration');
    release(it, l, d);
  });
});

describe('numbers', () => {
  it('abs, round, divmod, pow', () => {
    expect(v(env.call('abs', [int(-5)]))).toBe(5);
    expect(env.call('abs', [True]).type).toBe(intType);
    expectRaise(() => env.call('abs', [str('a')]), 'TypeError', "bad operand type for abs(): 'str'");
    expect(v(env.call('round', [newFloat(2.5)]))).toBe(2);
    expect((env.call('round', [newFloat(1.23456), int(2)]) as PyFloat).v).toBe(1.23);
    expect(v(env.call('round', [int(1234), int(-2)]))).toBe(1200);
    expectRaise(() => env.call('round', [str('a')]), 'TypeError', "type str doesn't define __round__ method");
    expectRaise(() => env.call('round', [newFloat(Infinity)]), 'OverflowError', 'cannot convert float infinity to integer');
    const dm = env.call('divmod', [int(7), int(-2)]) as PyTuple;
    expect(dm.items.map(v)).toEqual([-4, -1]);
    expectRaise(() => env.call('divmod', [int(1), int(0)]), 'ZeroDivisionError', 'integer division or modulo by zero');
    expectRaise(() => env.call('divmod', [newFloat(1), int(0)]), 'ZeroDivisionError', 'float divmod()');
    expectRaise(() => env.call('divmod', [int(1), str('a')]), 'TypeError', "unsupported operand type(s) for divmod(): 'int' and 'str'");
    expect(v(env.call('pow', [int(3), int(4), int(5)]))).toBe(1);
    expect(v(env.call('pow', [int(2), int(10)]))).toBe(1024);
    expectRaise(() => env.call('pow', [newFloat(2), int(1), int(3)]), 'TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
    expectRaise(() => env.call('pow', [int(2), int(-1), int(4)]), 'ValueError', 'base is not invertible for the given modulus');
  });
  it('chr, ord, hex, oct, bin, format', () => {
    expect(env.call('chr', [int(97)])).toBe(env.call('chr', [int(97)]));
    expect((env.call('chr', [int(0x1f600)]) as PyStr).v).toBe('😀');
    expectRaise(() => env.call('chr', [int(-1)]), 'ValueError', 'chr() arg not in range(0x110000)');
    expectRaise(() => env.call('chr', [str('a')]), 'TypeError', "'str' object cannot be interpreted as an integer");
    expect(v(env.call('ord', [str('😀')]))).toBe(0x1f600);
    expectRaise(() => env.call('ord', [str('ab')]), 'TypeError', 'ord() expected a character, but string of length 2 found');
    expectRaise(() => env.call('ord', [int(1)]), 'TypeError', 'ord() expected string of length 1, but int found');
    expect((env.call('hex', [int(-255)]) as PyStr).v).toBe('-0xff');
    expect((env.call('oct', [int(8)]) as PyStr).v).toBe('0o10');
    expect((env.call('bin', [int(-5)]) as PyStr).v).toBe('-0b101');
    expect((env.call('format', [newFloat(3.14159), str('.2f')]) as PyStr).v).toBe('3.14');
    expect((env.call('format', [int(42), str('>5')]) as PyStr).v).toBe('   42');
    expectRaise(() => env.call('format', [int(1), int(2)]), 'TypeError', 'format() argument 2 must be str, not int');
    expectRaise(() => env.call('format', [int(1), str('q')]), 'ValueError', "Unknown format code 'q' for object of type 'int'");
  });
});

describe('objects and attributes', () => {
  it('isinstance, issubclass', () => {
    const t = newTuple([strType, intType]);
    expect(env.call('isinstance', [int(1), t])).toBe(True);
    expect(env.call('isinstance', [True, intType])).toBe(True);
    expectRaise(() => env.call('isinstance', [int(1), int(2)]), 'TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
    expect(env.call('issubclass', [intType, t])).toBe(True);
    expectRaise(() => env.call('issubclass', [int(1), intType]), 'TypeError', 'issubclass() arg 1 must be a class');
    expectRaise(() => env.call('issubclass', [intType, int(1)]), 'TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
    release(t);
  });
  it('getattr, hasattr, id, hash, callable', () => {
    const o = int(5000);
    const name = str('nope'), dflt = str('d');
    expect(env.call('getattr', [o, name, dflt])).toBe(dflt);
    expectRaise(() => env.call('getattr', [o, name]), 'AttributeError', "'int' object has no attribute 'nope'");
    expectRaise(() => env.call('getattr', [o, int(2)]), 'TypeError', "attribute name must be string, not 'int'");
    expect(env.call('hasattr', [o, name])).toBe(False);
    expect(v(env.call('id', [o]))).toBe(o.addr);
    expect(v(env.call('hash', [o]))).toBe(5000);
    expectRaise(() => env.call('hash', [newList([])]), 'TypeError', "unhashable type: 'list'");
    expect(env.call('callable', [typeType])).toBe(True);
    expect(env.call('callable', [env.builtins.getStr('len')!])).toBe(True);
    expect(env.call('callable', [o])).toBe(False);
    release(o, name, dflt);
  });
  it('globals, locals, vars, dir', () => {
    expect(env.call('globals', [])).toBe(env.globals);
    const k = str('zeta'), k2 = str('alpha');
    env.globals.set(k, None);
    env.globals.set(k2, None);
    const d = env.call('dir', []) as PyList;
    expect(d.items.map((x) => (x as PyStr).v)).toEqual(['alpha', 'zeta']);
    expectRaise(() => env.call('vars', [int(1)]), 'TypeError', 'vars() argument must have __dict__ attribute');
    expectRaise(() => env.call('globals', [int(1)]), 'TypeError', 'globals() takes no arguments (1 given)');
    release(d, k, k2);
  });
  it('exit and quit raise SystemExit with the code', () => {
    const ex = env.builtins.getStr('exit')!;
    let caught: unknown;
    try {
      env.call('exit', [int(3)]);
    } catch (e) {
      caught = e;
    }
    const exc = (caught as PyRaise).exc as PyBaseException;
    expect(exc.type.name).toBe('SystemExit');
    expect(v(exc.getExtra('code')!)).toBe(3);
    H.decref(exc);
    expect(ex.type.name).toBe('Quitter');
  });
});
