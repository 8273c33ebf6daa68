#!/usr/bin/env node
/**
 * Parser benchmark (not a vitest test): run `npm run build` first, then
 * `node test/unit/parse/bench-parse.mjs`. Generates a ~10k-line program (the shape of
 * ohm-notes §3.2's py10000: functions, classes, loops, comprehensions, f-strings, try),
 * parses it three times, then times REPL-sized entries and the bundle load.
 */
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
await import('ohm-js');
const t1 = performance.now();
await import('../../../dist/parse/generated/memsnake.ohm-bundle.js');
const t2 = performance.now();
const P = await import('../../../dist/parse/index.js');
const t3 = performance.now();
console.log(`import ohm-js ${(t1 - t0).toFixed(1)} ms, bundle ${(t2 - t1).toFixed(1)} ms, parser modules ${(t3 - t2).toFixed(1)} ms`);

function program(lines) {
  const out = [];
  for (let i = 1; out.length < lines; i++) {
    out.push(
      `def func_${i}(a, b=2, *args, key=None, **kw):`,
      `    '''Docstring for func_${i}.'''`,
      '    total = 0',
      '    for x in range(a):',
      '        if x % 3 == 0 and not x in (1, 2):',
      '            total += x * b - (x // 2) ** 2',
      '        elif x > 10:',
      '            total -= x',
      '        else:',
      '            continue',
      `    data = {'k${i}': [y for y in range(10) if y & 1], 'v': (a, b, *args)}`,
      `    msg = f'value {total:>10} and {data["v"]!r}'`,
      '    try:',
      "        result = kw.get('x', lambda q: q + 1)(total)",
      '    except (KeyError, ValueError) as e:',
      "        raise RuntimeError('bad') from e",
      '    finally:',
      '        pass',
      '    return result if result is not None else msg[1:-1:2]',
      '',
      `class Thing${i}(Base, metaclass=Meta):`,
      `    x: int = ${i}`,
      '    @property',
      '    def value(self):',
      `        return self.x + func_${i}(self.x, key='a')  # comment`,
      '',
    );
  }
  return out.join('\n') + '\n';
}

let t = performance.now();
P.parseModule('x = [i * 2 for i in range(10) if i % 3]\n', 'r.py');
console.log(`first parse (cold) ${(performance.now() - t).toFixed(1)} ms`);
const src = program(10000);
for (let k = 0; k < 3; k++) {
  t = performance.now();
  const { module } = P.parseModule(src, 'big.py');
  console.log(`10k lines: ${(performance.now() - t).toFixed(0)} ms, ${module.body.length} top-level stmts, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
const one = 'x = [i * 2 for i in range(10) if i % 3]\n';
const five = 'def f(a, b):\n    if a:\n        return [x for x in b]\n    else:\n        return {k: v for k, v in b.items()}\n';
for (const [name, s] of [['one-line', one], ['5-line def', five]]) {
  for (let k = 0; k < 200; k++) P.parseModule(s, 'r.py');
  const times = [];
  for (let k = 0; k < 300; k++) { const a = performance.now(); P.parseModule(s, 'r.py'); times.push(performance.now() - a); }
  times.sort((a, b) => a - b);
  console.log(`${name}: min ${times[0].toFixed(3)} ms, median ${times[150].toFixed(3)} ms`);
}
for (let k = 0; k < 200; k++) P.inputStatus(five);
t = performance.now(); for (let k = 0; k < 300; k++) P.inputStatus(five); console.log(`inputStatus 5-line: ${((performance.now() - t) / 300).toFixed(3)} ms avg`);
