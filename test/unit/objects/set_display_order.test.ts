// Constant set displays iterate in CPython 3.11's order: the compiler's frozenset
// constant is rebuilt once by constant merging before SET_UPDATE copies it, which decides
// where colliding keys (-1 and -2 share a hash) land. Expected output from python3 with
// PYTHONHASHSEED=0.
import { expect, it } from 'vitest';
import { runPy } from './run.js';

it('constant set displays keep CPython order', () => {
  const r = runPy(`
print({-1, -2, 10, 100, 1000})
print({"red", "green", "blue"})
print({"apple", "banana", "cherry", "date", "elder"})
print({-3, -4, -5, 13, 29, 45, 61, 77, 93})
print({"x", 1, 2.5, None, (1, 2)})
`);
  expect(r.err).toBe("");
  expect(r.out).toBe(`{100, -2, 1000, 10, -1}
{'red', 'green', 'blue'}
{'banana', 'apple', 'cherry', 'elder', 'date'}
{45, 77, 13, -3, 29, 93, -5, -4, 61}
{1, 2.5, (1, 2), 'x', None}
`);
});
