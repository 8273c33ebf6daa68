/**
 * Exceptions (Objects/exceptions.c): BaseException instances are heap objects holding
 * their `args` tuple, `__traceback__`, `__context__` and `__cause__` — which is how a
 * stored exception keeps its traceback's frames and their locals alive.
 *
 * Raising from TypeScript: `throw raise(TypeError, 'message')` builds the exception and
 * returns the PyRaise carrier (a plain class, so JS captures no stack). The carrier owns
 * one reference to the exception.
 */

import type { Heap, HeapObject } from '../heap/heap.js';
import { H, PyObject, PyRaise, PyType, STATIC_RC, staticAddr } from './object.js';
import { newStr, PyStr } from './str.js';
import { newTuple, PyTuple, emptyTuple } from './tuple.js';
import { None } from './singletons.js';
import { objectType, typeType } from './typeobjects.js';

export class PyBaseException extends PyObject {
  args: PyTuple;
  traceback: PyObject | null = null;
  context: PyObject | null = null;
  cause: PyObject | null = null;
  suppressContext = false;
  /** Subclass-specific extra attributes (SyntaxError's, StopIteration.value...). */
  extra: Map<string, PyObject> | null = null;

  constructor(type: PyType, args: PyTuple) {
    super(type);
    this.args = args;
  }

  override traverse(visit: (o: HeapObject) => void): void {
    visit(this.args);
    if (this.traceback) visit(this.traceback);
    if (this.context) visit(this.context);
    if (this.cause) visit(this.cause);
    if (this.extra) for (const v of this.extra.values()) visit(v);
    super.traverse(visit);
  }

  /**
   * clearContents leaves `args` at the empty tuple with a reference of its own, so that an
   * exception cleared while still referenced stays well formed; a freed one must give
   * that reference back, or each freed exception leaks one on the static empty tuple.
   */
  override dealloc(heap: Heap): boolean | void {
    if (super.dealloc(heap) === false) return false;
    heap.decref(this.args);
  }

  override clearContents(heap: Heap): void {
    const a = this.args;
    this.args = emptyTuple;
    emptyTuple.rc++;
    heap.decref(a);
    for (const f of ['traceback', 'context', 'cause'] as const) {
      const v = this[f];
      if (v !== null) {
        this[f] = null;
        heap.decref(v);
      }
    }
    if (this.extra) {
      const ex = this.extra;
      this.extra = null;
      for (const v of ex.values()) heap.decref(v);
    }
  }

  setExtra(name: string, v: PyObject): void {
    if (this.extra === null) this.extra = new Map();
    const old = this.extra.get(name);
    v.rc++;
    this.extra.set(name, v);
    if (old !== undefined) H.decref(old);
  }

  getExtra(name: string): PyObject | undefined {
    return this.extra?.get(name);
  }
}

/**
 * tp_basicsize of the exception types whose C struct adds fields to PyBaseExceptionObject
 * (72 bytes); the others inherit their base's. sys.getsizeof(StopIteration(1)) is 96.
 */
const excBasicsize: Record<string, number> = {
  StopIteration: 80, SystemExit: 80, NameError: 80, AttributeError: 88, ImportError: 96,
  OSError: 112, SyntaxError: 136, UnicodeDecodeError: 112, UnicodeEncodeError: 112,
};

function mkExc(name: string, base: PyType | null): PyType {
  const t = new PyType(typeType, name);
  t.rc = STATIC_RC;
  t.addr = staticAddr(424);
  t.basicsize = excBasicsize[name] ?? (base ? base.basicsize : 72);
  t.gc = true;
  t.presize = 16;
  t.isException = true;
  const b = base ?? objectType;
  t.base = b;
  t.bases = [b];
  t.mro = [t, ...b.mro];
  t.solidBase = t;
  b.subclasses.add(t);
  t.hasInstanceDict = true;
  // BaseException has no weakref slot (tp_weaklistoffset 0): a subclass adds one, so
  // class E(Exception) has basicsize 80 and getsizeof(E()) 96.
  t.weakrefable = false;
  excTypes.set(name, t);
  return t;
}

/** Every built-in exception type by name (for the builtins module). */
export const excTypes = new Map<string, PyType>();

export const BaseException = mkExc('BaseException', null);
export const SystemExit = mkExc('SystemExit', BaseException);
export const KeyboardInterrupt = mkExc('KeyboardInterrupt', BaseException);
export const GeneratorExit = mkExc('GeneratorExit', BaseException);
export const Exception = mkExc('Exception', BaseException);
export const ArithmeticError = mkExc('ArithmeticError', Exception);
export const FloatingPointError = mkExc('FloatingPointError', ArithmeticError);
export const OverflowError = mkExc('OverflowError', ArithmeticError);
export const ZeroDivisionError = mkExc('ZeroDivisionError', ArithmeticError);
export const AssertionError = mkExc('AssertionError', Exception);
export const AttributeError = mkExc('AttributeError', Exception);
export const BufferError = mkExc('BufferError', Exception);
export const EOFError = mkExc('EOFError', Exception);
export const ImportError = mkExc('ImportError', Exception);
export const ModuleNotFoundError = mkExc('ModuleNotFoundError', ImportError);
export const LookupError = mkExc('LookupError', Exception);
export const IndexError = mkExc('IndexError', LookupError);
export const KeyError = mkExc('KeyError', LookupError);
export const MemoryError = mkExc('MemoryError', Exception);
export const NameError = mkExc('NameError', Exception);
export const UnboundLocalError = mkExc('UnboundLocalError', NameError);
export const OSError = mkExc('OSError', Exception);
export const FileNotFoundError = mkExc('FileNotFoundError', OSError);
export const PermissionError = mkExc('PermissionError', OSError);
export const ReferenceError = mkExc('ReferenceError', Exception);
export const RuntimeError = mkExc('RuntimeError', Exception);
export const NotImplementedError = mkExc('NotImplementedError', RuntimeError);
export const RecursionError = mkExc('RecursionError', RuntimeError);
export const StopAsyncIteration = mkExc('StopAsyncIteration', Exception);
export const StopIteration = mkExc('StopIteration', Exception);
export const SyntaxError = mkExc('SyntaxError', Exception);
export const IndentationError = mkExc('IndentationError', SyntaxError);
export const TabError = mkExc('TabError', IndentationError);
export const SystemError = mkExc('SystemError', Exception);
export const TypeError = mkExc('TypeError', Exception);
export const ValueError = mkExc('ValueError', Exception);
export const UnicodeError = mkExc('UnicodeError', ValueError);
export const UnicodeDecodeError = mkExc('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = mkExc('UnicodeEncodeError', UnicodeError);
export const Warning = mkExc('Warning', Exception);
export const UserWarning = mkExc('UserWarning', Warning);
export const DeprecationWarning = mkExc('DeprecationWarning', Warning);
export const SyntaxWarning = mkExc('SyntaxWarning', Warning);
export const RuntimeWarning = mkExc('RuntimeWarning', Warning);
export const ResourceWarning = mkExc('ResourceWarning', Warning);

/** Allocates an exception instance; steals `args`. Returns a new reference. */
export function newException(type: PyType, args: PyTuple): PyBaseException {
  const e = new PyBaseException(type, args);
  H.allocate(e, type.presize + type.basicsize, type.presize);
  if (type.heaptype) type.rc++;
  return e;
}

/** Builds `type(msg)` and returns the carrier to throw: `throw raise(TypeError, '...')`. */
export function raise(type: PyType, msg?: string): PyRaise {
  const args = msg === undefined ? (emptyTuple.rc++, emptyTuple) : newTuple([newStr(msg)]);
  return new PyRaise(newException(type, args));
}

/** Builds `type(obj)` with an object argument (borrowed), e.g. KeyError(key). */
export function raiseWith(type: PyType, arg: PyObject): PyRaise {
  arg.rc++;
  return new PyRaise(newException(type, newTuple([arg])));
}

export function isException(o: PyObject): o is PyBaseException {
  return o instanceof PyBaseException;
}

/** The message string of a one-str-arg exception (for tests and host messages). */
export function excMessage(e: PyBaseException): string {
  const a = e.args.items;
  if (a.length === 1 && a[0] instanceof PyStr) return a[0].v;
  return '';
}

export { None as _None };
