/**
 * The order `__main__`'s objects die in at interpreter exit (Py_FinalizeEx, 3.11).
 *
 * What CPython does (Python/pylifecycle.c): after atexit, Py_FinalizeEx runs a full
 * collection (garbage cycles die first), then finalize_modules: builtins._ and sys.last_*
 * are set to None (finalize_modules_delete_special), every module in sys.modules is
 * replaced by None and sys.modules cleared, and a collection runs again. `__main__`'s
 * module object dies with its sys.modules entry, but its dict does not: the functions
 * and classes defined there hold it as their globals, and it holds them — so the whole
 * namespace is one cyclic garbage structure, and it is that second collection that kills
 * it. Only when a module survives it (something outside still refers to it) does
 * _PyModule_ClearDict wipe its dict (underscore names first, then the rest).
 *
 * So the order of `__del__` calls at exit is the collector's: finalize_garbage calls
 * every finalizer in the order of the collector's unreachable list, with the namespace
 * still intact (a `__del__` can read any global), and only then are the objects cleared
 * (tp_clear, a dict's values in insertion order) and freed. That list is the collector's
 * generation list, i.e. the order objects were tracked (created, or for a dict its first
 * non-atomic insertion), as rearranged by the full collection that ran just before:
 * move_unreachable walks the list, provisionally sets aside each object not yet known to
 * be reachable, and when a reachable object's traversal finds a set-aside one it moves it
 * to the tail. An object created *before* the container that holds it (`[D(1), D(2)]`,
 * `{'k': D()}`, `d = {}; d['k'] = D()`) is therefore moved behind everything else, in its
 * container's traversal order — a list's or tuple's items last to first, a dict's values
 * in insertion order — while a global, or an attribute or item added after its holder was
 * created, keeps its place. Python 3.11 shows exactly that:
 *
 *     a = D('a'); lst = [D('l1'), D('l2')]; o = D('o'); o.c = D('c'); b = D('b')
 *     # at exit: del a, del o, del c, del b, del l2, del l1
 *
 * memsnake has no cyclic collector yet, so this module runs those two collections over
 * just the objects reachable from `__main__`'s dict: the order is the collector's as long
 * as the program stays below the threshold of an automatic collection (700 allocations
 * in generation 0 reorder objects in CPython too), and garbage cycles that were already
 * unreachable before exit (the first collection's work) are left to the collector.
 */

import type { HeapObject } from '../heap/heap.js';
import { H, PyObject, PyType } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PySet } from '../objects/set.js';
import { PyCell } from '../objects/function.js';
import { PyStr } from '../objects/str.js';
import { None } from '../objects/singletons.js';
import { InstanceAttrs } from '../objects/instance.js';
import { PyFrameObject } from './frame.js';
import { unraisableState } from './unraisable.js';

/** A tp_finalize not run yet: a user class's __del__ (PEP 442's FINALIZED bit unset). */
function hasPendingFinalizer(o: PyObject): boolean {
  const t = o.type;
  return t.heaptype && t.hasDel && !o.finalized && t.callDel !== null;
}

/** On the collector's list: a live GC object that was tracked (static objects never are). */
function tracked(h: HeapObject): h is PyObject {
  const o = h as PyObject;
  return o.gcSeq !== 0 && o.rc > 0 && o.type !== undefined && o.type.gc;
}

/** Every tracked object reachable from `root` through tracked objects, root included. */
function reachableFrom(root: PyObject): PyObject[] {
  const seen = new Set<PyObject>([root]);
  const stack: PyObject[] = [root];
  while (stack.length > 0) {
    stack.pop()!.traverse((c) => {
      if (tracked(c) && !seen.has(c)) {
        seen.add(c);
        stack.push(c);
      }
    });
  }
  return [...seen];
}

/** update_refs + subtract_refs: references from outside the set, per object. */
function externalRefs(objs: PyObject[]): Map<PyObject, number> {
  const refs = new Map<PyObject, number>();
  for (const o of objs) refs.set(o, o.rc);
  for (const o of objs) {
    o.traverse((c) => {
      const r = refs.get(c as PyObject);
      if (r !== undefined) refs.set(c as PyObject, r - 1);
    });
  }
  return refs;
}

const PENDING = 0, REACHABLE = 1, SET_ASIDE = 2;

/**
 * move_unreachable over `list` (in list order) with `refs` from externalRefs (consumed).
 * Returns the reachable objects in their new list order and the unreachable ones in
 * the order of the collector's unreachable list.
 */
function moveUnreachable(list: PyObject[], refs: Map<PyObject, number>): [PyObject[], PyObject[]] {
  const state = new Map<PyObject, number>();
  for (const o of list) state.set(o, PENDING);
  const young = list.slice();
  const reachable: PyObject[] = [];
  const setAside: PyObject[] = [];
  for (let i = 0; i < young.length; i++) {
    const o = young[i];
    if (state.get(o) !== PENDING) continue;
    if (refs.get(o)! > 0) {
      state.set(o, REACHABLE);
      reachable.push(o);
      // visit_reachable
      o.traverse((h) => {
        const c = h as PyObject;
        const st = state.get(c);
        if (st === SET_ASIDE) {
          state.set(c, PENDING);
          refs.set(c, 1);
          young.push(c);
        } else if (st === PENDING && refs.get(c)! <= 0) {
          refs.set(c, 1);
        }
      });
    } else {
      state.set(o, SET_ASIDE);
      setAside.push(o);
    }
  }
  return [reachable, setAside.filter((o) => state.get(o) === SET_ASIDE)];
}

/**
 * tp_clear of the types whose clear breaks the cycles a namespace makes (a dict's values
 * in insertion order, a list's items last to first, an instance's slots and attributes,
 * a set, a cell, a frame object's locals). Each leaves the object valid and empty, so its
 * dealloc later finds nothing more to release. A type is only told its dict changes
 * (PyType_Modified, so no method cache points into a cleared dict); its dict is cleared
 * as a dict of its own. The rest (tuples, functions, methods...) waits for the collector.
 */
function clearObject(o: PyObject): void {
  if (o instanceof PyType) {
    if (o.heaptype) o.modified();
    return;
  }
  if (o.attrs instanceof InstanceAttrs) o.attrs.release(H);
  if (o instanceof PyDict) o.clear();
  else if (o instanceof PyList || o instanceof PySet || o instanceof PyCell || o instanceof PyFrameObject) o.clearContents(H);
}

/**
 * The collection of finalize_modules for `__main__`'s namespace. `root` is the module's
 * dict (borrowed); `rootRefs` of its references stand for the module object and
 * sys.modules, which are gone at this point (the session keeps holding the dict itself,
 * cleared).
 */
export function collectMainAtExit(root: PyDict, rootRefs: number): void {
  // sys.modules is empty from here on (finalize_remove_modules, finalize_clear_modules_dict);
  // the flag is module state, so it is put back for a later session in the same thread.
  unraisableState.sourceLines = false;
  try {
    collect(root, rootRefs);
  } finally {
    unraisableState.sourceLines = true;
  }
}

function collect(root: PyDict, rootRefs: number): void {
  let list = reachableFrom(root).sort((a, b) => a.gcSeq - b.gcSeq);
  // Only the order of finalizers is observable here, so without any the walks that
  // produce it are skipped (a big namespace costs three passes less).
  const finalizers = list.some(hasPendingFinalizer);
  // The full collection at the start of Py_FinalizeEx: nothing here is garbage yet, but
  // walking the list reorders it.
  if (finalizers) list = moveUnreachable(list, externalRefs(list))[0];
  // finalize_modules' collection: the module no longer refers to its dict.
  const refs = externalRefs(list);
  refs.set(root, refs.get(root)! - rootRefs);
  let [, doomed] = moveUnreachable(list, refs);

  if (finalizers) {
    // finalize_garbage: every finalizer first, in list order, with everything intact. A
    // finalizer may free objects (then they are skipped) or create new references.
    for (const o of doomed) {
      if (o.rc > 0 && hasPendingFinalizer(o)) {
        o.finalized = true;
        o.rc++;
        o.type.callDel!(o);
        H.decref(o);
      }
    }
    // handle_resurrected_objects: whatever a finalizer made reachable again survives.
    const alive = doomed.filter((o) => o.rc > 0);
    const refs2 = externalRefs(alive);
    if (refs2.has(root)) refs2.set(root, refs2.get(root)! - rootRefs);
    doomed = moveUnreachable(alive, refs2)[1];
  }

  // delete_garbage: clear each object still alive; the counts do the rest.
  for (const o of doomed) {
    if (o.rc <= 0) continue;
    o.rc++;
    clearObject(o);
    H.decref(o);
  }

  // A namespace that outlived the collection (something outside still refers to it) is
  // wiped as finalize_modules_clear_weaklist does: _PyModule_ClearDict.
  if (!doomed.includes(root)) clearModuleDict(root);
}

/**
 * _PyModule_ClearDict: names starting with a single underscore are set to None first,
 * then every other name except __builtins__, each in dict order; each store releases the
 * old value at once.
 */
export function clearModuleDict(d: PyDict): void {
  const pass = (pick: (name: string) => boolean): void => {
    for (let i = 0; i < d.ks.length; i++) {
      const k = d.ks[i], v = d.vs[i];
      if (!(k instanceof PyStr) || v === null || v === None || !pick(k.v)) continue;
      d.set(k, None);
    }
  };
  pass((n) => n[0] === '_' && n[1] !== '_');
  pass((n) => n !== '__builtins__');
}
