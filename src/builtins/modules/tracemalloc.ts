/**
 * The `tracemalloc` module (Modules/_tracemalloc.c and Lib/tracemalloc.py, 3.11), natively.
 *
 * Traces come from the simulated allocator (heap/tracer.ts): while tracing, every block
 * malloc/realloc hands out is recorded with its requested size and the source line of the
 * innermost running Python frame; a freed block drops its record. So a list of 1000 ints
 * built at line 5 shows at line 5 as the ints, the list header and its item array, exactly
 * the blocks CPython's tracemalloc sees there (free-list reuse included: a reused block is
 * not a new allocation).
 *
 * Only one frame per traceback is recorded (the default limit); start(nframe) accepts and
 * reports larger limits but the tracebacks stay one frame deep.
 *
 * Statistic, StatisticDiff, Traceback and Frame objects are small heap objects holding JS
 * data; their str() and ordering are Lib/tracemalloc.py's.
 */

import { H, PyObject, PyType } from '../../objects/object.js';
import { PyInt, newInt } from '../../objects/int.js';
import { newStrFresh, PyStr } from '../../objects/str.js';
import { newList } from '../../objects/list.js';
import { newTuple } from '../../objects/tuple.js';
import { newBool, newNone } from '../../objects/singletons.js';
import { IndexError, RuntimeError, TypeError, ValueError, raise } from '../../objects/exceptions.js';
import { argRange, bindArgs, defGetSet, defMethod } from '../../objects/methods.js';
import { staticBuiltin } from '../../objects/descr.js';
import { mkStaticType } from '../../objects/types/common.js';
import { objectType } from '../../objects/typeobjects.js';
import { index } from '../../objects/abstract.js';
import { PyModule, moduleSet, newModule } from '../../objects/module.js';
import { ts } from '../../interp/state.js';
import type { Allocator } from '../../heap/allocator.js';
import { TraceTable, attachTracer, detachTracer, setSiteSource, type Site } from '../../heap/tracer.js';

// The allocation site is the innermost running frame's current line. Installed once when
// this module is loaded (the module registry imports it at start-up), so heap/ never
// imports the interpreter; the REPL's :snapshot uses the same source.
setSiteSource((): Site => {
  const f = ts.frame;
  return f === null ? { file: '<unknown>', line: 0 } : { file: f.code.filename, line: f.pos.line };
});

/** The user-visible tracing state of one heap (allocator). */
interface State {
  table: TraceTable;
  tracing: boolean;
  nframe: number;
}
const states = new WeakMap<Allocator, State>();
function st(): State {
  let s = states.get(H.alloc);
  if (s === undefined) states.set(H.alloc, (s = { table: new TraceTable(), tracing: false, nframe: 1 }));
  return s;
}

// ------------------------------------------------------------------ formatting

/** printf's %.Nf: ties of the exact binary value round to even (JS toFixed rounds them up). */
function fixed(x: number, digits: number): string {
  const m = 10 ** digits;
  const a = Math.abs(x) * m;
  let n = Math.floor(a);
  const frac = a - n;
  if (frac > 0.5 || (frac === 0.5 && n % 2 === 1)) n++;
  const s = (n / m).toFixed(digits);
  return x < 0 ? '-' + s : s;
}

/** tracemalloc._format_size. */
export function formatSize(size: number, sign: boolean): string {
  for (const unit of ['B', 'KiB', 'MiB', 'GiB', 'TiB']) {
    if (Math.abs(size) < 100 && unit !== 'B') {
      const s = fixed(size, 1);
      return `${sign && !s.startsWith('-') ? '+' : ''}${s} ${unit}`;
    }
    if (Math.abs(size) < 10 * 1024 || unit === 'TiB') {
      const s = fixed(size, 0);
      return `${sign && !s.startsWith('-') ? '+' : ''}${s} ${unit}`;
    }
    size /= 1024;
  }
  return '';
}

/** One grouping key: (file, line), line 0 for 'filename'. */
interface Key {
  file: string;
  line: number;
}
interface Stat extends Key {
  size: number;
  count: number;
}
interface StatDiff extends Stat {
  sizeDiff: number;
  countDiff: number;
}

function cmpKey(a: Key, b: Key): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/** Statistic._sort_key reversed: size, count, traceback, descending. */
export function sortStats<T extends Stat>(v: T[]): T[] {
  return v.sort((a, b) => b.size - a.size || b.count - a.count || cmpKey(b, a));
}

/** StatisticDiff._sort_key reversed: |size diff|, size, |count diff|, count, traceback. */
export function sortDiffs<T extends StatDiff>(v: T[]): T[] {
  return v.sort((a, b) => Math.abs(b.sizeDiff) - Math.abs(a.sizeDiff) || b.size - a.size
    || Math.abs(b.countDiff) - Math.abs(a.countDiff) || b.count - a.count || cmpKey(b, a));
}

/** Snapshot.statistics's grouping of traces. */
export function groupTraces(traces: Iterable<{ size: number; file: string; line: number }>, byFile: boolean): Map<string, Stat> {
  const out = new Map<string, Stat>();
  for (const t of traces) {
    const line = byFile ? 0 : t.line;
    const k = `${t.file}\0${line}`;
    const s = out.get(k);
    if (s === undefined) out.set(k, { file: t.file, line, size: t.size, count: 1 });
    else {
      s.size += t.size;
      s.count++;
    }
  }
  return out;
}

/** Snapshot.compare_to on grouped statistics. */
export function diffStats(now: Map<string, Stat>, old: Map<string, Stat>): StatDiff[] {
  const out: StatDiff[] = [];
  for (const [k, s] of now) {
    const o = old.get(k);
    out.push({ ...s, sizeDiff: s.size - (o?.size ?? 0), countDiff: s.count - (o?.count ?? 0) });
  }
  for (const [k, o] of old) {
    if (!now.has(k)) out.push({ file: o.file, line: o.line, size: 0, count: 0, sizeDiff: -o.size, countDiff: -o.count });
  }
  return sortDiffs(out);
}

export function statText(s: Stat): string {
  let t = `${s.file}:${s.line}: size=${formatSize(s.size, false)}, count=${s.count}`;
  if (s.count) t += `, average=${formatSize(s.size / s.count, false)}`;
  return t;
}

export function diffText(s: StatDiff): string {
  let t = `${s.file}:${s.line}: size=${formatSize(s.size, false)} (${formatSize(s.sizeDiff, true)}), `
    + `count=${s.count} (${s.countDiff >= 0 ? '+' : ''}${s.countDiff})`;
  if (s.count) t += `, average=${formatSize(s.size / s.count, false)}`;
  return t;
}

// ------------------------------------------------------------------ the Python types

function mkType(name: string, basicsize: number): PyType {
  const t = mkStaticType(name, basicsize, true, objectType);
  t.module = 'tracemalloc';
  return t;
}
const frameType = mkType('Frame', 16);
const tracebackType = mkType('Traceback', 24);
const statisticType = mkType('Statistic', 24);
const statisticDiffType = mkType('StatisticDiff', 40);
const snapshotType = mkType('Snapshot', 16);

class PyTmFrame extends PyObject {
  constructor(readonly key: Key) {
    super(frameType);
  }
}
class PyTmTraceback extends PyObject {
  constructor(readonly key: Key) {
    super(tracebackType);
  }
}
class PyTmStat extends PyObject {
  constructor(t: PyType, readonly stat: Stat | StatDiff) {
    super(t);
  }
}
class PyTmSnapshot extends PyObject {
  constructor(readonly traces: { size: number; file: string; line: number }[], readonly limit: number) {
    super(snapshotType);
  }
}

function alloc<T extends PyObject>(o: T): T {
  H.allocate(o, o.type.presize + o.type.basicsize, o.type.presize);
  return o;
}

function as<T>(o: PyObject, cls: abstract new (...a: never[]) => T, what: string): T {
  if (!(o instanceof cls)) throw raise(TypeError, `descriptor requires a '${what}' object but received '${o.type.name}'`);
  return o as T;
}

const frameRepr = (k: Key): string => `<Frame filename='${k.file}' lineno=${k.line}>`;
const tbRepr = (k: Key): string => `<Traceback (${frameRepr(k)},)>`;

let ready = false;
function initTypes(): void {
  if (ready) return;
  ready = true;
  defGetSet(frameType, 'filename', (o) => newStrFresh(as(o, PyTmFrame, 'Frame').key.file));
  defGetSet(frameType, 'lineno', (o) => newInt(as(o, PyTmFrame, 'Frame').key.line));
  defMethod(frameType, '__str__', (o) => newStrFresh(`${as(o, PyTmFrame, 'Frame').key.file}:${(o as PyTmFrame).key.line}`));
  defMethod(frameType, '__repr__', (o) => newStrFresh(frameRepr(as(o, PyTmFrame, 'Frame').key)));

  const tb = (o: PyObject): Key => as(o, PyTmTraceback, 'Traceback').key;
  defMethod(tracebackType, '__str__', (o) => newStrFresh(`${tb(o).file}:${tb(o).line}`));
  defMethod(tracebackType, '__repr__', (o) => newStrFresh(tbRepr(tb(o))));
  defMethod(tracebackType, '__len__', () => newInt(1));
  defMethod(tracebackType, '__getitem__', (o, args) => {
    argRange('__getitem__', args, null, 1, 1);
    const i = Number(index(args[0]));
    if (i !== 0 && i !== -1) throw raise(IndexError, 'tuple index out of range');
    return alloc(new PyTmFrame(tb(o)));
  });
  defGetSet(tracebackType, 'total_nframe', () => newInt(1));

  for (const t of [statisticType, statisticDiffType]) {
    const s = (o: PyObject): StatDiff => as(o, PyTmStat, t.name).stat as StatDiff;
    defGetSet(t, 'size', (o) => newInt(s(o).size));
    defGetSet(t, 'count', (o) => newInt(s(o).count));
    defGetSet(t, 'traceback', (o) => alloc(new PyTmTraceback({ file: s(o).file, line: s(o).line })));
    if (t === statisticDiffType) {
      defGetSet(t, 'size_diff', (o) => newInt(s(o).sizeDiff));
      defGetSet(t, 'count_diff', (o) => newInt(s(o).countDiff));
      defMethod(t, '__str__', (o) => newStrFresh(diffText(s(o))));
      defMethod(t, '__repr__', (o) => {
        const v = s(o);
        return newStrFresh(`<StatisticDiff traceback=${tbRepr(v)} size=${v.size} (${v.sizeDiff >= 0 ? '+' : ''}${v.sizeDiff}) count=${v.count} (${v.countDiff >= 0 ? '+' : ''}${v.countDiff})>`);
      });
    } else {
      defMethod(t, '__str__', (o) => newStrFresh(statText(s(o))));
      defMethod(t, '__repr__', (o) => {
        const v = s(o);
        return newStrFresh(`<Statistic traceback=${tbRepr(v)} size=${v.size} count=${v.count}>`);
      });
    }
  }

  const snap = (o: PyObject): PyTmSnapshot => as(o, PyTmSnapshot, 'Snapshot');
  const keyType = (fname: string, v: PyObject | undefined): boolean => {
    if (v === undefined) throw raise(TypeError, `${fname}() missing required argument 'key_type'`);
    const k = v instanceof PyStr ? v.v : '';
    if (k === 'filename') return true;
    if (k === 'lineno' || k === 'traceback') return false;
    throw raise(ValueError, `unknown key_type: ${k === '' ? '?' : `'${k}'`}`);
  };
  const statList = <T extends Stat>(t: PyType, v: T[]): PyObject => newList(v.map((x) => alloc(new PyTmStat(t, x))));
  defMethod(snapshotType, 'statistics', (o, args, kw) => {
    const [k] = bindArgs('statistics', args, kw, ['key_type', 'cumulative'], 1);
    const byFile = keyType('statistics', k);
    return statList(statisticType, sortStats([...groupTraces(snap(o).traces, byFile).values()]));
  });
  defMethod(snapshotType, 'compare_to', (o, args, kw) => {
    const [old, k] = bindArgs('compare_to', args, kw, ['old_snapshot', 'key_type', 'cumulative'], 2);
    const byFile = keyType('compare_to', k);
    const prev = snap(old!);
    return statList(statisticDiffType, diffStats(groupTraces(snap(o).traces, byFile), groupTraces(prev.traces, byFile)));
  });
  defGetSet(snapshotType, 'traceback_limit', (o) => newInt(snap(o).limit));
}

// ------------------------------------------------------------------ module functions

const functions: [string, (a: PyObject[], k: string[] | null) => PyObject][] = [
  ['start', (args, kw) => {
    const [n] = bindArgs('start', args, kw, ['nframe'], 0);
    let nframe = 1;
    if (n !== undefined) {
      if (!(n instanceof PyInt)) throw raise(TypeError, `'${n.type.name}' object cannot be interpreted as an integer`);
      nframe = Number(n.v);
      if (nframe < 1 || nframe > 65535) throw raise(ValueError, 'the number of frames must be in range [1; 65535]');
    }
    const s = st();
    s.nframe = nframe;
    if (!s.tracing) {
      s.tracing = true;
      attachTracer(H.alloc, s.table);
    }
    return newNone();
  }],
  ['stop', (args, kw) => {
    argRange('stop', args, kw, 0, 0);
    const s = st();
    if (s.tracing) {
      s.tracing = false;
      detachTracer(H.alloc, s.table);
    }
    s.table.clear();
    return newNone();
  }],
  ['is_tracing', (args, kw) => {
    argRange('is_tracing', args, kw, 0, 0);
    return newBool(st().tracing);
  }],
  ['get_traceback_limit', (args, kw) => {
    argRange('get_traceback_limit', args, kw, 0, 0);
    return newInt(st().nframe);
  }],
  ['get_traced_memory', (args, kw) => {
    argRange('get_traced_memory', args, kw, 0, 0);
    const s = st();
    const cur = s.tracing ? s.table.current : 0, peak = s.tracing ? s.table.peak : 0;
    return newTuple([newInt(cur), newInt(peak)]);
  }],
  ['reset_peak', (args, kw) => {
    argRange('reset_peak', args, kw, 0, 0);
    const s = st();
    if (s.tracing) s.table.peak = s.table.current;
    return newNone();
  }],
  ['clear_traces', (args, kw) => {
    argRange('clear_traces', args, kw, 0, 0);
    const s = st();
    if (s.tracing) s.table.clear();
    return newNone();
  }],
  ['get_tracemalloc_memory', (args, kw) => {
    argRange('get_tracemalloc_memory', args, kw, 0, 0);
    // An estimate of _tracemalloc's own tables: a hash-table entry (trace: size, domain,
    // traceback pointer) per live trace, plus the fixed tables.
    const s = st();
    return newInt(s.tracing ? 24 * 1024 + 48 * s.table.traces.size : 0);
  }],
  ['take_snapshot', (args, kw) => {
    argRange('take_snapshot', args, kw, 0, 0);
    const s = st();
    if (!s.tracing) throw raise(RuntimeError, 'the tracemalloc module must be tracing memory allocations to take a snapshot');
    // Copy the traces before allocating anything, as _tracemalloc._get_traces does.
    const traces = [...s.table.traces.values()].map((t) => ({ ...t }));
    return alloc(new PyTmSnapshot(traces, s.nframe));
  }],
];
const functionObjects = new Map<string, PyObject>();

/** A new `tracemalloc` module. */
export function createTracemallocModule(): PyModule {
  initTypes();
  const m = newModule('tracemalloc', undefined, 'Trace memory allocations (simulated heap).');
  m.builtin = true;
  for (const [n, f] of functions) {
    let o = functionObjects.get(n);
    if (o === undefined) {
      o = staticBuiltin(n, f, 'tracemalloc');
      functionObjects.set(n, o);
    }
    moduleSet(m, n, o);
  }
  for (const t of [frameType, tracebackType, statisticType, statisticDiffType, snapshotType]) moduleSet(m, t.name, t);
  return m;
}
