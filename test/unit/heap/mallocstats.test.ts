/**
 * sys._debugmallocstats(): a golden test of its layout against python3 3.11.7's own
 * output (debugmallocstats.python3.txt, from `python3 -c "import sys;
 * sys._debugmallocstats()"`): the same sections, labels and column widths line by line
 * (numbers differ: this heap is not CPython's), plus the accounting identities CPython
 * asserts. Also: a new session's free lists hold CPython's start-up entries.
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/interp/session.js';
import type { Session } from '../../../src/interp/session-api.js';
import { H } from '../../../src/objects/object.js';

const here = dirname(fileURLToPath(import.meta.url));

function session(): { s: Session; err: () => string } {
  let err = '';
  const s = createSession({
    argv: ['t.py'],
    recursionLimit: 1000,
    maxHeap: 512 * 1024 * 1024,
    write: (stream, text) => {
      if (stream === 'stderr') err += text;
    },
    readLine: () => null,
    interrupt: new Int32Array(1),
  });
  return { s, err: () => err };
}

function run(s: Session, src: string): number {
  return s.runMain(new TextEncoder().encode(src), '/t.py', 'file', true);
}

/**
 * A line's shape: numbers replaced by N (their width kept by the line length), runs of
 * size-class rows counted as one.
 */
function shapes(text: string): { shape: string; length: number }[] {
  const out: { shape: string; length: number }[] = [];
  for (const line of text.split('\n')) {
    const shape = line.replace(/\d[\d,]*/g, 'N').replace(/ +/g, ' ');
    if (shape === ' N N N N N' && out.length > 0 && out[out.length - 1].shape === shape) continue;
    out.push({ shape, length: line.length });
  }
  return out;
}

describe('sys._debugmallocstats', () => {
  it('prints the sections and columns of CPython 3.11', () => {
    const { s, err } = session();
    expect(run(s, 'import sys\nx = [(i, float(i)) for i in range(3000)]\nsys._debugmallocstats()\n')).toBe(0);
    const ours = shapes(err());
    const theirs = shapes(readFileSync(join(here, 'debugmallocstats.python3.txt'), 'utf8'));
    expect(ours.map((l) => l.shape)).toEqual(theirs.map((l) => l.shape));
    expect(ours.map((l) => l.length)).toEqual(theirs.map((l) => l.length));
  });

  it('adds up as CPython asserts', () => {
    const { s, err } = session();
    run(s, 'import sys\nd = {i: str(i) * 40 for i in range(5000)}\ndel d\nsys._debugmallocstats()\n');
    const text = err();
    const num = (label: string) => Number(new RegExp(`^${label.replace(/[#*]/g, '\\$&')}.*= +([\\d,]+)$`, 'm').exec(text)![1].replace(/,/g, ''));
    const arenas = num('# arenas allocated current');
    expect(num('# arenas allocated total') - num('# arenas reclaimed')).toBe(arenas);
    const parts = ['# bytes in allocated blocks', '# bytes in available blocks', '\\d+ unused pools', '# bytes lost to pool headers',
      '# bytes lost to quantization', '# bytes lost to arena alignment'].map(num);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(arenas * 1048576);
    // Each class row: avail = pools × blocks per pool − in use.
    for (const m of text.matchAll(/^ +(\d+) +(\d+) +(\d+) +(\d+) +(\d+)$/gm)) {
      const [size, pools, used, avail] = [m[2], m[3], m[4], m[5]].map(Number);
      expect(avail).toBe(pools * Math.floor((16384 - 48) / size) - used);
    }
  });
});

describe('free lists of a new session', () => {
  it('hold what CPython 3.11 has when a script starts', () => {
    session();
    const fl = H.alloc.freeLists;
    expect([fl.float.length, fl.list.length, fl.dict.length, fl.dictKeys.length]).toEqual([4, 40, 8, 71]);
    expect(fl.tuple.slice(1).map((l) => l.length)).toEqual([4, 8, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6]);
  });
});
