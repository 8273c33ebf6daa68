/**
 * The co_stacksize estimate (sys.getsizeof of generators counts it) against python3
 * 3.11's own numbers, measured by scripts/measure-stacksize.py into stacksize-cases.json.
 */

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseExpression, parseModule } from '../../../src/parse/index.js';
import type * as A from '../../../src/parse/ast.js';
import { functionStackSize, genexpStackSize } from '../../../src/interp/stack-depth.js';

interface Case { src?: string; genexp?: string; stacksize: number }
const cases = JSON.parse(readFileSync(new URL('./stacksize-cases.json', import.meta.url), 'utf8')) as Case[];

describe('co_stacksize estimate', () => {
  it.each(cases.map((c) => ({ ...c, name: JSON.stringify(c.src ?? c.genexp) })))('$name', (c) => {
    let got: number;
    if (c.src !== undefined) {
      const def = parseModule(c.src, '<case>').module.body[0] as A.FunctionDef;
      got = functionStackSize(def.body);
    } else {
      got = genexpStackSize(parseExpression(c.genexp!, '<case>') as A.GeneratorExp);
    }
    expect(got).toBe(c.stacksize);
  });
});
