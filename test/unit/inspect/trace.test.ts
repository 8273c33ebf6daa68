/**
 * The heap event tracer in-process: off by default (no hook installed, nothing written, the
 * program's output unchanged), on it reports alloc/free/decref with the source line and
 * derives increments, the tracer's own writing is never traced, off removes every hook.
 */

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/interp/session.js';
import type { Session } from '../../../src/interp/session-api.js';
import { traceCommand, withTracePaused } from '../../../src/inspect/trace-view.js';
import { parseTraceKinds } from '../../../src/heap/event-trace.js';
import { gcHooks } from '../../../src/gc/collect.js';

function start(): { session: Session; out: () => string } {
  let out = '';
  const session = createSession({
    argv: [''],
    recursionLimit: 1000,
    maxHeap: 512 * 1024 * 1024,
    write: (_stream, text) => {
      out += text;
    },
    readLine: () => null,
    interrupt: new Int32Array(1),
  });
  return { session, out: () => { const o = out; out = ''; return o; } };
}

describe('event tracer', () => {
  it('is off by default and writes nothing', () => {
    const { session, out } = start();
    const heap = session.inspectAccess!().heap;
    expect(heap.events).toBeNull();
    expect(gcHooks.observer).toBeNull();
    session.runReplEntry('x = [1000]\n');
    session.runReplEntry('del x\n');
    session.runReplEntry('import gc; n = gc.collect()\n');
    session.runReplEntry('print("ok")\n');
    expect(out()).toBe('ok\n');
    expect(heap.events).toBeNull();
    session.finalize();
  });

  it('reports alloc, decref, incref and free with the line, and stops when off', () => {
    const { session, out } = start();
    const access = session.inspectAccess!();
    const lines: string[] = [];
    // Writing allocates nothing here, but the tracer must not recurse even if it did.
    const write = (l: string): void => { lines.push(l); access.heap.decref(access.heap.events === null ? (null as never) : ({ rc: 2 } as never)); };
    expect(traceCommand(access, 'on alloc,free,decref,incref', write)).toEqual({ command: 'trace', on: true, kinds: 'alloc,free,decref,incref' });
    // One entry per statement, as the REPL sends them: each is line 1 of <stdin>.
    session.runReplEntry('x = [1000]\n');
    session.runReplEntry('y = x\n');
    session.runReplEntry('del x\n');
    session.runReplEntry('del y\n');
    const text = lines.join('');
    expect(text).toMatch(/^alloc {2}list@0x[0-9a-f]+ len=1 {2}rc=1 .*<stdin>:1$/m);
    expect(text).toMatch(/^incref list@0x[0-9a-f]+ len=1 {2}rc 1 -> 2 {2}<stdin>:1$/m);
    expect(text).toMatch(/^decref list@0x[0-9a-f]+ len=1 {2}rc=0 {2}<stdin>:1$/m);
    expect(text).toMatch(/^free {3}list@0x[0-9a-f]+ {2}rc=0.*<stdin>:1$/m);
    // Static objects (the small ints) are skipped unless asked.
    expect(text).not.toMatch(/^\w+ +int@0x[0-9a-f]+ 1\b/m);
    expect(traceCommand(access, 'off', write)).toEqual({ command: 'trace', on: false, kinds: '' });
    expect(access.heap.events).toBeNull();
    const before = lines.length;
    session.runReplEntry('z = [1, 2]; del z\n');
    expect(lines.length).toBe(before);
    expect(out()).toBe('');
    session.finalize();
  });

  it('gc events, pausing, and bad kinds', () => {
    const { session } = start();
    const access = session.inspectAccess!();
    const lines: string[] = [];
    traceCommand(access, 'on gc', (l) => lines.push(l));
    session.runReplEntry('a = []; a.append(a); del a\n');
    session.runReplEntry('import gc; n = gc.collect()\n');
    expect(lines.join('')).toMatch(/^gc {5}start generation 2: \d+ objects examined {2}<stdin>:1\ngc {5}end: 1 collected, 0 uncollectable {2}<stdin>:1\n$/m);
    withTracePaused(access.heap, () => session.runReplEntry('gc.collect()\n'));
    expect(lines.length).toBe(2);
    traceCommand(access, 'off', () => {});
    expect(gcHooks.observer).toBeNull();
    expect(traceCommand(access, 'on mallocs', () => {})).toMatchObject({ error: expect.stringMatching(/unknown event kind 'mallocs'/) });
    expect(parseTraceKinds('')).toMatchObject({ statics: false });
    session.finalize();
  });
});
