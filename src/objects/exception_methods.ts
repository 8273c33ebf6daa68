/**
 * Methods and attributes of BaseException and its built-in subclasses
 * (Objects/exceptions.c): args, `__str__`/`__repr__`, `__traceback__`, `__context__`,
 * `__cause__`, `__suppress_context__`, `with_traceback`, and the per-class extras
 * (KeyError's repr-of-key message, StopIteration.value, SystemExit.code, NameError.name,
 * SyntaxError's fields).
 */

import { H, PyObject, PyType, staticAddr } from './object.js';
import { BaseException, KeyError, StopIteration, SystemExit, SyntaxError, NameError, AttributeError, ImportError, PyBaseException, TypeError, newException, raise, excTypes } from './exceptions.js';
import { defGetSet, defMethod, defAttr } from './methods.js';
import { newStrFresh, newStr, PyStr } from './str.js';
import { newTuple, PyTuple, emptyTuple } from './tuple.js';
import { None, newBool, newNone } from './singletons.js';
import { repr, reprStr, strStr } from './abstract.js';
import { PyFuncWrapper, PyMethodDescr } from './descr.js';
import { staticmethodType } from './typeobjects.js';
import { solidAllocators } from './classes.js';
import { onInit } from './init.js';
import { initHeapInstance } from './instance.js';

function asExc(o: PyObject): PyBaseException {
  return o as PyBaseException;
}

function positional(args: PyObject[], kwnames: string[] | null): PyObject[] {
  return kwnames ? args.slice(0, args.length - kwnames.length) : args;
}

/** Allocates an instance of exception type t with args (borrowed). */
function excNew(t: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const pos = positional(args, kwnames);
  for (const a of pos) a.rc++;
  const e = newException(t, newTuple(pos));
  if (t.heaptype) initHeapInstance(e, t);
  return e;
}

function setArgs(e: PyBaseException, pos: PyObject[]): void {
  for (const a of pos) a.rc++;
  const old = e.args;
  e.args = newTuple(pos);
  H.decref(old);
}

function initExceptions(): void {
  const B = BaseException;
  for (const t of excTypes.values()) solidAllocators.set(t, excNew);
  const newDescr = new PyMethodDescr('__new__', (cls, args, kw) => excNew(cls as PyType, args, kw), B);
  const w = new PyFuncWrapper(staticmethodType, newDescr);
  w.rc = 999_999_999;
  w.addr = staticAddr(48);
  defAttr(B, '__new__', w);
  defMethod(B, '__init__', (self, args, kw) => {
    if (kw && kw.length > 0) throw raise(TypeError, `${self.type.name}() takes no keyword arguments`);
    setArgs(asExc(self), args);
    return newNone();
  });
  defMethod(B, '__str__', (self) => {
    const a = asExc(self).args.items;
    if (a.length === 0) return newStrFresh('');
    if (a.length === 1) {
      const s = a[0];
      if (s instanceof PyStr && s.type.name === 'str') {
        s.rc++;
        return s;
      }
      return newStrFresh(strStr(s));
    }
    return repr(asExc(self).args);
  });
  defMethod(B, '__repr__', (self) => {
    const a = asExc(self).args;
    const name = self.type.name;
    if (a.items.length === 1) return newStrFresh(`${name}(${reprStr(a.items[0])})`);
    return newStrFresh(`${name}${a.items.length === 0 ? '()' : reprStr(a)}`);
  });
  defGetSet(B, 'args', (o) => {
    const a = asExc(o).args;
    a.rc++;
    return a;
  }, (o, v) => {
    if (v === null) throw raise(TypeError, 'args may not be deleted');
    const items = v instanceof PyTuple ? v.items : [v];
    setArgs(asExc(o), items);
  });
  const link = (name: 'traceback' | 'context' | 'cause', attr: string) => defGetSet(B, attr, (o) => {
    const v = asExc(o)[name] ?? None;
    v.rc++;
    return v;
  }, (o, v) => {
    const e = asExc(o);
    const old = e[name];
    const nv = v === null || v === None ? null : v;
    if (nv) nv.rc++;
    e[name] = nv;
    if (name === 'cause') e.suppressContext = true;
    if (old) H.decref(old);
  });
  link('traceback', '__traceback__');
  link('context', '__context__');
  link('cause', '__cause__');
  defGetSet(B, '__suppress_context__', (o) => newBool(asExc(o).suppressContext), (o, v) => {
    asExc(o).suppressContext = v !== null && v !== None && (v as unknown as { v: number }).v !== 0;
  });
  defMethod(B, 'with_traceback', (self, args) => {
    const e = asExc(self);
    const tb = args[0];
    const old = e.traceback;
    e.traceback = tb === None ? null : tb;
    if (e.traceback) e.traceback.rc++;
    if (old) H.decref(old);
    self.rc++;
    return self;
  });
  defMethod(KeyError, '__str__', (self) => {
    const a = asExc(self).args.items;
    if (a.length === 1) return repr(a[0]);
    return newStrFresh(strStr(asExc(self).args.items.length === 0 ? emptyTuple : asExc(self).args));
  });
  const firstArgAttr = (t: PyType, name: string) => defGetSet(t, name, (o) => {
    const ex = asExc(o).getExtra(name);
    if (ex !== undefined) {
      ex.rc++;
      return ex;
    }
    const a = asExc(o).args.items;
    const v = a.length === 0 ? None : a.length === 1 || t !== SystemExit ? a[0] : asExc(o).args;
    v.rc++;
    return v;
  }, (o, v) => {
    if (v) asExc(o).setExtra(name, v);
  });
  firstArgAttr(StopIteration, 'value');
  firstArgAttr(SystemExit, 'code');
  const extraAttr = (t: PyType, name: string) => defGetSet(t, name, (o) => {
    const v = asExc(o).getExtra(name) ?? None;
    v.rc++;
    return v;
  }, (o, v) => {
    if (v) asExc(o).setExtra(name, v);
  });
  extraAttr(NameError, 'name');
  extraAttr(AttributeError, 'name');
  extraAttr(AttributeError, 'obj');
  extraAttr(ImportError, 'name');
  for (const n of ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']) extraAttr(SyntaxError, n);
  defGetSet(SyntaxError, 'msg', (o) => {
    const a = asExc(o).args.items;
    const v = a.length > 0 ? a[0] : None;
    v.rc++;
    return v;
  });
  defMethod(SyntaxError, '__str__', (self) => {
    const e = asExc(self);
    const a = e.args.items;
    const msg = a.length > 0 ? strStr(a[0]) : '';
    const fn = e.getExtra('filename');
    const ln = e.getExtra('lineno');
    if (fn instanceof PyStr && ln && ln !== None) {
      const base = fn.v.split('/').pop();
      return newStrFresh(`${msg} (${base}, line ${reprStr(ln)})`);
    }
    if (ln && ln !== None) return newStrFresh(`${msg} (line ${reprStr(ln)})`);
    return newStrFresh(msg);
  });
  void newStr;
  void newNone;
}

onInit(initExceptions);
