/**
 * The reference inspectors, worker side: `:refs EXPR` (who holds each reference to an
 * object) and `:why EXPR` (a shortest path from a root to it), as plain data
 * (inspect/refs-types.ts).
 *
 * The object graph. The heap only keeps a live-object set when asked (--stats, checking),
 * so these views build their own: everything reachable through traverse() from the
 * interpreter's roots (InspectAccess.roots) and from every object on the collector's lists
 * (gc/list.ts: every tracked object, garbage cycles included), plus the static types'
 * namespaces. That needs no tracking in the allocation path and finds every holder that
 * can hold a counted reference: a holder is either reachable from a root or garbage, and
 * garbage that holds references is in or below a cycle of tracked objects.
 *
 * Read-only: EXPR is evaluated through InspectAccess.evaluate (which undoes the
 * evaluation); the object is looked at only once the evaluation is undone, so its count is
 * the session's own. Walking the graph allocates nothing on the simulated heap.
 */

import type { HeapObject } from '../heap/heap.js';
import type { GcHead } from '../gc/list.js';
import { PyObject, PyType, isStaticAddr } from '../objects/object.js';
import { objectType } from '../objects/typeobjects.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { PySet } from '../objects/set.js';
import { PyStr } from '../objects/str.js';
import { PyInt, smallInts } from '../objects/int.js';
import { PyFloat } from '../objects/float.js';
import { PyCell, PyCode, PyFunction } from '../objects/function.js';
import { PyModule } from '../objects/module.js';
import { InstanceAttrs } from '../objects/instance.js';
import type { InspectAccess } from '../interp/inspect-eval.js';
import type { InspectRoot } from '../interp/inspect-roots.js';
import type { Holder, RefsView, WhyView } from './refs-types.js';
import type { InspectError } from './types.js';

/** The graph the reference views walk (see the file comment). */
export interface ObjectGraph {
  /** Every object found (heap and static), in discovery order. */
  objects: HeapObject[];
  roots: InspectRoot[];
  /** Root namespace dicts: their entries read `global 'x'`, the REPL's `_`... */
  namespaceOf: Map<HeapObject, string>;
  /** Generation of each tracked object (0, 1, 2, 'permanent'). */
  generation: Map<HeapObject, number | 'permanent'>;
  /** Objects the collector's lists hold. */
  tracked: HeapObject[];
}

function listObjects(head: GcHead, out: HeapObject[]): void {
  for (let g = head.gcNext; g !== head; g = g.gcNext!) out.push(g as unknown as HeapObject);
}

/** Static types (their traverse visits nothing): walked through object's subclasses. */
function staticTypes(): PyType[] {
  const out: PyType[] = [objectType];
  const seen = new Set<PyType>(out);
  for (let i = 0; i < out.length; i++) {
    for (const t of out[i].subclasses) {
      if (!t.heaptype && !seen.has(t)) {
        seen.add(t);
        out.push(t);
      }
    }
  }
  return out;
}

/** What a holder visits: a static type's namespace and MRO, else its traverse. */
export function children(h: HeapObject, visit: (o: HeapObject) => void): void {
  if (h instanceof PyType && !h.heaptype) {
    if (h.dict) visit(h.dict);
    if (h.mroTuple) visit(h.mroTuple);
    if (h.basesTuple) visit(h.basesTuple);
    return;
  }
  // Other static objects (small ints, one-character strs, None...) hold nothing.
  if (isStaticAddr(h.addr)) return;
  h.traverse(visit);
}

export function buildGraph(access: InspectAccess): ObjectGraph {
  const gc = access.heap.gc;
  const generation = new Map<HeapObject, number | 'permanent'>();
  const tracked: HeapObject[] = [];
  gc.gens.forEach((g, i) => {
    const start = tracked.length;
    listObjects(g.head, tracked);
    for (let k = start; k < tracked.length; k++) generation.set(tracked[k], i);
  });
  const permStart = tracked.length;
  listObjects(gc.permanent, tracked);
  for (let k = permStart; k < tracked.length; k++) generation.set(tracked[k], 'permanent');
  const roots = access.roots?.(tracked) ?? [];
  const namespaceOf = new Map<HeapObject, string>();
  for (const r of roots) if (r.namespace !== undefined) namespaceOf.set(r.obj, r.namespace);

  const seen = new Set<HeapObject>();
  const objects: HeapObject[] = [];
  const add = (o: HeapObject): void => {
    if (seen.has(o)) return;
    seen.add(o);
    objects.push(o);
  };
  for (const r of roots) add(r.obj);
  for (const o of tracked) add(o);
  for (const t of staticTypes()) add(t);
  // Iterative: a million-node list must not overflow the JS stack.
  for (let i = 0; i < objects.length; i++) children(objects[i], add);
  if (access.heap.trackLive) for (const o of access.heap.live) add(o);
  return { objects, roots, namespaceOf, generation, tracked };
}

// ------------------------------------------------------------------ describing

export function hex(a: number): string {
  return '0x' + a.toString(16);
}

/** A short description that runs no Python code. */
export function shortDesc(h: HeapObject): string {
  const o = h as PyObject;
  if (o instanceof PyStr) return JSON.stringify(o.v.length > 30 ? o.v.slice(0, 27) + '...' : o.v).replace(/^"|"$/g, "'");
  if (o instanceof PyInt || o instanceof PyFloat) return String(o.v).slice(0, 30);
  if (o instanceof PyType) return `<class '${o.qualname}'>`;
  if (o instanceof PyFunction) return `<function ${o.qualname.v}>`;
  if (o instanceof PyCode) return `<code ${o.qualname}>`;
  if (o instanceof PyModule) return `<module '${o.name}'>`;
  if (o instanceof PyDict) return `len=${o.used}`;
  if (o instanceof PyList || o instanceof PyTuple) return `len=${o.items.length}`;
  return '';
}

function typeName(h: HeapObject): string {
  return (h as PyObject).type?.name ?? '?';
}

function at(h: HeapObject): string {
  return `${typeName(h)}@${hex(h.addr)}`;
}

function keyText(k: PyObject): string {
  if (k instanceof PyStr) return `'${k.v}'`;
  if (k instanceof PyInt || k instanceof PyFloat) return String(k.v);
  return at(k);
}

/** Own JS fields the generic labeller skips (links, not references). */
const NOT_REFS = new Set(['gcPrev', 'gcNext', 'weakrefs', 'owner']);

/**
 * The edges from `holder` to `target`, each named (`[3]`, `['k']`, `.next`): as many as
 * the holder's known layout shows; the caller pads with unnamed ones up to the count
 * traverse() reports.
 */
export function edgeNames(holder: HeapObject, target: HeapObject, graph: ObjectGraph): string[] {
  const out: string[] = [];
  const h = holder as PyObject;
  if (h instanceof PyList || h instanceof PyTuple) {
    h.items.forEach((v, i) => v === target && out.push(`[${i}]`));
  } else if (h instanceof PyDict) {
    for (let i = 0; i < h.ks.length; i++) {
      const k = h.ks[i];
      if (k === null) continue;
      if (k === target) out.push(`key ${keyText(k)}`);
      if (h.vs[i] === target) out.push(`[${keyText(k)}]`);
    }
  } else if (h instanceof PySet) {
    for (const v of h.table) if (v === target) out.push('element');
  } else if (h instanceof PyCell) {
    if (h.ref === target) out.push('.cell_contents');
  } else if (h instanceof PyCode) {
    for (const c of h.consts) if (c === target) out.push('constant');
  }
  if (h.attrs instanceof InstanceAttrs) {
    const a = h.attrs;
    if (a.dict === target) out.push('.__dict__');
    else if (a.dict === null) a.values.forEach((v, i) => v === target && out.push(`.${a.owner.sharedKeys[i] ?? i}`));
    a.slots?.forEach((v, i) => v === target && out.push(`.${a.owner.slotNames[i] ?? i}`));
  }
  if (out.length === 0 && !(h instanceof PyList || h instanceof PyTuple || h instanceof PyDict || h instanceof PySet)) {
    // Other layouts (functions, methods, generators, frames...): the JS field that holds it.
    for (const [name, v] of Object.entries(h)) {
      if (NOT_REFS.has(name)) continue;
      if (v === target) out.push(name === 'type' ? '.__class__' : `.${name}`);
      else if (Array.isArray(v)) v.forEach((x, i) => x === target && out.push(`.${name}[${i}]`));
      else if (v !== null && typeof v === 'object' && name === 'frame' && Array.isArray((v as { fast?: unknown }).fast)) {
        // A generator's frame: its locals, by name.
        const f = v as { fast: unknown[]; code: { slotNames: string[] } };
        f.fast.forEach((x, i) => x === target && out.push(` local '${f.code.slotNames[i] ?? i}'`));
      }
    }
  }
  void graph;
  return out;
}

/** How many counted references `holder` has to `target` (its traverse visits). */
function refsFrom(holder: HeapObject, target: HeapObject): number {
  let n = 0;
  children(holder, (o) => {
    if (o === target) n++;
  });
  return n;
}

/** The function whose closure holds `cell` (through its closure tuple), if any. */
function closureOwner(cell: HeapObject, graph: ObjectGraph): PyFunction | null {
  for (const o of graph.objects) {
    if (o instanceof PyFunction && o.closure !== null && o.closure.items.includes(cell as PyObject)) return o;
  }
  return null;
}

/** The label of a holder's edge for `:refs` ("dict@0x.. ['k']", "global 'x'"). */
function holderLabel(holder: HeapObject, edge: string, graph: ObjectGraph): string {
  const ns = graph.namespaceOf.get(holder);
  const m = /^\[(.*)\]$/.exec(edge);
  if (ns !== undefined && m !== null) {
    if (ns === 'main') return `global ${m[1]}`;
    if (ns === 'builtins') return m[1] === "'_'" ? "the REPL's _ (builtins._)" : `builtin ${m[1]}`;
  }
  if (holder instanceof PyDict) {
    // A module's namespace.
    for (const o of graph.objects) if (o instanceof PyModule && o.dict === holder) return `global ${m?.[1] ?? edge} of module ${o.name}`;
  }
  if (holder instanceof PyCell) {
    const f = closureOwner(holder, graph);
    return `cell@${hex(holder.addr)}${f !== null ? ` of closure ${f.qualname.v}` : ''}`;
  }
  if (holder instanceof PyCode) return `constant of code object ${holder.qualname}`;
  if (holder instanceof PyType && !holder.heaptype) return `type ${holder.qualname}`;
  return `${at(holder)} ${edge}`;
}

/** The holders of `target` (roots, then objects), with their counts. */
export function holdersOf(target: HeapObject, graph: ObjectGraph): Holder[] {
  const out: Holder[] = [];
  const byRoot = new Map<string, number>();
  for (const r of graph.roots) if (r.obj === target) byRoot.set(r.label, (byRoot.get(r.label) ?? 0) + 1);
  for (const [label, count] of byRoot) out.push({ kind: 'root', label, count });
  for (const o of graph.objects) {
    const n = refsFrom(o, target);
    if (n === 0) continue;
    const names = edgeNames(o, target, graph);
    const counted: Map<string, number> = new Map();
    for (let i = 0; i < n; i++) {
      const label = i < names.length ? holderLabel(o, names[i], graph) : `${at(o)} (unnamed reference)`;
      counted.set(label, (counted.get(label) ?? 0) + 1);
    }
    for (const [label, count] of counted) out.push({ kind: 'object', label, count, addr: o.addr });
  }
  return out;
}

// ------------------------------------------------------------------ :refs / :why

/**
 * Evaluates EXPR read-only and hands its value to `use` once the evaluation is undone
 * (so counts are the session's own); a value nothing else held is then dead: rc 0.
 */
function withValue<T>(access: InspectAccess, command: 'refs' | 'why', expr: string, use: (o: PyObject, note: string | null) => T): T | InspectError {
  if (expr === '') return { command, error: `:${command} needs an expression, e.g. :${command} x` };
  let value: PyObject | null = null;
  let note: string | null = null;
  const error = access.evaluate(expr, (v) => (value = v), (t) => (note = t));
  if (error !== null) return { command, error };
  if (value === null) return { command, error: 'the expression produced no value' };
  return use(value, note);
}

export function refsView(access: InspectAccess, expr: string): RefsView | InspectError {
  return withValue(access, 'refs', expr, (o, note) => {
    const isStatic = isStaticAddr(o.addr);
    const base = { command: 'refs' as const, expr, type: o.type.name, addr: o.addr, static: isStatic };
    if (o.rc <= 0) {
      return { ...base, refcnt: 0, holders: [], unattributed: 0, note: "EXPR's value was a temporary: nothing else held it, and it is gone again" };
    }
    const graph = buildGraph(access);
    const holders = holdersOf(o, graph);
    if (isStatic && smallInts.includes(o as PyInt)) holders.push({ kind: 'root', label: 'small-int cache (static)', count: 1 });
    const attributed = holders.reduce((n, h) => n + h.count, 0);
    const view: RefsView = { ...base, refcnt: o.rc, holders, unattributed: isStatic ? 0 : o.rc - attributed };
    if (isStatic) view.note = 'statically allocated: its count is a large immortal-like count, not the sum of its holders';
    else if (view.unattributed !== 0) view.note = `${view.unattributed} reference(s) not attributed to a known holder`;
    if (note !== null) view.note = (view.note ? view.note + '; ' : '') + note;
    return view;
  });
}

interface Step {
  from: HeapObject | null;
  root?: InspectRoot;
}

/** "dict['k']", "Node.parent", "list[0]": a path step, from the holder's side. */
function stepText(holder: HeapObject, child: HeapObject, graph: ObjectGraph): string {
  const edge = edgeNames(holder, child, graph)[0] ?? ' (unnamed reference)';
  const ns = graph.namespaceOf.get(holder);
  const t = ns === 'main' ? 'globals' : ns === 'builtins' ? 'builtins' : typeName(holder);
  if (holder instanceof PyCode) return `code ${holder.qualname} constant`;
  return `${t}${edge.startsWith('.') || edge.startsWith('[') ? '' : ' '}${edge}`;
}

export function whyView(access: InspectAccess, expr: string): WhyView | InspectError {
  return withValue(access, 'why', expr, (o, note) => {
    const base = { command: 'why' as const, expr, type: o.type.name, addr: o.addr };
    const withNote = (v: WhyView): WhyView => (note !== null ? { ...v, note } : v);
    if (o.rc <= 0) return withNote({ ...base, status: 'temporary', path: [], note: "EXPR's value was a temporary: nothing holds it" });
    const graph = buildGraph(access);
    // Breadth first from the roots: the first time the object is seen is a shortest path.
    const parent = new Map<HeapObject, Step>();
    const queue: HeapObject[] = [];
    for (const r of graph.roots) {
      if (parent.has(r.obj)) continue;
      parent.set(r.obj, { from: null, root: r });
      queue.push(r.obj);
    }
    for (let i = 0; i < queue.length; i++) {
      const h = queue[i];
      if (h === o) break;
      children(h, (c) => {
        if (parent.has(c)) return;
        parent.set(c, { from: h });
        queue.push(c);
      });
    }
    if (parent.has(o)) {
      const chain: HeapObject[] = [];
      for (let c: HeapObject | null = o; c !== null; c = parent.get(c)!.from) chain.push(c);
      chain.reverse();
      const root = parent.get(chain[0])!.root!;
      const path = [root.label];
      for (let i = 0; i + 1 < chain.length; i++) path.push(stepText(chain[i], chain[i + 1], graph));
      path.push(`${at(o)} ${shortDesc(o)}`.trimEnd());
      return withNote({ ...base, status: 'rooted', path });
    }
    if (isStaticAddr(o.addr)) {
      return withNote({ ...base, status: 'static', path: ['statically allocated: the interpreter keeps it for its whole life'] });
    }
    return withNote({ ...base, status: 'garbage', ...garbagePath(o, graph) });
  });
}

/**
 * Unreachable from every root: garbage awaiting collection. Finds the nearest holder (the
 * object itself first) that is on a reference cycle, the path from it down to the object,
 * and that cycle.
 */
function garbagePath(o: HeapObject, graph: ObjectGraph): { path: string[]; cycle?: string[] } {
  // Reverse edges, only among objects (roots reach nothing here).
  const holders = new Map<HeapObject, HeapObject[]>();
  for (const h of graph.objects) {
    children(h, (c) => {
      const l = holders.get(c);
      if (l === undefined) holders.set(c, [h]);
      else if (!l.includes(h)) l.push(h);
    });
  }
  const down = new Map<HeapObject, HeapObject | null>([[o, null]]);
  const queue: HeapObject[] = [o];
  for (let i = 0; i < queue.length; i++) {
    const x = queue[i];
    const cycle = cycleThrough(x, graph);
    if (cycle !== null) {
      const path: string[] = [];
      for (let c: HeapObject = x; down.get(c) !== null; c = down.get(c)!) path.push(stepText(c, down.get(c)!, graph));
      path.push(`${at(o)} ${shortDesc(o)}`.trimEnd());
      return { path, cycle };
    }
    for (const h of holders.get(x) ?? []) {
      if (down.has(h)) continue;
      down.set(h, x);
      queue.push(h);
    }
  }
  return { path: [`${at(o)} ${shortDesc(o)}`.trimEnd()] };
}

/** A shortest cycle through `start` as steps (`Node.next`...), or null. */
function cycleThrough(start: HeapObject, graph: ObjectGraph): string[] | null {
  const parent = new Map<HeapObject, HeapObject>();
  const queue: HeapObject[] = [start];
  for (let i = 0; i < queue.length; i++) {
    const h = queue[i];
    let closed = false;
    children(h, (c) => {
      if (closed) return;
      if (c === start) {
        closed = true;
        parent.set(start, h);
        return;
      }
      if (parent.has(c) || isStaticAddr(c.addr) || c instanceof PyType) return;
      parent.set(c, h);
      queue.push(c);
    });
    if (closed) {
      const chain: HeapObject[] = [start];
      for (let c = parent.get(start)!; c !== start; c = parent.get(c)!) chain.push(c);
      chain.push(start);
      // chain runs backwards (start, its holder, ...): flip to follow the references.
      chain.reverse();
      const steps: string[] = [];
      for (let k = 0; k + 1 < chain.length; k++) steps.push(`${at(chain[k])} ${edgeNames(chain[k], chain[k + 1], graph)[0] ?? '(unnamed)'}`);
      steps.push(`${at(start)} (back to the start)`);
      return steps;
    }
  }
  return null;
}
