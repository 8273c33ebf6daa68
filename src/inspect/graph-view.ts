/**
 * `:graph EXPR [depth=N]`, worker side: the reference graph around an object in both
 * directions, like objgraph's show_refs (what it references) and show_backrefs (what
 * references it) drawn together, as plain data (inspect/graph-types.ts); the main thread
 * writes the DOT (repl/render-graph.ts).
 *
 * The objects come from the same walk as `:refs` (refs-view.ts buildGraph: the labelled
 * roots, the collector's lists, the static types), so referrers are found without a
 * live-object set; the interpreter's own references (globals, frame locals...) appear as
 * root nodes with their labels. The walk stops at module namespaces, modules and static
 * types (as objgraph stops at modules): past them every graph would become the whole
 * program. Cycles are found among the drawn objects (strongly connected components), so
 * a cycle longer than the depth shows only as far as it is drawn.
 *
 * Read-only: EXPR is evaluated through InspectAccess.evaluate and the object is looked at
 * once the evaluation is undone (its count is the session's own). sys.getsizeof runs
 * builtin __sizeof__ only (a class's own would run Python code), inside an allocator
 * checkpoint, so the int results it allocates leave no trace.
 */

import type { HeapObject } from '../heap/heap.js';
import { PyObject, PyRaise, PyType, isStaticAddr } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyMethodDescr } from '../objects/descr.js';
import { typeLookup } from '../objects/typeobject.js';
import { getSizeOf } from '../builtins/modules/sys.js';
import type { InspectAccess } from '../interp/inspect-eval.js';
import type { InspectRoot } from '../interp/inspect-roots.js';
import { buildGraph, children, edgeNames, shortDesc, type ObjectGraph } from './refs-view.js';
import { GRAPH_MAX_NODES, parseGraphArgs, type GraphEdge, type GraphNode, type GraphView } from './graph-types.js';
import type { InspectError } from './types.js';

function typeName(h: HeapObject): string {
  return (h as PyObject).type?.name ?? '?';
}

/** Where the walk does not go on (see the file comment); the inspected object always does. */
function isBoundary(h: HeapObject, namespaces: Set<PyObject>): boolean {
  return isStaticAddr(h.addr) || (h instanceof PyType && !h.heaptype) || h instanceof PyModule || namespaces.has(h as PyObject);
}

/** An edge's name as :refs gives it: list[3], dict['k'], globals['x'], .next. */
function edgeLabel(holder: HeapObject, name: string, graph: ObjectGraph): string {
  const n = name.trim();
  if (!n.startsWith('[')) return n;
  const ns = graph.namespaceOf.get(holder);
  if (ns === 'main') return `globals${n}`;
  if (ns === 'builtins') return `builtins${n}`;
  return `${typeName(holder)}${n}`;
}

/** sys.getsizeof where it runs no Python code; null otherwise. */
function sizesOf(access: InspectAccess, objects: HeapObject[]): (number | null)[] {
  const alloc = access.heap.alloc;
  const cp = alloc.checkpoint();
  const out = objects.map((h) => {
    const o = h as PyObject;
    if (o.type === undefined || !(typeLookup(o.type, '__sizeof__') instanceof PyMethodDescr)) return null;
    try {
      return getSizeOf(o);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      access.heap.decref(e.exc);
      return null;
    }
  });
  // The results were freed again: put the free lists back in their order (inspect-eval.ts).
  if (alloc.ownedBlocksMatch(cp)) alloc.restore(cp);
  return out;
}

/** Tarjan's strongly connected components: the ids of nodes on a cycle. */
function cycleNodes(ids: string[], edges: GraphEdge[]): Set<string> {
  const next = new Map<string, string[]>(ids.map((id) => [id, []]));
  const self = new Set<string>();
  for (const e of edges) {
    next.get(e.from)?.push(e.to);
    if (e.from === e.to) self.add(e.from);
  }
  const index = new Map<string, number>(), low = new Map<string, number>();
  const stack: string[] = [], onStack = new Set<string>();
  const out = new Set<string>(self);
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) for (const c of comp) out.add(c);
    }
  };
  // Recursion is bounded by GRAPH_MAX_NODES.
  for (const id of ids) if (!index.has(id)) visit(id);
  return out;
}

export function graphView(access: InspectAccess, arg: string): GraphView | InspectError {
  const args = parseGraphArgs(arg);
  if ('error' in args) return { command: 'graph', error: args.error };
  let value: PyObject | null = null;
  let note: string | null = null;
  const error = access.evaluate(args.expr, (v) => (value = v), (t) => (note = t));
  if (error !== null) return { command: 'graph', error };
  if (value === null) return { command: 'graph', error: 'the expression produced no value' };
  const o: PyObject = value;
  if (o.rc <= 0) return { command: 'graph', error: `${args.expr}'s value was a temporary: nothing holds it, so there is no graph (name an object the session keeps)` };

  const graph = buildGraph(access);
  const namespaces = access.namespaces();
  // Referrers: reverse edges over every object found, and the roots by object.
  const holders = new Map<HeapObject, HeapObject[]>();
  for (const h of graph.objects) {
    children(h, (c) => {
      const l = holders.get(c);
      if (l === undefined) holders.set(c, [h]);
      else if (l[l.length - 1] !== h) l.push(h);
    });
  }
  const rootsOf = new Map<HeapObject, Map<string, InspectRoot>>();
  for (const r of graph.roots) {
    const m = rootsOf.get(r.obj) ?? new Map<string, InspectRoot>();
    m.set(r.label, r);
    rootsOf.set(r.obj, m);
  }

  const ids = new Map<HeapObject, string>();
  const drawn: HeapObject[] = [];
  const rootNodes = new Map<string, { id: string; root: InspectRoot; to: Set<HeapObject> }>();
  const missed = new Set<HeapObject>();
  const full = (): boolean => drawn.length + rootNodes.size >= GRAPH_MAX_NODES;
  const take = (h: HeapObject): boolean => {
    if (ids.has(h)) return true;
    if (full()) {
      missed.add(h);
      return false;
    }
    ids.set(h, `n${drawn.length}`);
    drawn.push(h);
    return true;
  };
  take(o);

  // Referents, breadth first (show_refs).
  let frontier: HeapObject[] = [o];
  const seenForward = new Set<HeapObject>([o]);
  for (let d = 0; d < args.depth; d++) {
    const next: HeapObject[] = [];
    for (const h of frontier) {
      if (h !== o && isBoundary(h, namespaces)) continue;
      children(h, (c) => {
        if (seenForward.has(c)) return;
        seenForward.add(c);
        if (take(c)) next.push(c);
      });
    }
    frontier = next;
  }
  // Referrers, breadth first (show_backrefs); the interpreter's references as root nodes.
  frontier = [o];
  const seenBack = new Set<HeapObject>([o]);
  for (let d = 0; d < args.depth; d++) {
    const next: HeapObject[] = [];
    for (const h of frontier) {
      for (const r of rootsOf.get(h)?.values() ?? []) {
        let node = rootNodes.get(r.label);
        if (node === undefined) {
          if (full()) continue;
          node = { id: `r${rootNodes.size}`, root: r, to: new Set() };
          rootNodes.set(r.label, node);
        }
        node.to.add(h);
      }
      if (h !== o && isBoundary(h, namespaces)) continue;
      for (const x of holders.get(h) ?? []) {
        if (seenBack.has(x)) continue;
        seenBack.add(x);
        if (take(x)) next.push(x);
      }
    }
    frontier = next;
  }

  // Every reference between drawn objects, one edge per holder and object.
  const edges: GraphEdge[] = [];
  for (const h of drawn) {
    const counts = new Map<HeapObject, number>();
    children(h, (c) => {
      if (ids.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
    });
    for (const [c, count] of counts) {
      const names = edgeNames(h, c, graph).map((n) => edgeLabel(h, n, graph));
      const label = names.length > 3 ? `${names.slice(0, 3).join(', ')}, ...` : names.join(', ');
      edges.push({ from: ids.get(h)!, to: ids.get(c)!, label, count, cycle: false });
    }
  }
  for (const r of rootNodes.values()) {
    for (const h of r.to) edges.push({ from: r.id, to: ids.get(h)!, label: '', count: 1, cycle: false });
  }

  const onCycle = cycleNodes(drawn.map((h) => ids.get(h)!), edges);
  // An edge is on a cycle when a path leads back from its head to its tail: both ends in one
  // component. Components are not kept, so check reachability within the cycle nodes.
  const next = new Map<string, string[]>();
  for (const e of edges) if (onCycle.has(e.from) && onCycle.has(e.to)) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>([from]);
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
      if (queue[i] === to) return true;
      for (const n of next.get(queue[i]) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    return false;
  };
  for (const e of edges) e.cycle = onCycle.has(e.from) && onCycle.has(e.to) && reaches(e.to, e.from);

  const sizes = sizesOf(access, drawn);
  const nodes: GraphNode[] = drawn.map((h, i) => ({
    id: ids.get(h)!,
    kind: 'object',
    type: typeName(h),
    desc: graph.namespaceOf.get(h) === 'main' ? "__main__'s globals" : graph.namespaceOf.get(h) === 'builtins' ? 'builtins' : shortDesc(h),
    addr: h.addr,
    refcnt: h.rc,
    size: sizes[i],
    static: isStaticAddr(h.addr),
    target: h === o,
    cycle: onCycle.has(ids.get(h)!),
  }));
  for (const r of rootNodes.values()) {
    nodes.push({ id: r.id, kind: 'root', type: r.root.label, desc: '', addr: 0, refcnt: 0, size: null, static: false, target: false, cycle: false });
  }
  const view: GraphView = {
    command: 'graph', expr: args.expr, depth: args.depth, type: o.type.name, addr: o.addr, nodes, edges, omitted: missed.size,
  };
  if (note !== null) view.note = note;
  return view;
}
