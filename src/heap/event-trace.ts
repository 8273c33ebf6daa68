/**
 * Live heap events for `:trace` and `--trace`: alloc, free, decref, incref and gc, each on
 * one line with the object, its new count and the source line running at that moment.
 *
 * The heap calls in through `Heap.events`, which is null unless tracing: decref (the
 * hottest function of the interpreter), allocate, freeBlock and the free-list paths each
 * pay one null check when off. The heap knows no Python type, so what an object is called
 * (`describe`), whether it is static (`isStatic`) and the current line (tracer.ts's site
 * source, the one tracemalloc uses) come from the layer that starts the tracer
 * (inspect/trace-view.ts).
 *
 * Increments are inline `o.rc++` in hundreds of places, so they cannot be hooked. When
 * `incref` is asked for, the tracer keeps the last count it saw for each object it
 * reported; when a later event shows that the count had grown in between, an `incref` line
 * (`rc a -> b`) is printed first, at the line where the growth was noticed.
 *
 * The tracer never reports the events its own printing causes: `busy` is set while a line
 * is built and written, and every hook returns at once while it is.
 */

import { currentSite } from './tracer.js';
import type { HeapObject } from './heap.js';

export type TraceKind = 'alloc' | 'free' | 'incref' | 'decref' | 'gc';
export const TRACE_KINDS: readonly TraceKind[] = ['alloc', 'free', 'incref', 'decref', 'gc'];

export interface EventTraceOptions {
  kinds: ReadonlySet<TraceKind>;
  /** Also report statically allocated objects (small ints, interned strs, builtin types). */
  statics: boolean;
  /** Writes one finished line (with its newline). */
  write(line: string): void;
  /** `type@0xaddr`, and a short description that runs no Python code (may be ''). */
  name(o: HeapObject): string;
  describe(o: HeapObject): string;
  isStatic(o: HeapObject): boolean;
}

export class EventTracer {
  private readonly alloc: boolean;
  private readonly free: boolean;
  private readonly dec: boolean;
  private readonly inc: boolean;
  readonly gc: boolean;
  /** Set while a line is built and written: what that does is not traced. */
  private busy = false;
  /** Last count seen per reported object (only when incref lines are derived). */
  private readonly lastRc = new Map<HeapObject, number>();

  constructor(private readonly opts: EventTraceOptions) {
    this.alloc = opts.kinds.has('alloc');
    this.free = opts.kinds.has('free');
    this.dec = opts.kinds.has('decref');
    this.inc = opts.kinds.has('incref');
    this.gc = opts.kinds.has('gc');
  }

  private wanted(o: HeapObject): boolean {
    return !this.busy && (this.opts.statics || !this.opts.isStatic(o));
  }

  private site(): string {
    const s = currentSite();
    // No Python frame runs while the program is compiled or the interpreter shuts down.
    return s.line === 0 ? '(no frame)' : `${s.file}:${s.line}`;
  }

  private emit(event: string, o: HeapObject, detail: string): void {
    this.busy = true;
    try {
      let desc = '';
      try {
        desc = this.opts.describe(o);
      } catch {
        // A half-built object (alloc runs before its fields are set): no description.
      }
      const what = this.opts.name(o) + (desc !== '' ? ' ' + desc : '');
      this.opts.write(`${event.padEnd(6)} ${what}  ${detail}  ${this.site()}\n`);
    } finally {
      this.busy = false;
    }
  }

  /** Prints an incref line when `o`'s count before this event is above the last one seen. */
  private increments(o: HeapObject, before: number): void {
    const last = this.lastRc.get(o);
    if (last !== undefined && before > last) this.emit('incref', o, `rc ${last} -> ${before}`);
  }

  onAlloc(o: HeapObject, size: number, fromFreeList: boolean): void {
    if (!(this.alloc || this.inc) || !this.wanted(o)) return;
    if (this.alloc) this.emit('alloc', o, `rc=${o.rc} ${fromFreeList ? 'from free list' : size + ' bytes'}`);
    if (this.inc) this.lastRc.set(o, o.rc);
  }

  onFree(o: HeapObject, toFreeList: boolean): void {
    if (this.inc) this.lastRc.delete(o);
    if (!this.free || !this.wanted(o)) return;
    // The object's contents are already released here: name and address only.
    this.busy = true;
    try {
      this.opts.write(`${'free'.padEnd(6)} ${this.opts.name(o)}  rc=${o.rc}${toFreeList ? ' to free list' : ''}  ${this.site()}\n`);
    } finally {
      this.busy = false;
    }
  }

  /** After the decrement: `o.rc` is the new count. */
  onDecref(o: HeapObject): void {
    if (!(this.dec || this.inc) || !this.wanted(o)) return;
    if (this.inc) {
      this.increments(o, o.rc + 1);
      if (o.rc === 0) this.lastRc.delete(o);
      else this.lastRc.set(o, o.rc);
    }
    if (this.dec) this.emit('decref', o, `rc=${o.rc}`);
  }

  /** A collection starts (generation, objects examined) or ends (collected, uncollectable). */
  onGcStart(generation: number, examined: number): void {
    if (!this.gc || this.busy) return;
    this.line(`gc     start generation ${generation}: ${examined} objects examined  ${this.site()}\n`);
  }

  onGcDone(collected: number, uncollectable: number): void {
    if (!this.gc || this.busy) return;
    this.line(`gc     end: ${collected} collected, ${uncollectable} uncollectable  ${this.site()}\n`);
  }

  private line(text: string): void {
    this.busy = true;
    try {
      this.opts.write(text);
    } finally {
      this.busy = false;
    }
  }
}

/** Parses `alloc,free` (commas or spaces; '' or `all` is every kind; `static` adds statics). */
export function parseTraceKinds(text: string): { kinds: Set<TraceKind>; statics: boolean } | string {
  const words = text.split(/[\s,]+/).filter((w) => w !== '');
  const kinds = new Set<TraceKind>();
  let statics = false;
  for (const w of words) {
    if (w === 'all') for (const k of TRACE_KINDS) kinds.add(k);
    else if (w === 'static') statics = true;
    else if ((TRACE_KINDS as readonly string[]).includes(w)) kinds.add(w as TraceKind);
    else return `unknown event kind '${w}' (kinds: ${TRACE_KINDS.join(', ')}, static, all)`;
  }
  if (kinds.size === 0) for (const k of TRACE_KINDS) kinds.add(k);
  return { kinds, statics };
}
