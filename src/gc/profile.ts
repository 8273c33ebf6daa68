/**
 * The collector's start-up profile: the state CPython 3.11.7's collector is in when a
 * program's first statement runs on the machines memsnake was measured on
 * (cpython-memory-model.md §3.8). Start-up (encodings, site, the .pth files of our
 * site-packages) allocates ~11,000 GC objects and runs collections before the program
 * begins, so automatic collections come when that CPython's do only if the simulator
 * starts from the same counts, statistics and long-lived figures. All seeded figures are
 * here, by mode.
 *
 * memsnake's own start-up objects (builtins, __main__'s namespace...) join generation 2,
 * as CPython's start-up objects sit there; the rest of the measured generation sizes is
 * counted by number only (GcState.opaque): never garbage, shown by DEBUG_STATS and
 * weighed by the long-lived rule, but not listed by gc.get_objects().
 */

import type { GcState } from './state.js';
import { listMerge } from './list.js';

export interface GcStartupProfile {
  /** gc.get_count() just before the first statement (§3.8 item 2). */
  count: [number, number, number];
  /** Objects in generations 0, 1, 2 at that moment (§3.8 table). */
  generationSizes: [number, number, number];
  /** gc.get_stats(): [collections, collected] of generations 0, 1, 2 (uncollectable 0). */
  stats: [[number, number], [number, number], [number, number]];
  longLivedTotal: number;
  longLivedPending: number;
  /**
   * GC objects CPython allocates for `import gc` beyond memsnake's module and dict (its
   * ~20 builtin function objects; memsnake's are static): added to count0 on import, so
   * `import gc; print(gc.get_count())` reads as in CPython.
   */
  importGcObjects: number;
}

/** `python3 script.py` (and `-c`), 3.11.7 with our site-packages. */
export const SCRIPT_PROFILE: GcStartupProfile = {
  count: [228, 0, 2],
  generationSizes: [0, 0, 10919],
  stats: [[22, 43], [2, 92], [0, 0]],
  longLivedTotal: 0,
  longLivedPending: 10919,
  importGcObjects: 19,
};

/** Piped REPL (`python3 -i`), at its first input line. */
export const REPL_PROFILE: GcStartupProfile = {
  count: [598, 3, 2],
  generationSizes: [0, 874, 10919],
  stats: [[25, 67], [2, 92], [0, 0]],
  longLivedTotal: 0,
  longLivedPending: 10919,
  importGcObjects: 19,
};

/** The profile in effect (the gc module reads importGcObjects). */
export let activeProfile: GcStartupProfile | null = null;

/**
 * Puts the collector in the profile's state. Called once, after memsnake's own start-up
 * and before the first statement: memsnake's tracked start-up objects move to generation
 * 2 and the measured sizes are made up with opaque objects.
 */
export function seedStartup(st: GcState, p: GcStartupProfile): void {
  activeProfile = p;
  for (let i = 0; i < 2; i++) listMerge(st.gens[i].head, st.gens[2].head);
  const real2 = st.gens[2].head.size();
  st.opaque[0] = p.generationSizes[0];
  st.opaque[1] = p.generationSizes[1];
  st.opaque[2] = Math.max(0, p.generationSizes[2] - real2);
  for (let i = 0; i < 3; i++) {
    const g = st.gens[i];
    g.count = p.count[i];
    g.collections = p.stats[i][0];
    g.collected = p.stats[i][1];
    g.uncollectable = 0;
  }
  st.longLivedTotal = p.longLivedTotal;
  st.longLivedPending = p.longLivedPending;
}
