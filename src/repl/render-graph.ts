/**
 * `:graph EXPR [depth=N] [FILE.dot|FILE.svg]`, main thread: the worker's GraphView
 * (inspect/graph-view.ts) as Graphviz DOT, printed or written to FILE; an SVG is rendered
 * in-process by @viz-js/viz (Graphviz compiled to WebAssembly), so no system Graphviz is
 * needed. That package is imported only when an SVG is asked for: loading and compiling
 * its WebAssembly costs far more than memsnake's whole start-up.
 */

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphNode, GraphView } from '../inspect/graph-types.js';
import { parseGraphArgs } from '../inspect/graph-types.js';
import { isInspectError } from '../inspect/types.js';
import type { MetaContext, MetaOutcome } from './meta-commands.js';
import { hex, styler } from './render-format.js';

const CYCLE = '#d32f2f';
const TARGET = '#ffd54f';

/** A DOT double-quoted string; `\n` between lines is DOT's centred line break. */
function quote(lines: string[]): string {
  const esc = (s: string): string => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\u0000-\u001f\u007f]/g, '?');
  return `"${lines.map(esc).join('\\n')}"`;
}

function nodeLine(n: GraphNode): string {
  if (n.kind === 'root') return `  ${n.id} [label=${quote([n.type])}, shape=note, style=filled, fillcolor="#e8f5e9", color="#2e7d32", fontcolor="#2e7d32"];`;
  const lines = [n.type];
  if (n.desc !== '') lines.push(n.desc);
  lines.push(hex(n.addr));
  const size = n.size === null ? 'size ?' : `${n.size} B`;
  lines.push(n.static ? `static, rc ${n.refcnt}` : `rc ${n.refcnt}, ${size}`);
  const attrs = [`label=${quote(lines)}`];
  if (n.target) attrs.push(`fillcolor="${TARGET}"`, 'penwidth=3', 'style="rounded,filled,bold"');
  else if (n.cycle) attrs.push('fillcolor="#ffebee"');
  else if (n.static) attrs.push('fillcolor="#eeeeee"', 'style="rounded,filled,dashed"');
  if (n.cycle) attrs.push(`color="${CYCLE}"`);
  if (n.cycle && !n.target) attrs.push('penwidth=2');
  return `  ${n.id} [${attrs.join(', ')}];`;
}

/** The DOT text of a graph; comments head it with what the colours mean. */
export function graphToDot(v: GraphView): string {
  const objects = v.nodes.filter((n) => n.kind === 'object').length;
  const out = [
    `// :graph ${v.expr} depth=${v.depth}: ${v.type} at ${hex(v.addr)}, ${objects} object${objects === 1 ? '' : 's'}, ${v.edges.length} reference${v.edges.length === 1 ? '' : 's'}`,
    `// gold: the inspected object; red: on a reference cycle; green notes: the interpreter's own references (roots)`,
  ];
  if (v.note !== undefined) out.push(`// note: ${v.note.replace(/\n/g, ' ')}`);
  out.push(
    'digraph memsnake {',
    '  rankdir=LR;',
    '  node [shape=box, style="rounded,filled", fillcolor="#f5f5f5", fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=9];',
  );
  for (const n of v.nodes) out.push(nodeLine(n));
  if (v.omitted > 0) out.push(`  omitted [label=${quote([`... ${v.omitted} more object${v.omitted === 1 ? '' : 's'} within depth ${v.depth} not drawn`])}, shape=plaintext];`);
  for (const e of v.edges) {
    const label = e.label !== '' ? e.label : e.count > 1 ? `x${e.count}` : '';
    const attrs: string[] = [];
    if (label !== '') attrs.push(`label=${quote([label])}`);
    if (e.cycle) attrs.push(`color="${CYCLE}"`, `fontcolor="${CYCLE}"`, 'penwidth=2');
    out.push(`  ${e.from} -> ${e.to}${attrs.length > 0 ? ` [${attrs.join(', ')}]` : ''};`);
  }
  out.push('}');
  return out.join('\n');
}

/** DOT to SVG with Graphviz as WebAssembly; the package is loaded on first use only. */
export async function dotToSvg(dot: string): Promise<string> {
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  return viz.renderString(dot, { format: 'svg' });
}

function fsReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

/** Runs `:graph ARGS`: prints the DOT, or writes FILE (relative to the cwd). */
export async function runGraphCommand(args: string, context: MetaContext): Promise<MetaOutcome> {
  const done: MetaOutcome = { kind: 'continue' };
  const fail = (message: string): MetaOutcome => {
    if (context.json) context.print(JSON.stringify({ command: 'graph', error: message }));
    else context.printError(styler(context.color).red(`:graph: ${message}`));
    return done;
  };
  // Bad FILE or depth is refused before anything is evaluated.
  const parsed = parseGraphArgs(args);
  if ('error' in parsed) return fail(parsed.error);
  if (context.inspect === undefined) return fail('no interpreter to inspect');
  const r = await context.inspect('graph', args);
  if (isInspectError(r)) return fail(r.error);
  if (r.command !== 'graph') return fail('unexpected reply from the interpreter');
  const dot = graphToDot(r);
  if (parsed.file === null) {
    if (context.json) context.print(JSON.stringify({ ...r, dot }));
    else for (const line of dot.split('\n')) context.print(line);
    return done;
  }
  let text = dot + '\n';
  if (parsed.format === 'svg') {
    try {
      text = await dotToSvg(dot);
    } catch (e) {
      return fail(`could not render the SVG: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
    }
  }
  try {
    await writeFile(path.resolve(process.cwd(), parsed.file), text);
  } catch (e) {
    return fail(`cannot write ${parsed.file}: ${fsReason(e)}`);
  }
  const objects = r.nodes.filter((n) => n.kind === 'object').length;
  if (context.json) context.print(JSON.stringify({ command: 'graph', expr: r.expr, depth: r.depth, file: parsed.file, format: parsed.format, objects, references: r.edges.length }));
  else context.print(`wrote ${parsed.file}: ${objects} object${objects === 1 ? '' : 's'}, ${r.edges.length} reference${r.edges.length === 1 ? '' : 's'} (depth ${r.depth})`);
  return done;
}
