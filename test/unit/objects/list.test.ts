import { describe, expect, it, beforeAll } from 'vitest';
import { H } from '../../../src/objects/object.js';
import { newList, PyList } from '../../../src/objects/list.js';
import { newTuple } from '../../../src/objects/tuple.js';
import { call, reprStr } from '../../../src/objects/abstract.js';
import { listType, tupleType } from '../../../src/objects/typeobjects.js';
import { setup, liveCount, m, mr, pyErr, I, S, rel } from './helpers.js';

beforeAll(() => {
  setup();
});

function sizeof(o: PyList): number {
  const r = m(o, '__sizeof__');
  const v = Number((r as unknown as { v: number }).v);
  H.decref(r);
  return v + 16;
}

describe('list', () => {
  it('grows like list_resize (getsizeof after each append, measured with python3 3.11.7)', () => {
    const base = liveCount();
    const l = newList([]);
    const sizes: number[] = [sizeof(l)];
    for (let i = 0; i < 20; i++) {
      const x = I(1000 + i);
      rel(m(l, 'append', x));
      rel(x);
      sizes.push(sizeof(l));
    }
    // python3 -c "import sys; l=[]; print([sys.getsizeof(l)] + [(l.append(i), sys.getsizeof(l))[1] for i in range(20)])"
    expect(sizes).toEqual([56, 88, 88, 88, 88, 120, 120, 120, 120, 184, 184, 184, 184, 184, 184, 184, 184, 248, 248, 248, 248]);
    rel(l);
    expect(liveCount()).toBe(base);
  });

  it('list(tuple) preallocates rounded to even; slices and repeats are exact', () => {
    const base = liveCount();
    const t = newTuple([I(1), I(2), I(3)]);
    const l = call(listType, [t]) as PyList;
    expect(sizeof(l)).toBe(88);
    expect(reprStr(l)).toBe('[1, 2, 3]');
    const s = m(l, '__getitem__', (() => { const a = I(1); return a; })()) ;
    expect(reprStr(s)).toBe('2');
    rel(s);
    const r = m(l, '__mul__', I(3)) as PyList;
    expect(sizeof(r)).toBe(56 + 8 * 9);
    rel(r, l, t);
    expect(liveCount()).toBe(base);
  });

  it('pop, remove, index, sort with errors', () => {
    const base = liveCount();
    const l = newList([I(3), I(1), I(2)]);
    rel(m(l, 'sort'));
    expect(reprStr(l)).toBe('[1, 2, 3]');
    expect(mr(l, 'pop')).toBe('3');
    expect(pyErr(() => m(l, 'index', I(7)))).toBe('ValueError: 7 is not in list');
    expect(pyErr(() => m(l, 'remove', I(7)))).toBe('ValueError: list.remove(x): x not in list');
    const x = S('a');
    rel(m(l, 'append', x));
    rel(x);
    expect(pyErr(() => m(l, 'sort'))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(reprStr(l)).toBe("[1, 2, 'a']");
    rel(l);
    const e = newList([]);
    expect(pyErr(() => m(e, 'pop'))).toBe('IndexError: pop from empty list');
    rel(e);
    expect(liveCount()).toBe(base);
  });

  it('self-referencing repr and tuple repr', () => {
    const l = newList([]);
    l.rc++;
    l.items.push(l);
    expect(reprStr(l)).toBe('[[...]]');
    const t1 = newTuple([I(1)]);
    expect(reprStr(t1)).toBe('(1,)');
    rel(t1);
    l.items.pop();
    H.decref(l);
    rel(l);
    void tupleType;
  });
});
