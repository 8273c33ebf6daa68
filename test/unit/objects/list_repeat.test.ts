/**
 * list * n past --max-heap: the result's item array is allocated before anything is
 * copied (list_new_prealloc), so the MemoryError leaves every count as it was.
 */

import { describe, expect, it } from 'vitest';
import { runPy } from './run.js';

describe('list repeat', () => {
  it('a repeat too big for the heap is a MemoryError that takes no references', () => {
    const r = runPy([
      'import sys',
      'x = object()',
      'a = [x, x]',
      'before = sys.getrefcount(x)',
      'try:',
      '    a * 10**8',
      'except MemoryError:',
      '    print("MemoryError")',
      'print(sys.getrefcount(x) - before)',
      'print(len(a * 3), sys.getrefcount(x) - before)',
    ].join('\n') + '\n');
    expect(r.err).toBe('');
    expect(r.out).toBe('MemoryError\n0\n6 0\n');
  });
});
