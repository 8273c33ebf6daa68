// sys, math, time and the module object, at the object level.
import { beforeEach, describe, expect, it } from 'vitest';
import { H, PyObject } from '../../../src/objects/object.js';
import { PyInt } from '../../../src/objects/int.js';
import { PyFloat, newFloat } from '../../../src/objects/float.js';
import { PyStr } from '../../../src/objects/str.js';
import { PyList, newList } from '../../../src/objects/list.js';
import { PyTuple } from '../../../src/objects/tuple.js';
import { newDict } from '../../../src/objects/dict.js';
import { None, True, False } from '../../../src/objects/singletons.js';
import { call, getAttr, reprStr } from '../../../src/objects/abstract.js';
import { PyModule, moduleGetAttr, moduleNotFound, newModule } from '../../../src/objects/module.js';
import { createSysModule } from '../../../src/builtins/modules/sys.js';
import { createMathModule } from '../../../src/builtins/modules/math.js';
import { createTimeModule } from '../../../src/builtins/modules/time.js';
import { builtinModuleFactories } from '../../../src/builtins/modules/index.js';
import { PyBaseException, excMessage } from '../../../src/objects/exceptions.js';
import { type Env, expectRaise, int, release, setup, str } from './helpers.js';

let env: Env;
beforeEach(() => {
  env = setup();
});

const v = (o: PyObject): unknown => (o as PyInt).v;
const fn = (m: PyModule, name: string) => (...args: PyObject[]): PyObject => call(m.dict.getStr(name)!, args);

describe('module object', () => {
  it('repr, attributes through the dict, 72 bytes', () => {
    const m = newModule('sys');
    m.builtin = true;
    expect(reprStr(m)).toBe("<module 'sys' (built-in)>");
    const f = str('/tmp/x.py');
    const main = newModule('__main__');
    main.dict.set(str('__file__'), f);
    expect(reprStr(main)).toBe("<module '__main__' from '/tmp/x.py'>");
    const x = int(5000);
    H.decref(call(env.builtins.getStr('setattr')!, [m, str('x'), x]));
    expect(m.dict.getStr('x')).toBe(x);
    const got = getAttr(m, 'x');
    expect(got).toBe(x);
    H.decref(got);
    expectRaise(() => moduleGetAttr(m, 'nope'), 'AttributeError', "module 'sys' has no attribute 'nope'");
    expectRaise(() => call(env.builtins.getStr('getattr')!, [m, str('nope')]), 'AttributeError', "module 'sys' has no attribute 'nope'");
    const exc = moduleNotFound('os').exc as PyBaseException;
    expect(excMessage(exc)).toBe("No module named 'os'");
    H.decref(exc);
    const dict = newDict();
    const m2 = newModule('mod', dict);
    expect(m2.dict).toBe(dict);
    expect(dict.rc).toBe(2);
    release(m2);
    expect(dict.rc).toBe(1);
    release(m, main, x, f, dict);
  });
});

describe('sys', () => {
  it('has its names and a working registry', () => {
    const sys = builtinModuleFactories.get('sys')!(env.ctx) as PyModule;
    expect((sys.dict.getStr('argv') as PyList).items.map((s) => (s as PyStr).v)).toEqual(['prog.py', 'a']);
    expect(v(sys.dict.getStr('maxsize')!)).toBe(9223372036854775807n);
    expect((sys.dict.getStr('version') as PyStr).v.startsWith('3.11.7')).toBe(true);
    expect(reprStr(sys.dict.getStr('version_info')!)).toBe("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
    const maj = getAttr(sys.dict.getStr('version_info')!, 'major');
    expect(v(maj)).toBe(3);
    expect((sys.dict.getStr('version_info') as PyTuple).items.length).toBe(5);
    expect(reprStr(sys.dict.getStr('stdout')!)).toBe("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
    release(maj, sys);
  });
  it('getrefcount, getsizeof, intern', () => {
    const sys = createSysModule(env.ctx);
    const o = newList([]);
    expect(v(fn(sys, 'getrefcount')(o))).toBe(1);
    expectRaise(() => fn(sys, 'getrefcount')(), 'TypeError', 'sys.getrefcount() takes exactly one argument (0 given)');
    expect(v(fn(sys, 'getsizeof')(None))).toBe(16);
    expect(v(fn(sys, 'getsizeof')(env.builtins.getStr('exit')!))).toBe(56); // a Quitter instance, as CPython 3.11's site makes it
    expect(v(fn(sys, 'getsizeof')(sys))).toBe(72);
    expectRaise(() => fn(sys, 'getsizeof')(), 'TypeError', "getsizeof() missing required argument 'object' (pos 1)");
    const a = str('hello world'), b = str('hello world');
    expect(a).not.toBe(b);
    const ia = fn(sys, 'intern')(a), ib = fn(sys, 'intern')(b);
    expect(ia).toBe(ib);
    expectRaise(() => fn(sys, 'intern')(int(1)), 'TypeError', 'intern() argument must be str, not int');
    release(o, ia, ib, a, b, sys);
  });
  it('recursion limit', () => {
    const sys = createSysModule(env.ctx);
    expect(v(fn(sys, 'getrecursionlimit')())).toBe(1000);
    H.decref(fn(sys, 'setrecursionlimit')(int(50)));
    expect(env.ctx.recursionLimit.limit).toBe(50);
    expectRaise(() => fn(sys, 'setrecursionlimit')(int(0)), 'ValueError', 'recursion limit must be greater or equal than 1');
    env.ctx.recursionLimit.depth = 3;
    expectRaise(() => fn(sys, 'setrecursionlimit')(int(2)), 'RecursionError', 'cannot set the recursion limit to 2 at the recursion depth 3: the limit is too low');
    release(sys);
  });
  it('stdout.write, print through a replaced sys.stdout, exit', () => {
    const sys = createSysModule(env.ctx);
    const out = sys.dict.getStr('stdout')!;
    const w = getAttr(out, 'write');
    expect(v(call(w, [str('héllo')]))).toBe(5);
    expectRaise(() => call(w, [int(1)]), 'TypeError', 'write() argument must be str, not int');
    expect(env.out.join('')).toBe('héllo');
    const err = sys.dict.getStr('stderr')!;
    H.decref(call(env.builtins.getStr('print')!, [int(7), err], ['file']));
    expect(env.err.join('')).toBe('7\n');
    expectRaise(() => fn(sys, 'exit')(), 'SystemExit');
    release(w, sys);
  });
});

describe('math', () => {
  it('functions and errors', () => {
    const m = createMathModule();
    const f = (n: string, ...a: PyObject[]) => fn(m, n)(...a);
    expect((m.dict.getStr('pi') as PyFloat).v).toBe(Math.PI);
    expect((f('sqrt', int(16)) as PyFloat).v).toBe(4);
    expectRaise(() => f('sqrt', int(-1)), 'ValueError', 'math domain error');
    expectRaise(() => f('sqrt', str('a')), 'TypeError', 'must be real number, not str');
    expectRaise(() => f('exp', int(1000)), 'OverflowError', 'math range error');
    expect(v(f('floor', newFloat(-2.5)))).toBe(-3);
    expect(v(f('ceil', newFloat(2.1)))).toBe(3);
    expectRaise(() => f('floor', newFloat(Infinity)), 'OverflowError', 'cannot convert float infinity to integer');
    expect(v(f('factorial', int(20)))).toBe(2432902008176640000n);
    expectRaise(() => f('factorial', int(-1)), 'ValueError', 'factorial() not defined for negative values');
    expectRaise(() => f('factorial', newFloat(5)), 'TypeError', "'float' object cannot be interpreted as an integer");
    expect(v(f('gcd', int(12), int(18)))).toBe(6);
    expect(v(f('lcm', int(4), int(6)))).toBe(12);
    expect(v(f('isqrt', int(10n ** 40n as unknown as number)))).toBe(10n ** 20n);
    expect(v(f('comb', int(5), int(2)))).toBe(10);
    expect(v(f('perm', int(5)))).toBe(120);
    expect((f('log', int(8), int(2)) as PyFloat).v).toBe(3);
    expect((f('log', int(2n ** 2000n as unknown as number)) as PyFloat).v).toBeCloseTo(1386.2943611198907, 9);
    expectRaise(() => f('log', int(0)), 'ValueError', 'math domain error');
    expect((f('log10', int(1000)) as PyFloat).v).toBe(3);
    const l = newList([newFloat(0.1), newFloat(0.1), newFloat(0.1), newFloat(1e100), newFloat(-1e100)]);
    expect((f('fsum', l) as PyFloat).v).toBe(0.30000000000000004);
    const l2 = newList([newFloat(0.1), newFloat(0.2), newFloat(0.3)]);
    expect((f('fsum', l2) as PyFloat).v).toBe(0.6);
    expect(f('isclose', newFloat(1.0), newFloat(1.0 + 1e-10))).toBe(True);
    expect(f('isnan', newFloat(NaN))).toBe(True);
    expect(f('isinf', newFloat(1))).toBe(False);
    const fr = f('frexp', newFloat(8)) as PyTuple;
    expect([(fr.items[0] as PyFloat).v, v(fr.items[1])]).toEqual([0.5, 4]);
    expect((f('ldexp', newFloat(0.5), int(4)) as PyFloat).v).toBe(8);
    expectRaise(() => f('fmod', int(1), int(0)), 'ValueError', 'math domain error');
    expectRaise(() => f('pow', int(0), int(-1)), 'ValueError', 'math domain error');
    expect((f('copysign', int(1), newFloat(-0)) as PyFloat).v).toBe(-1);
    expect((f('hypot', int(3), int(4)) as PyFloat).v).toBe(5);
    const pl = newList([int(2), int(3), int(4)]);
    expect(v(f('prod', pl))).toBe(24);
    release(l, l2, pl, m);
  });
});

describe('time', () => {
  it('clocks advance; sleep validates', () => {
    const t = createTimeModule();
    const a = (fn(t, 'perf_counter')() as PyFloat).v;
    H.decref(fn(t, 'sleep')(newFloat(0.01)));
    const b = (fn(t, 'perf_counter')() as PyFloat).v;
    expect(b - a).toBeGreaterThanOrEqual(0.009);
    expect(Number.isInteger(Number(v(fn(t, 'perf_counter_ns')())))).toBe(true);
    expectRaise(() => fn(t, 'sleep')(int(-1)), 'ValueError', 'sleep length must be non-negative');
    release(t);
  });
});

void False;
