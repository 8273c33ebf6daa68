/** `:refs`, `:why`, `:heap` on known heaps, in-process; inspecting changes no count. */

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/interp/session.js';
import { runInspect } from '../../../src/inspect/allocator-view.js';
import type { HeapView, RefsView, WhyView } from '../../../src/inspect/refs-types.js';

function start() {
  const session = createSession({
    argv: [''], recursionLimit: 1000, maxHeap: 512 * 1024 * 1024,
    write: () => {}, readLine: () => null, interrupt: new Int32Array(1), check: false,
  });
  const run = (src: string): void => {
    // One REPL entry per line, except an indented block, which joins the line before it.
    const entries: string[] = [];
    for (const line of src.split('\n')) {
      if (line.startsWith(' ') && entries.length > 0) entries[entries.length - 1] += '\n' + line;
      else if (line !== '') entries.push(line);
    }
    for (const e of entries) session.runReplEntry(e + '\n\n');
  };
  const ask = <T>(cmd: 'refs' | 'why' | 'heap' | 'objects', arg: string): T => {
    const r = runInspect(session.inspectAccess!(), cmd, arg);
    if ('error' in r) throw new Error(r.error);
    return r as T;
  };
  return { session, run, ask };
}

describe(':refs', () => {
  it('lists the global and the dict slot, and they add up', () => {
    const s = start();
    s.run("x = [1000]\ny = {'k': x}");
    const v = s.ask<RefsView>('refs', 'x');
    expect(v.refcnt).toBe(2);
    expect(v.holders.map((h) => h.label)).toEqual(["global 'x'", expect.stringMatching(/^dict@0x[0-9a-f]+ \['k'\]$/)]);
    expect(v.unattributed).toBe(0);
  });
  it('changes no refcount', () => {
    const s = start();
    s.run("x = [1000]\ny = {'k': x}");
    const rc = () => { let r = -1; s.session.inspectAccess!().evaluate('x', (v) => (r = v.rc)); return r; };
    const before = rc();
    s.ask<RefsView>('refs', 'x');
    s.ask<RefsView>('refs', 'y')
    expect(rc()).toBe(before);
  });
});

describe(':why', () => {
  it('follows globals → dict → list → attribute', () => {
    const s = start();
    s.run("class Node:\n  pass\n\nn = Node()\nn.parent = Node()\ncache = {'k': [n]}\ndel n");
    const v = s.ask<WhyView>('why', "cache['k'][0].parent");
    expect(v.status).toBe('rooted');
    expect(v.path.slice(1, 5)).toEqual(["globals['cache']", "dict['k']", 'list[0]', 'Node.parent']);
  });
  it('says garbage in a cycle', () => {
    const s = start();
    s.run("import weakref\nclass Node:\n  pass\n\na = Node()\nb = Node()\na.next = b\nb.next = a\nr = weakref.ref(a)\ndel a, b");
    const v = s.ask<WhyView>('why', 'r()');
    expect(v.status).toBe('garbage');
    expect(v.cycle?.join(' ')).toMatch(/Node@0x[0-9a-f]+ \.next/);
  });
});

describe(':heap', () => {
  it('counts the instances of a class', () => {
    const s = start();
    s.run('class A:\n  pass\n\nkeep = [A() for i in range(7)]');
    const v = s.ask<HeapView>('heap', '');
    expect(v.types.find((t) => t.type === 'A')?.count).toBe(7);
  });
});
