/**
 * The generator type's Python-visible methods and attributes (Objects/genobject.c,
 * gen_methods / gen_getsetlist / gen_memberlist, 3.11): `__next__`, `send`, `throw`,
 * `close`, `gi_frame`, `gi_running`, `gi_suspended`, `gi_yieldfrom`, `__name__`,
 * `__qualname__`, and the repr `<generator object QUALNAME at 0x...>`.
 */

import { H, PyObject, PyRaise, PyType } from '../objects/object.js';
import { PyStr, newStrFresh } from '../objects/str.js';
import { PyTuple } from '../objects/tuple.js';
import { newInt } from '../objects/int.js';
import { None, newBool, newNone } from '../objects/singletons.js';
import { BaseException, PyBaseException, TypeError, raise } from '../objects/exceptions.js';
import { addrHex, call } from '../objects/abstract.js';
import { defGetSet, defMethod, argRange } from '../objects/methods.js';
import { generatorType } from '../objects/typeobjects.js';
import { onInit } from '../objects/init.js';
import { PyGenerator, genClose, genResume, raiseStop, frameObjectOf, COMPLETED, EXECUTING, SUSPENDED } from './generator.js';

function gen(self: PyObject): PyGenerator {
  return self as PyGenerator;
}

/** send(v) / __next__: the yielded value, or StopIteration carrying the return value. */
function send(g: PyGenerator, v: PyObject | null): PyObject {
  if (v) v.rc++;
  const r = genResume(g, v, null);
  if (r === null) throw raiseStop();
  return r;
}

/**
 * throw(value) / throw(type[, value[, traceback]]): the exception to raise at the
 * suspension point, normalised as gen_throw does (a class is instantiated, with `value`
 * as its argument).
 */
function makeThrown(args: PyObject[]): PyRaise {
  const typ = args[0];
  const val = args.length > 1 ? args[1] : None;
  if (typ instanceof PyType && typ.isSubtype(BaseException)) {
    let e: PyObject;
    if (val instanceof PyBaseException && val.type.isSubtype(typ)) {
      val.rc++;
      e = val;
    } else if (val === None) e = call(typ, []);
    else if (val instanceof PyTuple) e = call(typ, val.items);
    else e = call(typ, [val]);
    if (!(e instanceof PyBaseException)) {
      H.decref(e);
      throw raise(TypeError, `calling ${typ.name} should have returned an instance of BaseException, not ${e.type.name}`);
    }
    return new PyRaise(e);
  }
  if (typ instanceof PyBaseException) {
    if (val !== None) throw raise(TypeError, 'instance exception may not have a separate value');
    typ.rc++;
    return new PyRaise(typ);
  }
  throw raise(TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typ.type.name}`);
}

function initGeneratorType(): void {
  const t = generatorType;
  defMethod(t, '__iter__', (self) => {
    self.rc++;
    return self;
  });
  defMethod(t, '__next__', (self) => send(gen(self), null));
  defMethod(t, 'send', (self, args, kw) => {
    argRange('send', args, kw, 1, 1);
    return send(gen(self), args[0]);
  });
  defMethod(t, 'throw', (self, args, kw) => {
    argRange('throw', args, kw, 1, 3);
    const r = genResume(gen(self), null, makeThrown(args));
    if (r === null) throw raiseStop();
    return r;
  });
  defMethod(t, 'close', (self, args, kw) => {
    argRange('close', args, kw, 0, 0);
    genClose(gen(self));
    return newNone();
  });
  // gen_sizeof: the header plus the frame's locals and value stack (what the block holds).
  defMethod(t, '__sizeof__', (self) => {
    const c = gen(self).code;
    return newInt(152 + 8 * (c.nslots - c.hiddenSlots + c.stacksize));
  });
  defMethod(t, '__repr__', (self) => newStrFresh(`<generator object ${gen(self).qualname.v} at ${addrHex(self)}>`));
  defGetSet(t, 'gi_frame', (self) => {
    const g = gen(self);
    if (g.frame === null || g.state === COMPLETED) return newNone();
    const fo = frameObjectOf(g.frame);
    fo.rc++;
    return fo;
  });
  defGetSet(t, 'gi_running', (self) => newBool(gen(self).state === EXECUTING));
  defGetSet(t, 'gi_suspended', (self) => newBool(gen(self).state === SUSPENDED));
  defGetSet(t, 'gi_yieldfrom', (self) => {
    const y = gen(self).yieldFrom;
    if (y === null) return newNone();
    y.rc++;
    return y;
  });
  const strSetter = (field: 'name' | 'qualname', attr: string) => (self: PyObject, v: PyObject | null) => {
    if (!(v instanceof PyStr)) throw raise(TypeError, `${attr} must be set to a string object`);
    const g = gen(self);
    const old = g[field];
    v.rc++;
    g[field] = v;
    H.decref(old);
  };
  defGetSet(t, '__name__', (self) => {
    const n = gen(self).name;
    n.rc++;
    return n;
  }, strSetter('name', '__name__'));
  defGetSet(t, '__qualname__', (self) => {
    const n = gen(self).qualname;
    n.rc++;
    return n;
  }, strSetter('qualname', '__qualname__'));
}

onInit(initGeneratorType);

