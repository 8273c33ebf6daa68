/**
 * `:snapshot` and `:diff` in-process: 100 strs of a known size made at a known line after a
 * snapshot show as +100 str by type and as that line's blocks by line; freeing them shows
 * them gone from both and counted as allocated and freed again.
 */

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/interp/session.js';
import type { Session } from '../../../src/interp/session-api.js';
import { diffView, snapshotView } from '../../../src/inspect/snapshot-view.js';
import type { SnapshotDiff, SnapshotTaken } from '../../../src/inspect/snapshot-types.js';
import { renderInspect } from '../../../src/repl/render-inspect.js';

function start(): Session {
  return createSession({
    argv: [''],
    recursionLimit: 1000,
    maxHeap: 512 * 1024 * 1024,
    write: () => {},
    readLine: () => null,
    interrupt: new Int32Array(1),
  });
}

function diff(session: Session): SnapshotDiff {
  const d = diffView(session.inspectAccess!(), '');
  if (!('types' in d)) throw new Error(JSON.stringify(d));
  return d;
}

// Each str: 'abcdefghij' plus 3 digits, 13 ASCII chars, so sys.getsizeof 49 + 13 = 62 bytes.
const MAKE = 'a = ["abcdefghij" + str(i + 100) for i in range(100)]\n';

describe(':snapshot / :diff', () => {
  it('refuses :diff before a snapshot and arguments to either', () => {
    const session = start();
    const access = session.inspectAccess!();
    expect(diffView(access, '')).toEqual({ command: 'diff', error: 'no snapshot yet: take one with :snapshot' });
    expect(snapshotView(access, 'x')).toEqual({ command: 'snapshot', error: ':snapshot takes no argument' });
    session.finalize();
  });

  it('shows 100 new strs by type and by line, then freed', () => {
    const session = start();
    const access = session.inspectAccess!();
    // A known line: the third of a module run from a named file.
    session.runMain(new TextEncoder().encode('import sys\n'), 'setup.py', 'file', true);
    const taken = snapshotView(access, '') as SnapshotTaken;
    expect(taken.command).toBe('snapshot');
    expect(taken.objects).toBeGreaterThan(0);
    session.runMain(new TextEncoder().encode(`x = 1\ny = 2\n${MAKE}`), 'make.py', 'file', true);
    session.runReplEntry('assert all(sys.getsizeof(s) == 62 for s in a)\n');

    const made = diff(session);
    const str = made.types.find((t) => t.type === 'str')!;
    expect(str.countDiff).toBe(100);
    // 62 requested bytes in a 64-byte pymalloc block each.
    expect(str.bytesDiff).toBe(100 * 64);
    const line = made.lines.find((l) => l.file.endsWith('make.py') && l.line === 3)!;
    expect(line).toBeDefined();
    // The 100 strs (62 bytes requested each) and the list with its item array.
    expect(line.count).toBeGreaterThanOrEqual(100);
    expect(line.size).toBeGreaterThanOrEqual(100 * 62);
    expect(made.objectsNow - made.objectsBefore).toBeGreaterThanOrEqual(101);

    const text = renderInspect(made, { color: false, json: false }).lines.join('\n');
    expect(text).toMatch(/^ +str +[\d,]+ +\+100 +[\d,]+ +\+6,400$/m);
    expect(text).toMatch(/^ +make\.py:3 +[\d,]+ +[\d,]+$/m);

    session.runReplEntry('del a\n');
    const freed = diff(session);
    // Gone from the type table (no change left for str) and from the lines.
    expect(freed.types.find((t) => t.type === 'str')?.countDiff ?? 0).toBe(0);
    expect(freed.lines.find((l) => l.file.endsWith('make.py') && l.line === 3)).toBeUndefined();
    expect(freed.allocatedAndFreed).toBeGreaterThanOrEqual(made.allocatedAndFreed + 100);
    session.finalize();
  });
});
