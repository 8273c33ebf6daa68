/**
 * `:graph EXPR [depth=N] [FILE.dot|FILE.svg]`: the plain data the worker builds
 * (inspect/graph-view.ts) and the main thread turns into Graphviz DOT (repl/render-graph.ts).
 * Structured-clone and JSON safe. The argument parser lives here, not in graph-view.ts,
 * because both threads need it and the main thread must not load the object model.
 */

/** How far `:graph` walks when no depth is given (objgraph's show_refs default is 3; 2 stays readable). */
export const GRAPH_DEFAULT_DEPTH = 2;
export const GRAPH_MAX_DEPTH = 10;
/** Objects drawn at most; the rest are counted in `GraphView.omitted`. */
export const GRAPH_MAX_NODES = 80;

export interface GraphNode {
  /** DOT node id ("n0"...). */
  id: string;
  /** 'object' (heap or static object) or 'root' (a reference the interpreter holds). */
  kind: 'object' | 'root';
  /** For objects: the type name; for roots: the root's label. */
  type: string;
  /** Short description that runs no Python code (len=3, 'text', <function f>...). */
  desc: string;
  addr: number;
  refcnt: number;
  /** sys.getsizeof, or null where it would run Python code (a class's own __sizeof__) or fails. */
  size: number | null;
  static: boolean;
  /** The inspected object. */
  target: boolean;
  /** On a reference cycle among the drawn objects. */
  cycle: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** Named as :refs names it: list[3], dict['k'], .attr, globals['x']. */
  label: string;
  /** How many references the holder has to the object (one edge is drawn). */
  count: number;
  /** Both ends on the same cycle among the drawn objects. */
  cycle: boolean;
}

/** `:graph EXPR`. */
export interface GraphView {
  command: 'graph';
  expr: string;
  depth: number;
  type: string;
  addr: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Objects within the depth that were not drawn (GRAPH_MAX_NODES). */
  omitted: number;
  note?: string;
}

export interface GraphArgs {
  expr: string;
  depth: number;
  /** FILE as typed (relative to the cwd), or null to print the DOT. */
  file: string | null;
  format: 'dot' | 'svg' | null;
}

/** Extensions that name a file (so `:graph x out.png` says which ones work, not SyntaxError). */
const FILE_LIKE = /\.(dot|gv|svg|png|pdf|jpe?g|gif|txt|html?|json|ps|eps|xdot)$/i;

/**
 * Splits `EXPR [depth=N] [FILE]` (options in either order, after EXPR). A last word is a
 * FILE when it ends in a file extension: EXPR may itself contain spaces and dots
 * (`a.b if c else d`), so only names that look like files are taken.
 */
export function parseGraphArgs(arg: string): GraphArgs | { error: string } {
  let rest = arg.trim();
  let depth: number | null = null;
  let file: string | null = null;
  for (let i = 0; i < 2; i++) {
    const m = /^(.*?)\s+(\S+)$/s.exec(rest);
    if (m === null) break;
    const word = m[2];
    const d = /^depth=(.*)$/.exec(word);
    if (d !== null && depth === null) {
      if (!/^\d+$/.test(d[1]) || Number(d[1]) > GRAPH_MAX_DEPTH) return { error: `depth must be a whole number from 0 to ${GRAPH_MAX_DEPTH}, not '${d[1]}'` };
      depth = Number(d[1]);
    } else if (file === null && FILE_LIKE.test(word)) {
      file = word;
    } else break;
    rest = m[1].trim();
  }
  if (rest === '' || /^depth=/.test(rest)) return { error: 'needs an expression, e.g. :graph x   or   :graph x depth=3 x.svg' };
  let format: GraphArgs['format'] = null;
  if (file !== null) {
    const ext = /\.(\w+)$/.exec(file)![1].toLowerCase();
    if (ext !== 'dot' && ext !== 'svg') return { error: `cannot write '.${ext}' files: FILE must end in .dot or .svg` };
    format = ext;
  }
  return { expr: rest, depth: depth ?? GRAPH_DEFAULT_DEPTH, file, format };
}
