/**
 * tracemalloc's view of the allocator (Modules/_tracemalloc.c): every block handed out by
 * malloc/realloc while a table is attached is recorded with its REQUESTED size and the
 * Python source line running at that moment; a freed block drops its record. Free-list
 * parking is not a free (the block stays in use), so a reused float keeps the trace of the
 * line that first allocated it, as in CPython.
 *
 * The heap knows no interpreter: the current line comes from `siteSource`, a callback the
 * interpreter side installs (builtins/modules/tracemalloc.ts). Several tables may be
 * attached at once (the `tracemalloc` module and the REPL's `:snapshot`); the allocator
 * pays one null check per call when none is.
 */

/** Where an allocation happened: the innermost Python frame's file and line. */
export interface Site {
  readonly file: string;
  readonly line: number;
}

/** One live traced block. */
export interface Trace {
  size: number;
  file: string;
  line: number;
}

export const UNKNOWN_SITE: Site = { file: '<unknown>', line: 0 };

let siteSource: () => Site = () => UNKNOWN_SITE;

/** Installs the callback that names the running source line (called by the interpreter side). */
export function setSiteSource(f: () => Site): void {
  siteSource = f;
}

/** The running source line, as tracemalloc records it (the `:trace` events use it too). */
export function currentSite(): Site {
  return siteSource();
}

/** The hooks the allocator calls (Allocator.tracer). */
export interface AllocTracer {
  onMalloc(block: number, size: number): void;
  onFree(block: number): void;
}

/** Live traces of one consumer, with current and peak traced bytes. */
export class TraceTable implements AllocTracer {
  readonly traces = new Map<number, Trace>();
  current = 0;
  peak = 0;

  onMalloc(block: number, size: number): void {
    // A realloc in place re-records the block: the old size leaves first (idempotent, so the
    // allocator may report a moved realloc both as malloc+free and as a realloc).
    const old = this.traces.get(block);
    if (old !== undefined) this.current -= old.size;
    const s = siteSource();
    this.traces.set(block, { size, file: s.file, line: s.line });
    this.current += size;
    if (this.current > this.peak) this.peak = this.current;
  }

  onFree(block: number): void {
    const old = this.traces.get(block);
    if (old === undefined) return;
    this.current -= old.size;
    this.traces.delete(block);
  }

  clear(): void {
    this.traces.clear();
    this.current = 0;
    this.peak = 0;
  }
}

/** Fans the allocator's calls out to every attached table. */
class Fanout implements AllocTracer {
  constructor(readonly tables: TraceTable[]) {}
  onMalloc(block: number, size: number): void {
    for (const t of this.tables) t.onMalloc(block, size);
  }
  onFree(block: number): void {
    for (const t of this.tables) t.onFree(block);
  }
}

/** What Allocator exposes for tracing (kept structural so this file imports nothing). */
export interface Traceable {
  tracer: AllocTracer | null;
}

function tablesOf(a: Traceable): TraceTable[] {
  const t = a.tracer;
  if (t === null) return [];
  if (t instanceof Fanout) return t.tables.slice();
  return [t as TraceTable];
}

/** Starts recording into `t` (nothing when it is already attached). */
export function attachTracer(a: Traceable, t: TraceTable): void {
  const ts = tablesOf(a);
  if (ts.includes(t)) return;
  ts.push(t);
  a.tracer = ts.length === 1 ? ts[0] : new Fanout(ts);
}

/** Stops recording into `t`. */
export function detachTracer(a: Traceable, t: TraceTable): void {
  const ts = tablesOf(a).filter((x) => x !== t);
  a.tracer = ts.length === 0 ? null : ts.length === 1 ? ts[0] : new Fanout(ts);
}
