/**
 * A session: one interpreter with its own heap, `__main__` module and sys.modules, driven
 * by the host (CLI, REPL, tests) through the Session contract of session-api.ts.
 *
 * runMain mirrors `python3 FILE`: decode (UTF-8, no NUL bytes), parse the whole file,
 * resolve and compile, print compile-time warnings, run as `__main__`, print an uncaught
 * exception's traceback, then release the module's code object and the parser arena and
 * finalize. runReplEntry mirrors one `>>>` entry: each is compiled separately (so its
 * constants die with it) and expression values are echoed and kept in `_`.
 */

import { inspectRoots } from './inspect-roots.js';
import { Heap } from '../heap/heap.js';
import { H, PyObject, PyRaise, PyType, setActiveHeap } from '../objects/object.js';
import { initObjects } from '../objects/init.js';
import '../objects/exception_methods.js';
import '../objects/types/index.js';
import { PyDict, newDict } from '../objects/dict.js';
import { internStr, newStr, resetInterned } from '../objects/str.js';
import { None } from '../objects/singletons.js';
import { PyInt, newInt } from '../objects/int.js';
import {
  KeyboardInterrupt, PyBaseException, SystemExit, SyntaxError as SyntaxErrorT, excTypes, newException,
  raise, ModuleNotFoundError,
} from '../objects/exceptions.js';
import { isInstance, recursion, reprStr, strStr } from '../objects/abstract.js';
import { newTuple } from '../objects/tuple.js';
import { hooks } from '../objects/hooks.js';
import { ParseError, type SyntaxErrorInfo } from '../parse/ast.js';
import { parseModule, parseInteractive, inputStatus } from '../parse/index.js';
import type { HeapCheckResult, InputStatus, OutStream, Session, SessionOptions } from './session-api.js';
import { resolveModule } from './resolve.js';
import { Compiler } from './compile.js';
import { ConstTable } from './consts.js';
import { Frame, VS, addTraceback, releaseFrame, unwindTo } from './frame.js';
import { checkInterrupt, currentHandled, ts } from './state.js';
import { toPyRaise } from './errors.js';
import { formatException, linecache } from './traceback.js';
import './suggestions.js';
import { setImporter } from './imports.js';
import { createBuiltinsDict } from '../builtins/builtins.js';
import { setActiveContext, type BuiltinsContext } from '../builtins/context.js';
import { builtinModuleFactories } from '../builtins/modules/index.js';
import { runWeakrefAtexit } from '../builtins/modules/weakref.js';
import { newModule, PyModule } from '../objects/module.js';
import { PyCell } from '../objects/function.js';
import './call.js';
import './finalizer.js';
import { finalizeMain } from './shutdown.js';
import { installCollector } from '../gc/collect.js';
import { REPL_PROFILE, SCRIPT_PROFILE, seedStartup } from '../gc/profile.js';
import { recordStaticBaseline, runHeapCheck } from './check-roots.js';
import { evaluateReadOnly, type InspectAccess } from './inspect-eval.js';

/** Runs a module-level body; its frame counts toward the recursion limit, as in CPython. */
function runModuleBody(f: Frame): void {
  recursion.depth++;
  try {
    f.code.body(f);
  } finally {
    recursion.depth--;
  }
}

export function createSession(opts: SessionOptions): Session {
  return new Interp(opts);
}

class Interp implements Session {
  readonly heap: Heap;
  private readonly builtins: PyDict;
  private readonly modules = new Map<string, PyObject>();
  private mainDict: PyDict;
  private finalized = false;
  private ctx: BuiltinsContext;

  constructor(private readonly opts: SessionOptions) {
    this.heap = new Heap(opts.maxHeap, !!opts.check);
    setActiveHeap(this.heap);
    resetInterned();
    initObjects();
    recursion.limit = opts.recursionLimit;
    recursion.depth = 0;
    ts.interrupt = opts.interrupt;
    ts.frame = null;
    ts.handled = [];
    hooks.checkInterrupt = checkInterrupt;
    const ctx: BuiltinsContext = {
      write: (s: OutStream, t: string) => opts.write(s, t),
      readLine: (p: string) => {
        const line = opts.readLine(p);
        // The host answers an input() interrupted by Ctrl-C with '' and the flag set.
        if (ts.interrupt[0] !== 0) checkInterrupt();
        return line;
      },
      argv: opts.argv,
      recursionLimit: recursion,
      currentGlobals: () => (ts.frame ? ts.frame.globals : this.mainDict),
      currentLocals: () => this.currentLocals(),
      superArgs: () => this.superArgs(),
      handledException: currentHandled,
      importModule: (n: string) => this.importModule(n),
    };
    this.ctx = ctx;
    setActiveContext(ctx);
    this.builtins = createBuiltinsDict(ctx);
    ts.builtins = this.builtins;
    setImporter((n) => this.importModule(n));
    this.mainDict = newDict();
    this.setMain('__name__', '__main__');
    this.setMainObj('__doc__', None);
    const bm = newModule('builtins', this.builtins);
    this.setMainObj('__builtins__', bm);
    H.decref(bm);
    // The cyclic collector collects from now on (gc/collect.ts); its start-up counts are
    // seeded just before the first statement (gc/profile.ts).
    installCollector();
    // The static objects' counts are checked relative to this moment (heap/check.ts, 2b).
    if (opts.check) recordStaticBaseline(this.heap, { mainDict: this.mainDict, builtins: this.builtins, modules: this.modules });
  }

  private setMain(name: string, v: string): void {
    const s = newStr(v);
    this.setMainObj(name, s);
    H.decref(s);
  }

  private setMainObj(name: string, v: PyObject): void {
    const k = internStr(name);
    this.mainDict.set(k, v);
    H.decref(k);
  }

  private importModule(name: string): PyObject {
    let m = this.modules.get(name);
    if (m === undefined) {
      const fac = builtinModuleFactories.get(name);
      if (fac === undefined) {
        const r = raise(ModuleNotFoundError, `No module named '${name}'`);
        const n = newStr(name);
        (r.exc as PyBaseException).setExtra('name', n);
        H.decref(n);
        throw r;
      }
      m = fac(this.ctx);
      this.modules.set(name, m);
    }
    m.rc++;
    return m;
  }

  private currentLocals(): PyObject {
    const f = ts.frame;
    if (f === null || f.locals !== null) {
      const d = f?.locals ?? this.mainDict;
      d.rc++;
      return d;
    }
    const d = newDict();
    f.code.slotNames.forEach((n, i) => {
      let v = f.fast[i];
      if (v instanceof PyCell && (f.code.scope.cells.has(n) || f.code.scope.frees.has(n))) v = v.ref;
      if (v !== null) {
        const k = newStr(n);
        d.set(k, v);
        H.decref(k);
      }
    });
    return d;
  }

  private superArgs(): [PyObject, PyObject] {
    const f = ts.frame;
    if (f === null || f.code.argcount === 0) throw raise(excTypes.get('RuntimeError')!, 'super(): no arguments');
    const slot = f.code.scope.slotOf.get('__class__');
    const cell = slot === undefined ? null : (f.fast[slot] as PyCell | null);
    if (cell === null || cell.ref === null) throw raise(excTypes.get('RuntimeError')!, 'super(): __class__ cell not found');
    let self = f.fast[0];
    if (self instanceof PyCell && f.code.scope.cells.has(f.code.slotNames[0])) self = self.ref;
    if (self === null) throw raise(excTypes.get('RuntimeError')!, 'super(): arg[0] deleted');
    return [cell.ref, self];
  }

  private write(s: OutStream, t: string): void {
    this.opts.write(s, t);
  }

  // ---------------------------------------------------------------- scripts

  runMain(source: Uint8Array, filename: string, kind: 'file' | 'string' | 'stdin', keepAlive = false): number {
    const shown = kind === 'file' ? filename : kind === 'string' ? '<string>' : '<stdin>';
    let text: string;
    const nul = source.indexOf(0);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(source);
    } catch {
      let bad = 0;
      for (let i = 0; i < source.length; i++) {
        if (source[i] >= 0x80) {
          bad = i;
          break;
        }
      }
      const line = source.subarray(0, bad).filter((b) => b === 10).length + 1;
      this.write('stderr', `SyntaxError: Non-UTF-8 code starting with '\\x${source[bad].toString(16)}' in file ${shown} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`);
      return 1;
    }
    if (nul >= 0) {
      // The tokenizer stops at the NUL: CPython shows the line it was in, up to the NUL.
      const line = source.subarray(0, nul).filter((b) => b === 10).length + 1;
      const start = source.lastIndexOf(10, nul) + 1;
      const upto = new TextDecoder('utf-8').decode(source.subarray(start, nul)).replace(/^[ \t\f]+/, '');
      this.write('stderr', `  File "${shown}", line ${line}\n    ${upto}\nSyntaxError: source code cannot contain null bytes\n`);
      return 1;
    }
    if (kind === 'file') this.setMain('__file__', filename);
    linecache.set(shown, text.split('\n'));
    // A script, -c and piped stdin alike: CPython keeps the module's constants referenced
    // from the compiler's arena until the module finishes (x = 1000 counts 4 in all three).
    const code = this.compile(text, shown, false, true);
    if (code === null) return 1;
    const { ci, consts } = code;
    this.seedCollector(false);
    const f = new Frame(ci, this.mainDict, this.builtins, this.mainDict, null, null);
    const exit = this.runTop(f);
    ci.pycode!.rc++;
    H.decref(ci.pycode!);
    consts.releaseArena();
    H.decref(ci.pycode!);
    if (!keepAlive) this.finalize();
    return exit;
  }

  /** Parses, resolves and compiles; prints a SyntaxError and returns null on failure. */
  private compile(text: string, shown: string, interactive: boolean, keepArena: boolean) {
    try {
      const module = interactive ? parseInteractive(text, shown) : parseModule(text, shown).module;
      const scope = resolveModule(module, shown, text);
      const consts = new ConstTable(keepArena);
      const c = new Compiler(shown, text.split('\n'), consts);
      c.displayHook = (v) => this.displayHook(v);
      const ci = c.compileModule(module, scope, interactive);
      consts.releaseTable();
      for (const w of c.warnings) {
        const src = (linecache.get(shown) ?? [])[w.lineno - 1];
        const where = shown.startsWith('<') ? '' : src !== undefined ? `  ${src.trim()}\n` : '';
        this.write('stderr', `${shown}:${w.lineno}: ${w.category}: ${w.msg}\n${where}`);
      }
      return { ci, consts };
    } catch (e) {
      if (e instanceof ParseError) {
        this.printSyntaxError(e.info, shown);
        return null;
      }
      if (e instanceof PyRaise) {
        this.printException(e.exc);
        H.decref(e.exc);
        return null;
      }
      throw e;
    }
  }

  private printSyntaxError(info: SyntaxErrorInfo, shown: string): void {
    const e = newException(excTypes.get(info.type) ?? SyntaxErrorT, newTuple([newStr(info.msg)]));
    const set = (n: string, v: PyObject) => {
      e.setExtra(n, v);
      H.decref(v);
    };
    set('filename', newStr(shown));
    set('lineno', newInt(info.lineno));
    set('offset', newInt(info.offset));
    set('end_lineno', newInt(info.endLineno));
    set('end_offset', newInt(info.endOffset));
    // Errors from CPython's compiler stage carry no text; it reads the line back from the
    // file (PyErr_ProgramTextObject), which only exists for a script, not -c or stdin.
    let text = info.text;
    if (text === null && !shown.startsWith('<')) text = linecache.get(shown)?.[info.lineno - 1] ?? null;
    if (text !== null) set('text', newStr(text));
    this.printException(e);
    H.decref(e);
  }

  /** Runs a module-level frame; prints an uncaught exception. Returns the exit code. */
  private runTop(f: Frame): number {
    ts.frame = f;
    try {
      runModuleBody(f);
      return 0;
    } catch (e0) {
      let pr: PyRaise;
      try {
        pr = toPyRaise(e0);
      } catch (internal) {
        unwindTo(f.base);
        this.write('stderr', `SystemError: internal error in memsnake: ${(internal as Error).message ?? internal}\n${internalStack(internal)}`);
        return 1;
      }
      unwindTo(f.base);
      addTraceback(pr.exc as PyBaseException, f);
      return this.handleUncaught(pr.exc);
    } finally {
      ts.frame = null;
      releaseFrame(f);
      while (ts.handled.length) H.decref(ts.handled.pop()!);
    }
  }

  /** Prints the traceback (or handles SystemExit); consumes the reference. */
  private handleUncaught(exc: PyObject): number {
    if (isInstance(exc, SystemExit)) {
      const a = (exc as PyBaseException).args.items;
      const code = a.length === 0 ? None : a.length === 1 ? a[0] : (exc as PyBaseException).args;
      let rc: number;
      if (code === None) rc = 0;
      else if (code instanceof PyInt && code.type.name !== 'float') rc = Number(code.v) & 0xff;
      else {
        this.write('stderr', strStr(code) + '\n');
        rc = 1;
      }
      H.decref(exc);
      return rc;
    }
    this.printException(exc);
    const isKbd = isInstance(exc, KeyboardInterrupt);
    H.decref(exc);
    return isKbd ? 130 : 1;
  }

  private printException(exc: PyObject): void {
    let text: string;
    try {
      text = formatException(exc);
    } catch {
      text = `${exc.type.name}: <unprintable exception>\n`;
    }
    this.write('stderr', text);
  }

  // ---------------------------------------------------------------- REPL

  inputStatus(source: string): InputStatus {
    return inputStatus(source);
  }

  private displayHook(v: PyObject): void {
    if (v === None) return;
    const r = reprStr(v);
    this.write('stdout', r + '\n');
    const k = internStr('_');
    this.builtins.set(k, v);
    H.decref(k);
  }

  runReplEntry(source: string): number | null {
    linecache.set('<stdin>', source.split('\n'));
    const code = this.compile(source, '<stdin>', true, false);
    if (code === null) return null;
    const { ci } = code;
    this.seedCollector(true);
    const f = new Frame(ci, this.mainDict, this.builtins, this.mainDict, null, null);
    ts.frame = f;
    let result: number | null = null;
    try {
      runModuleBody(f);
    } catch (e0) {
      let pr: PyRaise;
      try {
        pr = toPyRaise(e0);
      } catch (internal) {
        unwindTo(f.base);
        this.write('stderr', `SystemError: internal error in memsnake: ${(internal as Error).message ?? internal}\n${internalStack(internal)}`);
        pr = null as unknown as PyRaise;
      }
      if (pr) {
        unwindTo(f.base);
        addTraceback(pr.exc as PyBaseException, f);
        if (isInstance(pr.exc, SystemExit)) result = this.handleUncaught(pr.exc);
        else this.handleUncaught(pr.exc);
      }
    } finally {
      ts.frame = null;
      releaseFrame(f);
      while (ts.handled.length) H.decref(ts.handled.pop()!);
      H.decref(ci.pycode!);
    }
    void VS;
    return result;
  }

  /** Puts the collector in CPython's state at a program's first line, once (§3.8). */
  private seedCollector(repl: boolean): void {
    if (this.collectorSeeded) return;
    this.collectorSeeded = true;
    seedStartup(this.heap.gc, repl ? REPL_PROFILE : SCRIPT_PROFILE);
  }
  private collectorSeeded = false;
  /** finalize() gave up the session's reference to `__main__`'s dict. */
  private mainReleased = false;

  // ---------------------------------------------------------------- shutdown

  /**
   * Interpreter shutdown (Py_FinalizeEx). The uncaught exception, if any, was printed and
   * released already (CPython keeps it in sys.last_* until finalize_modules_delete_special;
   * with no collector yet nothing can run in between). Then builtins._ goes, and
   * __main__'s namespace dies as CPython's collector kills it (interp/shutdown.ts): every
   * `__del__` in the collector's order with all globals still readable, then the clear.
   */
  finalize(): void {
    if (this.finalized) return;
    this.finalized = true;
    // Shutdown must complete even on a heap filled to --max-heap.
    this.heap.alloc.grantEmergencyReserve();
    try {
      // atexit callbacks first (weakref.finalize's exit function is the only one).
      runWeakrefAtexit();
      // finalize_modules_delete_special: builtins._ = None (the REPL's last value).
      const k = internStr('_');
      if (this.builtins.get(k) !== undefined) this.builtins.set(k, None);
      H.decref(k);
      this.mainReleased = true;
      finalizeMain(this.mainDict);
    } catch (e) {
      // A finalizer's exception never gets here (it is printed as unraisable); this is a
      // bug in memsnake, reported as one line like any other.
      if (e instanceof PyRaise) H.decref(e.exc);
      else this.write('stderr', `SystemError: internal error in memsnake: ${(e as Error).message ?? e}\n`);
    }
  }

  /** The heap checker (check-roots.ts); needs `check: true` in the options. */
  heapCheck(phase: 'end' | 'shutdown' | 'running'): HeapCheckResult {
    return runHeapCheck(this.heap, phase, { mainDict: this.mainReleased ? null : this.mainDict, builtins: this.builtins, modules: this.modules });
  }

  /** What the inspectors (src/inspect/) may see and do; see inspect-eval.ts. */
  inspectAccess(): InspectAccess {
    return {
      heap: this.heap,
      namespaces: () => {
        const out = new Set<PyObject>([this.mainDict, this.builtins]);
        for (const m of this.modules.values()) if (m instanceof PyModule) out.add(m.dict);
        return out;
      },
      evaluate: (source, use, note) => evaluateReadOnly(this.mainDict, this.builtins, source, use, note),
      roots: (tracked) => inspectRoots({ mainDict: this.mainReleased ? null : this.mainDict, builtins: this.builtins, modules: this.modules }, tracked),
    };
  }

  /** For tests: the main module's dict (borrowed). */
  get globals(): PyDict {
    return this.mainDict;
  }
}


export { PyType, PyModule, KeyboardInterrupt };

/** With MEMSNAKE_DEBUG set (developers only), an internal error also shows its JS stack. */
function internalStack(e: unknown): string {
  return process.env.MEMSNAKE_DEBUG && e instanceof Error && e.stack ? e.stack + '\n' : '';
}
