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
 *   - the allocator's picture (Allocator.snapshot(): which blocks are used, pools, arenas):
 *     the temporaries of the evaluation are all freed again;
 *   - the order in which blocks are handed out next, as far as the temporaries died in the
 *     reverse order of their birth (names, displays, calls, attribute and item reads):
 *     their blocks go back on the pools' free lists and the type free lists, both stacks.
 *     Temporaries that die out of order (`x + [4]`: the [4] dies before the sum) leave the
 *     type free lists permuted; those are put back in their old order here (take and
 *     park, when the lists hold the same blocks as before). A pool's own free list can
 *     stay permuted the same way (`str(n) * 3`): restoring it needs a checkpoint the
 *     allocator does not offer yet, so the next ids can differ after such an EXPR.
 * What it cannot undo: side effects EXPR itself has (a call that appends to a list, prints
 * or assigns). An assignment expression (`:=`) is refused for that reason.
 */

import type { Heap } from '../heap/heap.js';
import type { FreeList } from '../heap/freelists.js';
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
   */
  evaluate(source: string, use: (value: PyObject) => void): string | null;
}

const FILENAME = '<inspect>';

export function evaluateReadOnly(globals: PyDict, builtins: PyDict, source: string, use: (value: PyObject) => void): string | null {
  let module: A.Module;
  try {
    module = parseInteractive(source, FILENAME);
  } catch (e) {
    if (e instanceof ParseError) return `${e.info.type}: ${e.info.msg}`;
    throw e;
  }
  if (module.body.length !== 1 || module.body[0].kind !== 'Expr') return 'expected one expression';
  if (hasNamedExpr(module.body[0])) return 'an assignment expression (:=) would change the session; inspect a name instead';

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

  const freeLists = H.alloc.freeLists.all();
  const parked = freeLists.map((l) => [...l.blocks]);
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
    freeLists.forEach((l, i) => restoreOrder(l, parked[i]));
  }
  return error;
}

/**
 * Puts a type free list's entries back in their order before the evaluation, when it
 * holds the same blocks (only the order of parking changed); otherwise leaves it.
 */
function restoreOrder(list: FreeList, before: number[]): void {
  const now = list.blocks;
  if (now.length !== before.length || now.every((b, i) => b === before[i])) return;
  const same = new Set(before);
  if (!now.every((b) => same.has(b))) return;
  while (list.take() !== 0);
  for (const b of before) list.park(b);
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
