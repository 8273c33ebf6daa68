/** `:graph` on known heaps, in-process: the DOT names the objects and edges, marks the cycle; the SVG is well-formed. */

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/interp/session.js';
import { runInspect } from '../../../src/inspect/allocator-view.js';
import type { GraphView } from '../../../src/inspect/graph-types.js';
import { parseGraphArgs } from '../../../src/inspect/graph-types.js';
import { dotToSvg, graphToDot } from '../../../src/repl/render-graph.js';

function start() {
  const session = createSession({
    argv: [''], recursionLimit: 1000, maxHeap: 512 * 1024 * 1024,
    write: () => {}, readLine: () => null, interrupt: new Int32Array(1), check: false,
  });
  const run = (src: string): void => {
    for (const e of src.split('\n')) if (e !== '') session.runReplEntry(e + '\n\n');
  };
  const graph = (arg: string): GraphView => {
    const r = runInspect(session.inspectAccess!(), 'graph', arg);
    if ('error' in r) throw new Error(r.error);
    return r as GraphView;
  };
  return { session, run, graph };
}

/** Nodes (id → label) and edges (from, to, attributes) of DOT text, by simple regexes. */
function parseDot(dot: string) {
  const nodes = new Map<string, { label: string; attrs: string }>();
  const edges: { from: string; to: string; attrs: string }[] = [];
  for (const line of dot.split('\n')) {
    const e = /^\s+(\w+) -> (\w+)(?: \[(.*)\])?;$/.exec(line);
    if (e !== null) {
      edges.push({ from: e[1], to: e[2], attrs: e[3] ?? '' });
      continue;
    }
    const n = /^\s+(\w+) \[label="((?:[^"\\]|\\.)*)"(.*)\];$/.exec(line);
    if (n !== null) nodes.set(n[1], { label: n[2], attrs: n[3] });
  }
  return { nodes, edges };
}

const RED = /color="#d32f2f"/;

describe(':graph', () => {
  it('draws both lists of a two-list cycle, edges named both ways, the cycle in red', () => {
    const s = start();
    s.run('a = [1]\nb = [a]\na.append(b)');
    const v = s.graph('a');
    const dot = graphToDot(v);
    expect(dot).toMatch(/^\/\/ :graph a depth=2/);
    expect(dot).toMatch(/digraph memsnake \{/);
    const { nodes, edges } = parseDot(dot);
    const lists = [...nodes].filter(([, n]) => n.label.startsWith('list\\n'));
    expect(lists).toHaveLength(2);
    const [a] = lists.find(([, n]) => /fillcolor="#ffd54f"/.test(n.attrs))!;
    const [b] = lists.find(([id]) => id !== a)!;
    expect(nodes.get(a)!.label).toMatch(/^list\\nlen=2\\n0x[0-9a-f]+\\nrc 2, \d+ B$/);
    const ab = edges.find((e) => e.from === a && e.to === b)!;
    const ba = edges.find((e) => e.from === b && e.to === a)!;
    expect(ab.attrs).toMatch(/label="list\[1\]"/);
    expect(ba.attrs).toMatch(/label="list\[0\]"/);
    expect(ab.attrs).toMatch(RED);
    expect(ba.attrs).toMatch(RED);
    expect(nodes.get(a)!.attrs).toMatch(RED);
    expect(nodes.get(b)!.attrs).toMatch(RED);
    // The globals hold both: named, not on the cycle.
    const g = edges.find((e) => e.to === a && /globals\['a'\]/.test(e.attrs))!;
    expect(g.attrs).not.toMatch(RED);
    // The int 1 is a referent, static, off the cycle.
    const one = [...nodes].find(([, n]) => n.label.startsWith('int\\n1\\n'))!;
    expect(one[1].label).toMatch(/static, rc/);
    expect(edges.find((e) => e.from === a && e.to === one[0])!.attrs).toMatch(/label="list\[0\]"/);
  });

  it('changes no refcount and honours depth', () => {
    const s = start();
    s.run('a = [1]\nb = [a]\na.append(b)');
    const rc = () => { let r = -1; s.session.inspectAccess!().evaluate('a', (v) => (r = v.rc)); return r; };
    const before = rc();
    const shallow = s.graph('a depth=0');
    expect(shallow.nodes.filter((n) => n.kind === 'object')).toHaveLength(1);
    s.graph('b depth=3');
    expect(rc()).toBe(before);
  });

  it('parses depth and FILE, refuses bad ones in one line', () => {
    expect(parseGraphArgs('x.y out.svg depth=3')).toEqual({ expr: 'x.y', depth: 3, file: 'out.svg', format: 'svg' });
    expect(parseGraphArgs('a if b else c')).toEqual({ expr: 'a if b else c', depth: 2, file: null, format: null });
    expect(parseGraphArgs('x out.png')).toEqual({ error: expect.stringMatching(/\.dot or \.svg/) });
    expect(parseGraphArgs('x depth=99')).toEqual({ error: expect.stringMatching(/depth/) });
    expect(parseGraphArgs('')).toHaveProperty('error');
  });

  it('renders an SVG that is well-formed and names the nodes', async () => {
    const s = start();
    s.run('a = [1]\nb = [a]\na.append(b)');
    const svg = await dotToSvg(graphToDot(s.graph('a')));
    expect(svg).toMatch(/^(<\?xml|<svg)/);
    expect(svg).toMatch(/<\/svg>\s*$/);
    expect(svg).toContain('len=2');
    expect(svg).toContain('list[1]');
    // Well-formed enough: every opened element is closed.
    const open = (svg.match(/<(g|text|title)\b/g) ?? []).length;
    const close = (svg.match(/<\/(g|text|title)>/g) ?? []).length;
    expect(open).toBe(close);
  }, 30000);
});
