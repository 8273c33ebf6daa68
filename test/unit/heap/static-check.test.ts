/**
 * Check 2b of heap/check.ts: statically allocated objects (None, small ints, one-character
 * strings, built-in types' descriptors...) are not in the live map, so their counts are
 * checked relative to the session's start: q = rc - references from live objects and
 * roots must not move. A count broken by hand on a static object must be reported, by
 * name, in both directions; a static object without an address must be reported too.
 */

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/interp/session.js';
import type { Session } from '../../../src/interp/session-api.js';
import { Heap, type HeapObject } from '../../../src/heap/heap.js';
import type { GcLink } from '../../../src/gc/list.js';
import { checkHeap, staticBaseline, type CheckOptions, type HeapRoots } from '../../../src/heap/check.js';
import { None } from '../../../src/objects/singletons.js';
import { smallInts } from '../../../src/objects/int.js';
import { objectType } from '../../../src/objects/typeobjects.js';
import type { PyDict } from '../../../src/objects/dict.js';

function session(): { s: Session; out: () => string } {
  let out = '';
  const s = createSession({
    argv: ['t.py'],
    recursionLimit: 1000,
    maxHeap: 512 * 1024 * 1024,
    write: (_stream, text) => {
      out += text;
    },
    readLine: () => null,
    interrupt: new Int32Array(1),
    check: true,
  });
  return { s, out: () => out };
}

function run(s: Session, src: string): number {
  return s.runMain(new TextEncoder().encode(src), '/t.py', 'file', true);
}

/** Slices (whose step is None), calls returning None, small ints and 1-char strs. */
const PROGRAM = `
a = list(range(20))
for i in range(50):
    b = a[i % 5:i % 7]
    c = 'xyz'[1:2]
    d = a.append(i) if i < 3 else None
print(len(b), c, d, sum(a[:10]))
`;

describe('static objects in the heap check', () => {
  it('a program that keeps its counts right passes, at the end and after shutdown', () => {
    const { s, out } = session();
    expect(run(s, PROGRAM)).toBe(0);
    expect(out()).toBe('0 y None 45\n');
    expect(s.heapCheck!('end').lines).toEqual([]);
    s.finalize();
    const r = s.heapCheck!('shutdown');
    expect(r.violations).toBe(0);
  });

  it("finds None's count one below its references (a reference released twice)", () => {
    const { s } = session();
    run(s, PROGRAM);
    None.rc--;
    try {
      const r = s.heapCheck!('end');
      expect(r.violations).toBe(1);
      expect(r.lines[0]).toMatch(/^static None at 0x[0-9a-f]+: count fell 1 below its references \(released more often than taken\); rc=\d+, references=\d+ from objects and roots/);
    } finally {
      None.rc++;
    }
    expect(s.heapCheck!('end').violations).toBe(0);
  });

  it('finds a leaked reference to an immortal static object that nothing else refers to', () => {
    const { s } = session();
    run(s, 'x = 1\n');
    const seven = smallInts[7 + 5];
    seven.rc += 12;
    try {
      const r = s.heapCheck!('end');
      expect(r.violations).toBe(1);
      expect(r.lines[0]).toMatch(/^static int 7 at 0x[0-9a-f]+: 12 reference\(s\) unaccounted for \(leaked\); rc=\d+, references=0 /);
      s.finalize();
      expect(s.heapCheck!('shutdown').lines.some((l) => /^static int 7 /.test(l))).toBe(true);
    } finally {
      seven.rc -= 12;
    }
  });

  it('gives the object layer\'s own static objects addresses (id() is never 0)', () => {
    const { s, out } = session();
    run(s, [
      'print(id(object.__doc__) != 0, id(object.__dict__["__new__"]) != 0)',
      'print(id(type.__dict__["__new__"]) != 0, id(BaseException.__dict__["__new__"]) != 0)',
    ].join('\n') + '\n');
    expect(out()).toBe('True True\nTrue True\n');
    const doc = (objectType.dict as PyDict).getStr('__doc__')!;
    expect(doc.addr).not.toBe(0);
    expect(s.heapCheck!('end').lines).toEqual([]);
  });
});

describe('the checker on minimal objects', () => {
  class Obj implements HeapObject {
    rc = 1;
    addr = 0;
    gcSeq = 0;
    /** The collector's list links and gc_refs (HeapObject). */
    gcPrev: GcLink | null = null;
    gcNext: GcLink | null = null;
    gcRefs = -1;
    refs: Obj[] = [];
    constructor(readonly name: string, readonly isStatic = false) {}
    traverse(visit: (o: HeapObject) => void): void {
      for (const r of this.refs) visit(r);
    }
    dealloc(): void {}
  }
  const opts: CheckOptions = { describe: (o) => (o as Obj).name, isStatic: (o) => (o as Obj).isStatic };

  /** A static object at addr with count rc. */
  function stat(name: string, addr: number, rc = 100): Obj {
    const o = new Obj(name, true);
    o.addr = addr;
    o.rc = rc;
    return o;
  }

  it('counts references from live objects, roots and static holders; a broken count moves q', () => {
    const h = new Heap(64 * 1024 * 1024, true);
    const st = stat('st', 0x1000);
    const holder = stat('holder', 0x1100);
    holder.refs.push(st);
    const a = new Obj('a');
    h.allocate(a, 32, 0);
    const roots: HeapRoots = { forEachRef: (ref) => ref(a, 'root'), statics: [holder] };
    const base = staticBaseline(h, roots, opts, 0x2000);
    expect(base.q.get(st)).toBe(99);
    expect(base.q.get(holder)).toBe(100);
    a.refs.push(st);
    st.rc++;
    expect(checkHeap(h, roots, { ...opts, baseline: base }).violations).toEqual([]);
    st.rc--; // a's reference released behind the checker's back
    const r = checkHeap(h, roots, { ...opts, baseline: base });
    expect(r.violations).toEqual([{ kind: 'static', addr: 0x1000, desc: 'st', rc: 100, refs: 2, was: 99, now: 98 }]);
  });

  it('counts what static objects made after the baseline hold, not what older unreached ones held', () => {
    const h = new Heap(64 * 1024 * 1024, true);
    const st = stat('st', 0x1000);
    const old = stat('old', 0x1200); // made before the baseline, reached by nothing then
    old.refs.push(st);
    const a = new Obj('a');
    h.allocate(a, 32, 0);
    const roots: HeapRoots = { forEachRef: (ref) => ref(a, 'root'), statics: [st] };
    const base = staticBaseline(h, roots, opts, 0x2000);
    expect(base.q.get(st)).toBe(100);
    expect(base.q.has(old)).toBe(false);
    // A lazily made static (a built-in module's type dict at its first import) takes a
    // reference, and a live object now leads to both statics.
    const made = stat('made', 0x2000);
    made.refs.push(st);
    st.rc++;
    a.refs.push(old, made);
    old.rc++;
    made.rc++;
    expect(checkHeap(h, roots, { ...opts, baseline: base }).violations).toEqual([]);
  });

  it('follows the statics of the baseline even when nothing leads to them any more', () => {
    const h = new Heap(64 * 1024 * 1024, true);
    const st = stat('st', 0x1000);
    const holder = stat('holder', 0x1100);
    holder.refs.push(st);
    const a = new Obj('a');
    h.allocate(a, 32, 0);
    a.refs.push(holder);
    holder.rc++;
    const roots: HeapRoots = { forEachRef: (ref) => ref(a, 'root') };
    const base = staticBaseline(h, roots, opts, 0x2000);
    a.refs.pop();
    holder.rc--;
    expect(checkHeap(h, roots, { ...opts, baseline: base }).violations).toEqual([]);
  });

  it('reports an object with address 0 that is neither live nor static', () => {
    const h = new Heap(64 * 1024 * 1024, true);
    const a = new Obj('a');
    h.allocate(a, 32, 0);
    const lost = new Obj('lost');
    lost.rc = 999;
    a.refs.push(lost);
    const r = checkHeap(h, { forEachRef: (ref) => ref(a, 'root') }, opts);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]).toMatchObject({ kind: 'block', addr: 0, desc: 'lost' });
    expect((r.violations[0] as { problem: string }).problem).toMatch(/^object has no address/);
  });
});
