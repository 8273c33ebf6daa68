/**
 * What the inspectors (src/inspect/) may see of a session, and the one thing they may do
 * in it: evaluate an expression read-only (`:sizeof EXPR`).
 *
 * Read-only evaluation. EXPR is compiled and run like a REPL entry, except that its value
 * is handed to the inspector *while it is still on the value stack* (the compiler's
 * display hook), instead of being printed and stored in `_`. Afterwards everything the
 * evaluation made is released in the usual order: the value, the frame, the code object
 * and its constants. What that leaves as it was:
 *   - every refcount: the evaluation's own references (value stack, code constants, the
 *     frame) are all dropped again, and nothing is stored anywhere (not in `_`, not in
 *     sys.last_value: an exception becomes a one-line message and is released);
 *   - the allocator's state, exactly: an allocator checkpoint (Allocator.checkpoint) is
 *     taken before EXPR is compiled and restored once everything the evaluation made is
 *     released. Releasing alone gives back every block, but not the order they are handed
 *     out in: temporaries that die out of order (`str(n) * 3`, `x + [4]`) leave a pool's
 *     free-block list or a type free list permuted, and the next ids would differ from a
 *     session that did not inspect. Restoring puts the lists, pools, arenas and counters
 *     back as they were, so snapshot(), the heap checker and every later id are unchanged;
 *   - the collector: no collection runs during the evaluation (one would change the
 *     generations and could free the session's garbage), and the generation counts the
 *     evaluation's allocations moved are put back with the allocator.
 * Restoring is only sound when the evaluation left live objects in exactly the blocks it
 * found them in (Allocator.ownedBlocksMatch: blocks the evaluation parked on a type free
 * list are not held by anything and go back with the checkpoint). When EXPR kept something (stored an object somewhere) or
 * freed something of the session's, the allocator and the counts are left as they are and
 * the caller gets a note saying so: restoring would free a live object's block under it.
 * What it cannot undo: side effects EXPR itself has (a call that appends to a list, prints
 * or assigns). An assignment expression (`:=`) is refused for that reason.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import type { InspectRoot } from './inspect-roots.js';
import { H, PyObject, PyRaise } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import { recursion } from '../objects/abstract.js';
import { ParseError } from '../parse/ast.js';
import type * as A from '../parse/ast.js';
import { parseInteractive } from '../parse/index.js';
import { resolveModule } from './resolve.js';
import { Compiler } from './compile.js';
import { ConstTable } from './consts.js';
import { Frame, releaseFrame, unwindTo } from './frame.js';
import { ts } from './state.js';
import { toPyRaise } from './errors.js';
import { formatException } from './traceback.js';

/** The session as the inspectors see it (worker side only; never sent to the host). */
export interface InspectAccess {
  heap: Heap;
  /**
   * Module namespaces (`__main__`'s globals, builtins, imported modules' dicts): a deep
   * size stops at them, or a function's `__globals__` would pull in the whole program.
   */
  namespaces(): Set<PyObject>;
  /**
   * Evaluates `source` (one expression) in `__main__`'s globals and calls `use` with its
   * value (borrowed; valid only during the call). Returns null on success, else a
   * one-line message (a syntax error, a non-expression, or the exception EXPR raised).
   * `note` hears why the allocator state could not be restored, if it could not.
   */
  evaluate(source: string, use: (value: PyObject) => void, note?: (text: string) => void): string | null;
  /** The interpreter's roots with labels (`:refs`, `:why`; interp/inspect-roots.ts). */
  roots?(tracked: Iterable<HeapObject>): InspectRoot[];
}

const FILENAME = '<inspect>';

/** What `note` hears when the allocator state is not restored (see the file comment). */
export const NOT_RESTORED_NOTE =
  'the expression kept or freed objects of the session, so the allocator state was not restored: later ids may differ';

export function evaluateReadOnly(
  globals: PyDict, builtins: PyDict, source: string, use: (value: PyObject) => void, note?: (text: string) => void,
): string | null {
  let module: A.Module;
  try {
    module = parseInteractive(source, FILENAME);
  } catch (e) {
    if (e instanceof ParseError) return `${e.info.type}: ${e.info.msg}`;
    throw e;
  }
  if (module.body.length !== 1 || module.body[0].kind !== 'Expr') return 'expected one expression';
  if (hasNamedExpr(module.body[0])) return 'an assignment expression (:=) would change the session; inspect a name instead';

  // The checkpoint is taken before compiling (the code object and its constants are the
  // evaluation's too). compileAndRun releases everything it made; ownedBlocksMatch then
  // verifies that nothing of it is still held and nothing of the session's was freed.
  // No collection runs meanwhile: `collecting` is the collector's own re-entrancy guard,
  // so automatic collections and a gc.collect() inside EXPR both stand back (the latter
  // returns 0).
  const alloc = H.alloc, gc = H.gc;
  const checkpoint = alloc.checkpoint();
  const gcCounts = gc.gens.map((g) => g.count);
  const wasCollecting = gc.collecting;
  gc.collecting = true;
  let error: string | null;
  try {
    error = compileAndRun(globals, builtins, source, module, use);
  } finally {
    gc.collecting = wasCollecting;
  }
  if (alloc.ownedBlocksMatch(checkpoint)) {
    alloc.restore(checkpoint);
    gcCounts.forEach((c, i) => (gc.gens[i].count = c));
  } else {
    note?.(NOT_RESTORED_NOTE);
  }
  return error;
}

/** Compiles and runs EXPR, then releases everything it made; returns the error line or null. */
function compileAndRun(globals: PyDict, builtins: PyDict, source: string, module: A.Module, use: (value: PyObject) => void): string | null {
  let ci: ReturnType<Compiler['compileModule']>;
  try {
    const scope = resolveModule(module, FILENAME, source);
    const consts = new ConstTable(false);
    const c = new Compiler(FILENAME, source.split('\n'), consts);
    c.displayHook = (v) => use(v);
    ci = c.compileModule(module, scope, true);
    // Compile-time warnings are not shown: the inspector reports on the value only.
    consts.releaseTable();
  } catch (e) {
    if (e instanceof PyRaise) return oneLine(e.exc);
    throw e;
  }

  const outer = ts.frame;
  const f = new Frame(ci, globals, builtins, globals, null, null);
  ts.frame = f;
  const handled = ts.handled.length;
  let error: string | null = null;
  recursion.depth++;
  try {
    ci.body(f);
  } catch (e0) {
    const pr = toPyRaise(e0);
    unwindTo(f.base);
    error = oneLine(pr.exc);
  } finally {
    recursion.depth--;
    ts.frame = outer;
    releaseFrame(f);
    while (ts.handled.length > handled) H.decref(ts.handled.pop()!);
    H.decref(ci.pycode!);
  }
  return error;
}

/** The last line of the exception's traceback ("NameError: name 'y' is not defined"); releases it. */
function oneLine(exc: PyObject): string {
  let text: string;
  try {
    text = formatException(exc);
  } catch {
    text = `${exc.type.name}: <unprintable exception>`;
  } finally {
    H.decref(exc);
  }
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 ? lines[lines.length - 1] : exc.type.name;
}

/** Whether the AST under `node` has a `:=` (a generic walk: nodes are plain objects). */
function hasNamedExpr(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  if ((node as { kind?: unknown }).kind === 'NamedExpr') return true;
  for (const v of Object.values(node as object)) {
    if (Array.isArray(v) ? v.some(hasNamedExpr) : typeof v === 'object' && hasNamedExpr(v)) return true;
  }
  return false;
}
