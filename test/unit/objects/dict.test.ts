import { describe, expect, it, beforeAll } from 'vitest';
import { H, PyObject } from '../../../src/objects/object.js';
import { newDict } from '../../../src/objects/dict.js';
import { newList } from '../../../src/objects/list.js';
import { newTuple } from '../../../src/objects/tuple.js';
import { call, getIter, iterNext, reprStr } from '../../../src/objects/abstract.js';
import { dictType } from '../../../src/objects/typeobjects.js';
import { setup, liveCount, m, mr, pyErr, I, S, rel } from './helpers.js';

beforeAll(() => {
  setup();
});

function size(o: PyObject): number {
  const r = m(o, '__sizeof__');
  const v = Number((r as unknown as { v: number }).v);
  H.decref(r);
  return v + 16;
}

function put(d: PyObject, k: PyObject, v: PyObject): void {
  rel(m(d, '__setitem__', k, v), k, v);
}

// Expected values from python3 3.11.7.
describe('dict', () => {
  it('growth, copy and dict(d) clone the table', () => {
    const base = liveCount();
    const d = newDict();
    const sizes: number[] = [size(d)];
    for (let i = 0; i < 12; i++) {
      put(d, S('k' + i), I(i));
      sizes.push(size(d));
    }
    expect(sizes).toEqual([64, 184, 184, 184, 184, 184, 272, 272, 272, 272, 272, 464, 464]);
    const c = m(d, 'copy');
    expect(size(c)).toBe(464);
    const c2 = call(dictType, [d]);
    expect(size(c2)).toBe(464);
    expect(mr(c2, 'popitem')).toBe("('k11', 11)");
    rel(c, c2, d);
    expect(liveCount()).toBe(base);
  });

  it('errors, get/pop/setdefault, views, update forms', () => {
    const base = liveCount();
    const d = newDict();
    expect(pyErr(() => m(d, 'popitem'))).toBe('KeyError: popitem(): dictionary is empty');
    const one = I(1);
    expect(pyErr(() => m(d, '__getitem__', one))).toBe('KeyError: 1');
    expect(mr(d, 'get', one)).toBe('None');
    const x = S('x');
    expect(mr(d, 'setdefault', x, one)).toBe('1');
    expect(reprStr(d)).toBe("{'x': 1}");
    const bad = newList([newList([I(1)])]);
    expect(pyErr(() => m(d, 'update', bad))).toBe('ValueError: dictionary update sequence element #0 has length 1; 2 is required');
    const pairs = newList([newTuple([S('y'), I(2)])]);
    rel(m(d, 'update', pairs));
    const ks = m(d, 'keys'), vs = m(d, 'values'), its = m(d, 'items');
    expect(reprStr(ks)).toBe("dict_keys(['x', 'y'])");
    expect(reprStr(vs)).toBe('dict_values([1, 2])');
    expect(reprStr(its)).toBe("dict_items([('x', 1), ('y', 2)])");
    const it = getIter(d);
    rel(iterNext(it)!);
    put(d, S('z'), I(3));
    expect(pyErr(() => iterNext(it))).toBe('RuntimeError: dictionary changed size during iteration');
    rel(it, ks, vs, its, bad, pairs, one, x);
    const nope = S('nope');
    expect(mr(d, 'pop', nope, I(0))).toBe('0');
    rel(d, nope);
    expect(liveCount()).toBe(base);
  });

  it('a dict holds one reference per key and value and releases them in entry order', () => {
    const base = liveCount();
    const d = newDict();
    const k = S('key1'), v = newList([]);
    put(d, k, v);
    // put() released our refs: the dict holds the only ones.
    expect(k.rc).toBe(1);
    expect(v.rc).toBe(1);
    rel(d);
    expect(liveCount()).toBe(base);
  });
});
