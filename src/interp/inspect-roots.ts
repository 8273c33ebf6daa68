/**
 * The interpreter's roots as the reference inspectors (`:refs`, `:why`, inspect/refs-view.ts)
 * see them: the same references check-roots.ts counts, each with a label for people, so
 * the inspectors never import the evaluator. Reads only.
 */

import type { HeapObject } from '../heap/heap.js';
import type { PyObject } from '../objects/object.js';
import { VS, type Frame } from './frame.js';
import { ts } from './state.js';
import { ConstTable } from './consts.js';
import { PyGenerator } from './generator.js';

/** One counted reference the interpreter holds outside the heap's objects. */
export interface InspectRoot {
  obj: HeapObject;
  /** Who holds it, for `:refs` ("local 'n' in f() (frame 2)"). */
  label: string;
  /** The first step of a `:why` path ("globals", "f() local 'n'"). */
  step: string;
  /** A namespace dict root: its entries are named `global 'x'` etc. */
  namespace?: 'main' | 'builtins' | string;
}

export interface SessionRootSet {
  mainDict: PyObject | null;
  builtins: PyObject;
  modules: Iterable<[string, PyObject]>;
}

/** Every root; `tracked` lists the collector's objects (to tell generator-owned frames). */
export function inspectRoots(s: SessionRootSet, tracked: Iterable<HeapObject>): InspectRoot[] {
  const out: InspectRoot[] = [];
  if (s.mainDict !== null) out.push({ obj: s.mainDict, label: "__main__'s globals (the session)", step: 'globals', namespace: 'main' });
  out.push({ obj: s.builtins, label: 'the builtins dict (the session)', step: 'builtins', namespace: 'builtins' });
  for (const [n, m] of s.modules) out.push({ obj: m, label: `sys.modules['${n}']`, step: `sys.modules['${n}']` });
  // A suspended or running generator's frame is held through its generator (gen_traverse).
  const owned = new Set<Frame>();
  for (const o of tracked) if (o instanceof PyGenerator && o.frame !== null) owned.add(o.frame);
  const frames: Frame[] = [];
  for (let f = ts.frame; f !== null; f = f.back) frames.push(f);
  frames.reverse();
  frames.forEach((f, depth) => {
    const where = `${f.code.qualname}() (frame ${depth + 1})`;
    if (f.retval !== null) out.push({ obj: f.retval, label: `return value of ${where}`, step: `${where} return value` });
    if (f.code.scope.kind === 'module' && f.code.pycode !== null) {
      out.push({ obj: f.code.pycode, label: `running module code ${where}`, step: `${where} code` });
    }
    if (owned.has(f)) return;
    f.fast.forEach((v, i) => {
      const name = f.code.slotNames[i] ?? String(i);
      if (v !== null) out.push({ obj: v, label: `local '${name}' in ${where}`, step: `${where} local '${name}'` });
    });
    if (f.frameObj !== null) out.push({ obj: f.frameObj, label: `frame object of ${where}`, step: `${where} frame object` });
  });
  VS.forEach((v, i) => out.push({ obj: v, label: `value stack [${i}]`, step: `value stack [${i}]` }));
  for (const t of ConstTable.withArena) t.arena.forEach((c) => out.push({ obj: c, label: 'the parser arena (script constants)', step: 'parser arena' }));
  ts.handled.forEach((e, i) => out.push({ obj: e, label: `exception being handled [${i}]`, step: `handled exception [${i}]` }));
  return out;
}
