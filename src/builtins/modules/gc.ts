/**
 * The `gc` module (Modules/gcmodule.c, 3.11): the user's handle on the cyclic collector
 * (gc/collect.ts). Behaviour and messages as cpython-memory-model.md §3.7 and python3
 * 3.11.7: collect, enable/disable/isenabled, get_count, get_threshold/set_threshold,
 * get_objects, get_referrers, get_referents, is_tracked, is_finalized,
 * freeze/unfreeze/get_freeze_count, get_stats, garbage, callbacks, set_debug/get_debug
 * and the DEBUG_* flags.
 *
 * gc.garbage and gc.callbacks are lists the module owns; the collector borrows them
 * (gcHooks) until shutdown drops its pointers.
 */

import type { HeapObject } from '../../heap/heap.js';
import { H, PyObject, PyType } from '../../objects/object.js';
import { newInt } from '../../objects/int.js';
import { newBool } from '../../objects/singletons.js';
import { newNone, None } from '../../objects/singletons.js';
import { newTuple } from '../../objects/tuple.js';
import { newList } from '../../objects/list.js';
import { PyDict, newDict } from '../../objects/dict.js';
import { internStr } from '../../objects/str.js';
import { TypeError, ValueError, raise } from '../../objects/exceptions.js';
import { argRange, bindArgs, noKwargs } from '../../objects/methods.js';
import { staticBuiltin } from '../../objects/descr.js';
import { index } from '../../objects/abstract.js';
import { PyInt } from '../../objects/int.js';
import { PyModule, moduleSet, moduleSetOwned, newModule } from '../../objects/module.js';
import type { BuiltinsContext } from '../context.js';
import { collect, freeze, gcHooks, objectsOf, unfreeze } from '../../gc/collect.js';
import { DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE, NUM_GENERATIONS } from '../../gc/state.js';
import { activeProfile } from '../../gc/profile.js';

type Fn = (args: PyObject[], kw: string[] | null) => PyObject;

/** A C int argument ('i' format): index(), TypeError for non-integers. */
function cInt(o: PyObject): number {
  return Number(index(o));
}

/** PyObject_IS_GC: a GC type's object, except static types. */
function isGc(o: PyObject): boolean {
  return o.type.gc && !(o instanceof PyType && !o.heaptype);
}

function tupleOfInts(a: number, b: number, c: number): PyObject {
  return newTuple([newInt(a), newInt(b), newInt(c)]);
}

const st = () => H.gc;

const functions: [string, Fn][] = [
  ['collect', (args, kw) => {
    const [g] = bindArgs('collect', args, kw, ['generation'], 0);
    const gen = g === undefined ? NUM_GENERATIONS - 1 : cInt(g);
    if (gen < 0 || gen >= NUM_GENERATIONS) throw raise(ValueError, 'invalid generation');
    return newInt(collect(gen));
  }],
  ['enable', (args, kw) => {
    argRange('gc.enable', args, kw, 0, 0);
    st().enabled = true;
    st().updateTrigger();
    return newNone();
  }],
  ['disable', (args, kw) => {
    argRange('gc.disable', args, kw, 0, 0);
    st().enabled = false;
    st().updateTrigger();
    return newNone();
  }],
  ['isenabled', (args, kw) => {
    argRange('gc.isenabled', args, kw, 0, 0);
    return newBool(st().enabled);
  }],
  ['get_count', (args, kw) => {
    argRange('gc.get_count', args, kw, 0, 0);
    const g = st().gens;
    return tupleOfInts(g[0].count, g[1].count, g[2].count);
  }],
  ['get_threshold', (args, kw) => {
    argRange('gc.get_threshold', args, kw, 0, 0);
    const g = st().gens;
    return tupleOfInts(g[0].threshold, g[1].threshold, g[2].threshold);
  }],
  ['set_threshold', (args, kw) => {
    noKwargs('set_threshold', kw);
    if (args.length < 1) throw raise(TypeError, `set_threshold() takes at least 1 argument (${args.length} given)`);
    if (args.length > 3) throw raise(TypeError, `set_threshold() takes at most 3 arguments (${args.length} given)`);
    const v = args.map(cInt);
    const g = st().gens;
    for (let i = 0; i < v.length; i++) g[i].threshold = v[i];
    st().updateTrigger();
    return newNone();
  }],
  ['get_debug', (args, kw) => {
    argRange('gc.get_debug', args, kw, 0, 0);
    return newInt(st().debug);
  }],
  ['set_debug', (args, kw) => {
    argRange('gc.set_debug', args, kw, 1, 1);
    st().debug = cInt(args[0]);
    return newNone();
  }],
  ['get_objects', (args, kw) => {
    const [g] = bindArgs('get_objects', args, kw, ['generation'], 0);
    let gen = -1;
    if (g !== undefined && g !== None) {
      if (!(g instanceof PyInt)) throw raise(TypeError, `argument should be integer or None, not '${g.type.name}'`);
      gen = cInt(g);
      if (gen >= NUM_GENERATIONS) throw raise(ValueError, `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
      if (gen < -1) throw raise(ValueError, 'generation parameter cannot be negative');
    }
    // References are taken before the result list is allocated (which may collect).
    const objs = objectsOf(gen, null);
    for (const o of objs) o.rc++;
    return newList(objs);
  }],
  ['get_referrers', (args, kw) => {
    noKwargs('get_referrers', kw);
    const targets = new Set<HeapObject>(args);
    const found: PyObject[] = [];
    const hits = { n: 0 };
    const visit = (h: HeapObject): void => {
      if (targets.has(h)) hits.n++;
    };
    for (const o of objectsOf(-1, null)) {
      hits.n = 0;
      o.traverse(visit);
      if (hits.n > 0) found.push(o);
    }
    for (const o of found) o.rc++;
    return newList(found);
  }],
  ['get_referents', (args, kw) => {
    noKwargs('get_referents', kw);
    const found: PyObject[] = [];
    const visit = (h: HeapObject): void => {
      found.push(h as PyObject);
    };
    for (const o of args) {
      if (!isGc(o)) continue;
      // dict_traverse skips the keys of a str-keys table (they cannot be in cycles);
      // PyDict.traverse visits them, for the refcount checker.
      if (o instanceof PyDict && o.unicode) {
        for (let i = 0; i < o.ks.length; i++) if (o.ks[i] !== null) visit(o.vs[i]!);
        if (o.type.heaptype) PyObject.prototype.traverse.call(o, visit);
      } else o.traverse(visit);
    }
    for (const o of found) o.rc++;
    const out = newList(found);
    return out;
  }],
  ['is_tracked', (args, kw) => {
    argRange('gc.is_tracked', args, kw, 1, 1);
    const o = args[0];
    return newBool(isGc(o) && o.gcNext !== null);
  }],
  ['is_finalized', (args, kw) => {
    argRange('gc.is_finalized', args, kw, 1, 1);
    const o = args[0];
    return newBool(isGc(o) && o.finalized);
  }],
  ['freeze', (args, kw) => {
    argRange('gc.freeze', args, kw, 0, 0);
    freeze();
    return newNone();
  }],
  ['unfreeze', (args, kw) => {
    argRange('gc.unfreeze', args, kw, 0, 0);
    unfreeze();
    return newNone();
  }],
  ['get_freeze_count', (args, kw) => {
    argRange('gc.get_freeze_count', args, kw, 0, 0);
    return newInt(st().permanent.size() + st().opaquePermanent);
  }],
  ['get_stats', (args, kw) => {
    argRange('gc.get_stats', args, kw, 0, 0);
    const items: PyObject[] = [];
    for (const g of st().gens) {
      const d = newDict();
      for (const [k, v] of [['collections', g.collections], ['collected', g.collected], ['uncollectable', g.uncollectable]] as const) {
        const key = internStr(k), val = newInt(v);
        d.set(key, val);
        H.decref(key);
        H.decref(val);
      }
      items.push(d);
    }
    return newList(items);
  }],
];

const functionObjects = new Map<string, PyObject>();

/** A new `gc` module (one per session; the collector reads its garbage and callbacks). */
export function createGcModule(ctx: BuiltinsContext): PyModule {
  const m = newModule('gc', undefined, 'This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n');
  m.builtin = true;
  for (const [n, f] of functions) {
    let o = functionObjects.get(n);
    if (o === undefined) {
      o = staticBuiltin(n, f, 'gc');
      functionObjects.set(n, o);
    }
    moduleSet(m, n, o);
  }
  const garbage = newList([]);
  const callbacks = newList([]);
  moduleSetOwned(m, 'garbage', garbage);
  moduleSetOwned(m, 'callbacks', callbacks);
  gcHooks.garbage = garbage;
  gcHooks.callbacks = callbacks;
  gcHooks.writeStderr = (t) => ctx.write('stderr', t);
  for (const [n, v] of [['DEBUG_STATS', DEBUG_STATS], ['DEBUG_COLLECTABLE', DEBUG_COLLECTABLE], ['DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE], ['DEBUG_SAVEALL', DEBUG_SAVEALL], ['DEBUG_LEAK', DEBUG_LEAK]] as const) {
    moduleSetOwned(m, n, newInt(v));
  }
  // CPython allocates a builtin function object per gc function on import; memsnake's
  // are static, so the profile's figure stands for them in generation 0's count.
  if (activeProfile !== null) st().gen0.count += activeProfile.importGcObjects;
  return m;
}
