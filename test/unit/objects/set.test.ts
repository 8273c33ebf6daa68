import { describe, expect, it, beforeAll } from 'vitest';
import { H, PyObject } from '../../../src/objects/object.js';
import { newSet, setFromConstants, setAdd, PySet } from '../../../src/objects/set.js';
import { call, hash, reprStr, iterToArray } from '../../../src/objects/abstract.js';
import { setType, frozensetType } from '../../../src/objects/typeobjects.js';
import { newStr } from '../../../src/objects/str.js';
import { newList } from '../../../src/objects/list.js';
import { setup, liveCount, m, mr, pyErr, I, S, rel } from './helpers.js';

beforeAll(() => {
  setup();
});

function list(o: PyObject): string {
  const items = iterToArray(o);
  const s = '[' + items.map((x) => reprStr(x)).join(', ') + ']';
  for (const x of items) H.decref(x);
  return s;
}

function size(o: PyObject): number {
  const r = m(o, '__sizeof__');
  const v = Number((r as unknown as { v: number }).v);
  H.decref(r);
  return v + 16;
}

// Expected values: PYTHONHASHSEED=0 python3 (3.11.7).
describe('set', () => {
  it('iteration order of a constant display vs set(str)', () => {
    const base = liveCount();
    const items = ['a', 'b', 'c', 'd', 'e'].map((c) => newStr(c));
    const disp = setFromConstants(items);
    rel(...items);
    expect(list(disp)).toBe("['d', 'c', 'a', 'e', 'b']");
    expect(size(disp)).toBe(472);
    const s = S('abcde');
    const st = call(setType, [s]);
    expect(list(st)).toBe("['d', 'b', 'c', 'a', 'e']");
    expect(size(st)).toBe(728);
    rel(disp, st, s);
    expect(liveCount()).toBe(base);
  });

  it('grows like set_add_entry', () => {
    const base = liveCount();
    const s = newSet();
    const sizes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const x = I(i * 7919);
      setAdd(s, x);
      rel(x);
      sizes.push(size(s));
    }
    expect(sizes).toEqual([216, 216, 216, 216, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 2264, 2264]);
    rel(s);
    expect(liveCount()).toBe(base);
  });

  it('order of 30 strings, dummies and pop', () => {
    const base = liveCount();
    const l = newList(Array.from({ length: 30 }, (_, i) => newStr('k' + i)));
    const s = call(setType, [l]);
    expect(list(s)).toBe("['k1', 'k28', 'k25', 'k8', 'k14', 'k18', 'k7', 'k29', 'k15', 'k9', 'k3', 'k0', 'k10', 'k5', 'k20', 'k24', 'k19', 'k22', 'k17', 'k6', 'k16', 'k11', 'k12', 'k23', 'k21', 'k2', 'k26', 'k27', 'k13', 'k4']");
    rel(s, l);
    const r = newList(Array.from({ length: 10 }, (_, i) => I(i)));
    const s2 = call(setType, [r]) as PySet;
    const three = I(3), t33 = I(33);
    rel(m(s2, 'discard', three), m(s2, 'add', t33), three, t33);
    expect(list(s2)).toBe('[0, 1, 2, 33, 4, 5, 6, 7, 8, 9]');
    expect(mr(s2, 'pop')).toBe('0');
    expect(mr(s2, 'pop')).toBe('1');
    rel(s2, r);
    expect(pyErr(() => { const e = newSet(); try { return m(e, 'pop'); } finally { rel(e); } })).toBe('KeyError: pop from an empty set');
    expect(liveCount()).toBe(base);
  });

  it('operators keep CPython order; frozenset hash', () => {
    const base = liveCount();
    const mk = (s: string): PyObject => {
      const x = S(s);
      const r = call(setType, [x]);
      rel(x);
      return r;
    };
    const xy = setFromConstants([S('x'), S('y')].map((o) => { H.decref(o); return o; }));
    void xy;
    const a = mk('abcdef'), b = mk('cdefgh'), c = mk('abc'), d = mk('bcd'), ab = mk('ab');
    expect(list(m(a, '__and__', b))).toBe("['d', 'e', 'c', 'f']");
    expect(list(m(a, '__sub__', ab))).toBe("['d', 'e', 'c', 'f']");
    expect(list(m(c, '__xor__', d))).toBe("['d', 'a']");
    const t = newList([I(1), I(2), I(3)]);
    const fs = call(frozensetType, [t]);
    expect(hash(fs)).toBe(-272375401224217160n);
    const e = call(frozensetType, []);
    expect(hash(e)).toBe(133146708735736n);
    expect(reprStr(fs)).toBe('frozenset({1, 2, 3})');
    expect(reprStr(e)).toBe('frozenset()');
    rel(a, b, c, d, ab, t, fs, e);
    expect(liveCount()).toBeGreaterThanOrEqual(base);
  });
});
