/**
 * Property tests over generated programs (architecture.md §6): small programs mixing
 * arithmetic, containers, functions and closures, classes, exceptions and garbage cycles
 * run in-process through a real session with the heap checker on. For every program:
 *   - no host (JS) exception escapes and no internal error is printed: whatever the
 *     program does, the user sees Python's behaviour (a traceback at worst);
 *   - the refcount invariant holds when the program ends (heap/check.ts), with nothing
 *     left on the value stack, and again after shutdown, with no leak. Garbage cycles may
 *     remain (no cyclic collector yet): they are not failures.
 * A failing program is shrunk by fast-check and printed with the checker's findings.
 */

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSession } from '../../src/interp/session.js';
import type { Session } from '../../src/interp/session-api.js';
import type { PyDict } from '../../src/objects/dict.js';
import type { PyModule } from '../../src/objects/module.js';
import { H } from '../../src/objects/object.js';
import { internStr } from '../../src/objects/str.js';
import { newNone } from '../../src/objects/singletons.js';
import { staticBuiltin } from '../../src/objects/descr.js';

const NAMES = ['a', 'b', 'c', 'lst', 'd', 'o'];

/** Expressions; `depth` bounds nesting. Names may be unbound (NameError is fine). */
function expr(depth: number, chk: boolean): fc.Arbitrary<string> {
  const atom = fc.oneof(
    ...(chk ? [fc.constant('_check()')] : []),
    fc.integer({ min: -5, max: 300 }).map(String),
    fc.constantFrom('10 ** 20', '2.5', '-0.0', "'s'", "'hello'", 'None', 'True', '()', '[]', '{}'),
    fc.constantFrom(...NAMES),
  );
  if (depth <= 0) return atom;
  const sub = expr(depth - 1, chk);
  return fc.oneof(
    { weight: 3, arbitrary: atom },
    fc.tuple(sub, fc.constantFrom('+', '-', '*', '//', '%', '<', '==', 'and', 'or', 'in', 'is'), sub).map(([x, op, y]) => `(${x} ${op} ${y})`),
    fc.tuple(sub, fc.integer({ min: 0, max: 3 })).map(([x, n]) => `(${x} ** ${n})`),
    fc.array(sub, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
    fc.array(sub, { maxLength: 3 }).map((xs) => `(${xs.join(', ')}${xs.length === 1 ? ',' : ''})`),
    fc.array(fc.tuple(sub, sub), { maxLength: 2 }).map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    fc.array(sub, { minLength: 1, maxLength: 3 }).map((xs) => `{${xs.join(', ')}}`),
    fc.tuple(sub, fc.integer({ min: 0, max: 4 })).map(([x, n]) => `[${x} for _i in range(${n})]`),
    fc.tuple(fc.constantFrom('len', 'str', 'repr', 'abs', 'sorted', 'list', 'tuple', 'bool', 'hash', 'max'), sub).map(([f, x]) => `${f}(${x})`),
    fc.tuple(sub, sub).map(([x, i]) => `${x}[${i}]`),
    fc.tuple(sub).map(([x]) => `${x}.v`),
    fc.tuple(sub, sub).map(([x, y]) => `(${x} if ${y} else None)`),
    fc.tuple(sub).map(([x]) => `(lambda q: (q, ${x}))(1)`),
  );
}

/** Statements at indentation `ind`; `depth` bounds nesting. */
function stmt(depth: number, ind: string, chk: boolean): fc.Arbitrary<string> {
  const e = expr(2, chk);
  const name = fc.constantFrom(...NAMES);
  const simple = fc.oneof(
    fc.tuple(name, e).map(([n, x]) => `${ind}${n} = ${x}\n`),
    fc.tuple(name, e).map(([n, x]) => `${ind}${n} += ${x}\n`),
    fc.tuple(e).map(([x]) => `${ind}lst.append(${x})\n`),
    fc.tuple(e, e).map(([k, v]) => `${ind}d[${k}] = ${v}\n`),
    fc.tuple(name).map(([n]) => `${ind}del ${n}\n`),
    fc.tuple(e).map(([x]) => `${ind}print(${x})\n`),
    fc.tuple(e).map(([x]) => `${ind}o = C(${x})\n`),
    fc.tuple(e).map(([x]) => `${ind}o.v = ${x}\n`),
    fc.tuple(e).map(([x]) => `${ind}a = f(${x})\n`),
    fc.tuple(e).map(([x]) => `${ind}b = mk(${x})()\n`),
    fc.tuple(e).map(([x]) => `${ind}c = o.m(${x})\n`),
    fc.constant(`${ind}cyc = []\n${ind}cyc.append(cyc)\n`),
    fc.constant(`${ind}o.me = o\n`),
    fc.tuple(e).map(([x]) => `${ind}raise ValueError(${x})\n`),
    fc.tuple(e).map(([x]) => `${ind}raise KeyError(${x}) from ValueError('v')\n`),
    fc.tuple(e).map(([x]) => `${ind}a = list(gen(${x}))\n`),
    fc.tuple(e).map(([x]) => `${ind}b = next(gen(${x}))\n`),
    fc.tuple(e).map(([x]) => `${ind}c = sum(1 for _j in ${x})\n`),
    fc.tuple(e).map(([x]) => `${ind}with CM(${x}) as w:\n${ind}    a = w\n`),
    fc.tuple(e).map(([x]) => `${ind}o = D(${x})\n`),
    fc.tuple(e).map(([x]) => `${ind}b = counter(${x})()\n`),
    fc.tuple(e).map(([x]) => `${ind}c = f'{${x}!r:>8}|{a}'\n`),
    fc.tuple(e).map(([x]) => `${ind}lst.sort(key=lambda v: repr(v))\n${ind}a = sorted(d, key=str)\n${ind}b = ${x}\n`),
    fc.constant(`${ind}for k in list(d):\n${ind}    del d[k]\n`),
    fc.constant(`${ind}o = D(lst)\n${ind}o.me = o\n${ind}del o\n`),
  );
  if (depth <= 0) return simple;
  const body = fc.array(stmt(depth - 1, ind + '    ', chk), { minLength: 1, maxLength: 3 }).map((ss) => ss.join(''));
  return fc.oneof(
    { weight: 4, arbitrary: simple },
    fc.tuple(body, body).map(([t, h]) => `${ind}try:\n${t}${ind}except Exception as err:\n${ind}    saved = err\n${h}`),
    fc.tuple(body).map(([t]) => `${ind}try:\n${t}${ind}finally:\n${ind}    pass\n`),
    fc.tuple(fc.integer({ min: 0, max: 3 }), body).map(([n, b]) => `${ind}for i in range(${n}):\n${b}`),
    fc.tuple(e, body, body).map(([c, t, f]) => `${ind}if ${c}:\n${t}${ind}else:\n${f}`),
    fc.tuple(body).map(([b]) => `${ind}def g():\n${b}${ind}    return lst\n${ind}try:\n${ind}    g()\n${ind}except Exception:\n${ind}    pass\n`),
  );
}

const PRELUDE = `a = 1
b = 'b'
c = None
lst = []
d = {}
class C:
    def __init__(self, v):
        self.v = v
    def m(self, x):
        return (self.v, x)
    def __repr__(self):
        return 'C(' + repr(self.v) + ')'
def f(x, y=[1, 2]):
    return [x, y]
def mk(n):
    return lambda: n
def gen(x):
    yield x
    yield [x, x]
    for i in range(2):
        yield i
class CM:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *exc):
        return exc[0] is ZeroDivisionError
class D(C):
    def __init__(self, v):
        super().__init__([v])
    def __del__(self):
        lst.append('del')
def counter(start):
    n = start
    def inc():
        nonlocal n
        n = n + 1
        return n
    return inc
o = C(0)
`;

/** A top-level statement, usually guarded so that one error does not end the program. */
const topStmt = (chk: boolean) => fc.tuple(fc.integer({ min: 0, max: 9 }), stmt(2, '    ', chk)).map(([g, st]) =>
  g > 0 ? `try:\n${st}except Exception as e:\n    ${g % 2 === 0 ? 'last = e' : 'pass'}\n` : st.replace(/^ {4}/gm, ''));
const programOf = (chk: boolean) => fc.array(topStmt(chk), { minLength: 1, maxLength: 10 }).map((ss) => PRELUDE + ss.join('') + "print('end')\n");
const program = programOf(false);
/** Programs that also call `_check()` (the invariant, mid-run) inside expressions. */
const programWithChecks = programOf(true);

/**
 * `_check()`: checks the invariant while Python code runs (frames and value-stack
 * temporaries as roots) and records what it found. Only called from Python code with no
 * native function below it on the stack: a native's own JS locals are invisible roots.
 */
let current: Session | null = null;
const midFindings: string[] = [];
const checkFn = staticBuiltin('_check', () => {
  const r = current!.heapCheck!('running');
  if (r.violations > 0) midFindings.push(...r.lines);
  return newNone();
});

/** Programs that ran to their last line (a sanity measure of the generator's reach). */
let reachedEnd = 0;

interface Outcome {
  ok: boolean;
  why: string;
}

/** Runs one program with the checker on; never throws for what the program does. */
function runChecked(src: string): Outcome {
  midFindings.length = 0;
  let err = '', out = '';
  const s: Session & { globals: PyDict } = createSession({
    argv: ['p.py'],
    recursionLimit: 200,
    maxHeap: 64 * 1024 * 1024,
    write: (stream, text) => {
      if (stream === 'stderr') err += text;
      else out += text;
    },
    readLine: () => null,
    interrupt: new Int32Array(1),
    check: true,
  }) as Session & { globals: PyDict };
  try {
    current = s;
    const bm = s.globals.getStr('__builtins__') as PyModule;
    const k = internStr('_check');
    bm.dict.set(k, checkFn);
    H.decref(k);
    s.runMain(new TextEncoder().encode(src), '/p.py', 'file', true);
    if (midFindings.length > 0) return { ok: false, why: `while running:\n${midFindings.join('\n')}` };
    if (out.endsWith('end\n')) reachedEnd++;
    if (/internal error|Traceback[^]*JavaScript/.test(err)) return { ok: false, why: `internal error:\n${err}` };
    const end = s.heapCheck!('end');
    if (end.violations > 0 || end.state.length > 0) return { ok: false, why: `at the end:\n${end.lines.join('\n')}` };
    s.finalize();
    const shut = s.heapCheck!('shutdown');
    if (shut.violations > 0 || shut.state.length > 0) return { ok: false, why: `after shutdown:\n${shut.lines.join('\n')}` };
    return { ok: true, why: '' };
  } catch (e) {
    return { ok: false, why: `host exception escaped: ${e instanceof Error ? e.stack : String(e)}` };
  }
}

describe('generated programs', () => {
  it('never let a host exception escape, and keep the refcount invariant with no leaks', () => {
    const runs = Number(process.env.MEMSNAKE_PROPERTY_RUNS ?? 150);
    reachedEnd = 0;
    fc.assert(
      fc.property(program, (src) => {
        const r = runChecked(src);
        if (!r.ok) throw new Error(`${r.why}\n--- program\n${src}`);
      }),
      { numRuns: runs, seed: process.env.MEMSNAKE_PROPERTY_SEED ? Number(process.env.MEMSNAKE_PROPERTY_SEED) : undefined },
    );
    // Most programs must get past their errors to the end, or they test little.
    expect(reachedEnd).toBeGreaterThan(runs / 3);
  }, 120_000);

  it('keep the invariant while running, checked from inside expressions (_check())', () => {
    const runs = Number(process.env.MEMSNAKE_PROPERTY_RUNS ?? 150);
    fc.assert(
      fc.property(programWithChecks, (src) => {
        const r = runChecked(src);
        if (!r.ok) throw new Error(`${r.why}\n--- program\n${src}`);
      }),
      { numRuns: runs, seed: process.env.MEMSNAKE_PROPERTY_SEED ? Number(process.env.MEMSNAKE_PROPERTY_SEED) : undefined },
    );
  }, 120_000);

  it('the runner itself reports a broken program (sanity)', () => {
    expect(runChecked('x = 1\n').ok).toBe(true);
  });
});
