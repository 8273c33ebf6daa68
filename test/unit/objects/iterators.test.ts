import { describe, expect, it, beforeAll } from 'vitest';
import { H } from '../../../src/objects/object.js';
import { newList } from '../../../src/objects/list.js';
import { newDict } from '../../../src/objects/dict.js';
import { getIter, iterNext, call } from '../../../src/objects/abstract.js';
import { setType } from '../../../src/objects/typeobjects.js';
import { setup, liveCount, m, pyErr, I, S, rel } from './helpers.js';

beforeAll(() => {
  setup();
});

describe('iterators own their container until exhausted', () => {
  it('list_iterator: +1 on the list, dropped at the end', () => {
    const base = liveCount();
    const l = newList([I(1), I(2)]);
    const it = getIter(l);
    expect(l.rc).toBe(2);
    rel(iterNext(it)!, iterNext(it)!);
    expect(l.rc).toBe(2);
    expect(iterNext(it)).toBeNull();
    expect(l.rc).toBe(1);
    expect(iterNext(it)).toBeNull();
    rel(it, l);
    expect(liveCount()).toBe(base);
  });

  it('dict item iterator reuses its result tuple when nobody holds it', () => {
    const base = liveCount();
    const d = newDict();
    for (const k of ['a', 'b']) {
      const key = S(k), v = I(1);
      d.set(key, v);
      rel(key, v);
    }
    const items = m(d, 'items');
    const it = getIter(items);
    const t1 = iterNext(it)!;
    const addr = t1.addr;
    H.decref(t1);
    const t2 = iterNext(it)!;
    expect(t2.addr).toBe(addr);
    rel(t2, it, items, d);
    expect(liveCount()).toBe(base);
  });

  it('set iterator detects a size change', () => {
    const base = liveCount();
    const l = newList([I(1), I(2)]);
    const s = call(setType, [l]);
    const it = getIter(s);
    rel(iterNext(it)!);
    const three = I(3);
    rel(m(s, 'add', three));
    expect(pyErr(() => iterNext(it))).toBe('RuntimeError: Set changed size during iteration');
    rel(it, s, l);
    expect(liveCount()).toBe(base);
  });

  it('set(a_set) is presized by set_merge (472 for 5 items, python3 3.11.7)', () => {
    const l = newList([I(1), I(2), I(3), I(4), I(5)]);
    const s5 = call(setType, [l]);
    const copy = call(setType, [s5]);
    const size = (o: typeof s5): number => {
      const r = m(o, '__sizeof__');
      const v = Number((r as unknown as { v: number }).v) + 16;
      H.decref(r);
      return v;
    };
    expect(size(s5)).toBe(728);
    expect(size(copy)).toBe(472);
    rel(copy, s5, l);
  });
});
