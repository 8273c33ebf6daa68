/**
 * The collector's intrusive, circular, doubly linked lists (Modules/gcmodule.c's
 * PyGC_Head lists). Every tracked object is linked into exactly one list — a generation,
 * the permanent generation, or a collection's temporary `unreachable` list — through its
 * own `gcPrev`/`gcNext` fields, so tracking, untracking and moving an object are O(1) and
 * nothing is allocated per object. An untracked object has both links null.
 *
 * A list is a sentinel `GcHead` whose links point at itself when empty. This module knows
 * no Python type; the heap (heap/heap.ts) and the collector (gc/collect.ts) share it.
 */

/** What a list links: an object's GC header, or a list's sentinel. */
export interface GcLink {
  gcPrev: GcLink | null;
  gcNext: GcLink | null;
}

/** A list sentinel. Invariant: `gcNext`/`gcPrev` are never null (empty: both are `this`). */
export class GcHead implements GcLink {
  gcPrev: GcLink;
  gcNext: GcLink;
  constructor() {
    this.gcPrev = this;
    this.gcNext = this;
  }

  isEmpty(): boolean {
    return this.gcNext === this;
  }

  /** gc_list_size: walks the list (CPython does too; only debugging output asks). */
  size(): number {
    let n = 0;
    for (let g = this.gcNext; g !== this; g = g.gcNext!) n++;
    return n;
  }
}

/** gc_list_append: links `o` (not on any list) at the tail of `head`. */
export function listAppend(o: GcLink, head: GcHead): void {
  const last = head.gcPrev;
  o.gcPrev = last;
  o.gcNext = head;
  last.gcNext = o;
  head.gcPrev = o;
}

/** gc_list_remove: unlinks `o` from whatever list holds it; its links become null. */
export function listRemove(o: GcLink): void {
  const p = o.gcPrev!, n = o.gcNext!;
  p.gcNext = n;
  n.gcPrev = p;
  o.gcPrev = null;
  o.gcNext = null;
}

/** gc_list_move: moves `o` from its list to the tail of `head`. */
export function listMove(o: GcLink, head: GcHead): void {
  const p = o.gcPrev!, n = o.gcNext!;
  p.gcNext = n;
  n.gcPrev = p;
  const last = head.gcPrev;
  o.gcPrev = last;
  o.gcNext = head;
  last.gcNext = o;
  head.gcPrev = o;
}

/** gc_list_merge: appends all of `from` to the tail of `to`; `from` becomes empty. */
export function listMerge(from: GcHead, to: GcHead): void {
  if (from.isEmpty()) return;
  const tail = to.gcPrev;
  tail.gcNext = from.gcNext;
  from.gcNext.gcPrev = tail;
  to.gcPrev = from.gcPrev;
  from.gcPrev.gcNext = to;
  from.gcNext = from;
  from.gcPrev = from;
}

/**
 * Moves the run of consecutive members `first` .. `last` (in that order on one list) to
 * the tail of `head`, keeping their order: the same result as gc_list_move of each in
 * turn, with only the run's two ends relinked.
 */
export function listMoveRun(first: GcLink, last: GcLink, head: GcHead): void {
  const p = first.gcPrev!, n = last.gcNext!;
  p.gcNext = n;
  n.gcPrev = p;
  const tail = head.gcPrev;
  first.gcPrev = tail;
  tail.gcNext = first;
  last.gcNext = head;
  head.gcPrev = last;
}
