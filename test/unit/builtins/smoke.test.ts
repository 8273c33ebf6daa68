import { it, expect } from 'vitest';
import { Heap } from '../../../src/heap/heap.js';
import { setActiveHeap } from '../../../src/objects/object.js';
import { initObjects } from '../../../src/objects/init.js';
import { newList } from '../../../src/objects/list.js';
import { newInt } from '../../../src/objects/int.js';
import { reprStr } from '../../../src/objects/abstract.js';
it('smoke', () => {
  const h = new Heap(512 * 1024 * 1024, true); setActiveHeap(h); initObjects();
  const l = newList([newInt(1), newInt(1000)]);
  expect(reprStr(l)).toBe('[1, 1000]');
});
