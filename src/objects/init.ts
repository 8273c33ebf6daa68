/**
 * Start-up of the object layer: gives every built-in type its dict and methods, and
 * defines `object` and `type` themselves (Objects/typeobject.c's object_* and type_*
 * functions). Each type module exports an `init…()` that registers its methods; this
 * file calls them in dependency order, once per process.
 */

import { H, PyObject, PyType, STATIC_RC, staticAddr } from './object.js';
import { allBuiltinTypes, objectType, typeType, noneType, functionType, builtinFunctionType, methodType } from './typeobjects.js';
import { excTypes, TypeError, raise } from './exceptions.js';
import { newStaticDict, defMethod, defClassMethod, defGetSet, defAttr, bindArgs, argRange } from './methods.js';
import { newStr, newStrFresh, PyStr, strSizeof } from './str.js';
import { newInt, PyInt, intDigits } from './int.js';
import { PyBytes } from './bytes.js';
import { None, NotImplemented, newBool, newNone } from './singletons.js';
import { newTuple, PyTuple } from './tuple.js';
import { newList } from './list.js';
import { PyDict, newDict } from './dict.js';
import {
  call, defaultRepr, genericSetAttr, repr, setExcByName, setTypeCall, str as pyStr, addrHex,
  isTrue, iterToArray,
} from './abstract.js';
import { genericGetAttr, typeLookup } from './typeobject.js';
import { newClass, objectNew, typeCallImpl } from './classes.js';
import { InstanceAttrs } from './instance.js';
import { MethodFn, PyBuiltinFunction, PyFuncWrapper, PyMethodDescr, staticBuiltin } from './descr.js';
import { PyFunction, PyMethod } from './function.js';
import { staticmethodType } from './typeobjects.js';

/** Hooks other type modules register to run at init (in registration order). */
const initializers: (() => void)[] = [];
export function onInit(f: () => void): void {
  initializers.push(f);
}

let done = false;

export function initObjects(): void {
  if (done) return;
  done = true;
  for (const t of allBuiltinTypes) if (!t.dict) t.dict = newStaticDict();
  for (const t of excTypes.values()) if (!t.dict) t.dict = newStaticDict();
  setTypeCall(typeCallImpl);
  setExcByName((n) => excTypes.get(n)!);
  initObject();
  initType();
  initMisc();
  for (const f of initializers) f();
}

/** Python's _Py_HashPointer: the address rotated right by 4 bits. */
export function pointerHash(o: PyObject): PyObject {
  const a = BigInt(o.addr);
  let h = ((a >> 4n) | (a << 60n)) & 0xffffffffffffffffn;
  if (h >= 1n << 63n) h -= 1n << 64n;
  return newInt(h === -1n ? -2 : Number.isSafeInteger(Number(h)) ? Number(h) : h);
}

function initObject(): void {
  const t = objectType;
  // Called as cls.__new__(cls, ...): the descriptor's self is the class.
  const newDescr = new PyMethodDescr('__new__', (cls, args, kw) => {
    if (!(cls instanceof PyType)) throw raise(TypeError, `object.__new__(X): X is not a type object (${cls.type.name})`);
    return objectNew(cls, args, kw);
  }, t);
  // __new__ is a static method: called as cls.__new__(cls, ...).
  const wrapped = newFuncWrapperStatic(newDescr);
  defAttr(t, '__new__', wrapped);
  defMethod(t, '__init__', (self, args, kw) => {
    if (args.length > 0 || (kw && kw.length > 0)) {
      const tp = self.type;
      if (typeLookup(tp, '__init__') === typeLookup(objectType, '__init__') || typeLookup(tp, '__new__') === typeLookup(objectType, '__new__')) {
        if (typeLookup(tp, '__init__') !== typeLookup(objectType, '__init__')) {
          throw raise(TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
        }
        if (typeLookup(tp, '__new__') !== typeLookup(objectType, '__new__')) return newNone();
        throw raise(TypeError, `${tp.name}.__init__() takes exactly one argument (the instance to initialize)`);
      }
    }
    return newNone();
  });
  defMethod(t, '__repr__', (self) => newStrFresh(defaultRepr(self)));
  defMethod(t, '__str__', (self) => repr(self));
  defMethod(t, '__hash__', (self) => pointerHash(self));
  defMethod(t, '__eq__', (self, args) => {
    if (self === args[0]) return newBool(true);
    NotImplemented.rc++;
    return NotImplemented;
  });
  defMethod(t, '__ne__', (self, args) => {
    const eqm = typeLookup(self.type, '__eq__');
    if (eqm === null) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    const r = eqm instanceof PyMethodDescr ? eqm.fn(self, args, null) : call(eqm, [self, args[0]]);
    if (r === NotImplemented) return r;
    const b = isTrue(r);
    H.decref(r);
    return newBool(!b);
  });
  for (const op of ['__lt__', '__le__', '__gt__', '__ge__']) {
    defMethod(t, op, () => {
      NotImplemented.rc++;
      return NotImplemented;
    });
  }
  defMethod(t, '__getattribute__', (self, args) => {
    argRange('__getattribute__', args, null, 1, 1);
    const n = args[0];
    if (!(n instanceof PyStr)) throw raise(TypeError, `attribute name must be string, not '${n.type.name}'`);
    return genericGetAttr(self, n.v)!;
  });
  defMethod(t, '__setattr__', (self, args) => {
    argRange('__setattr__', args, null, 2, 2);
    genericSetAttr(self, (args[0] as PyStr).v, args[1]);
    return newNone();
  });
  defMethod(t, '__delattr__', (self, args) => {
    genericSetAttr(self, (args[0] as PyStr).v, null);
    return newNone();
  });
  defMethod(t, '__format__', (self, args) => {
    const spec = args[0] as PyStr;
    if (spec.v !== '') throw raise(TypeError, `unsupported format string passed to ${self.type.name}.__format__`);
    return pyStr(self);
  });
  // object___sizeof__: tp_basicsize plus |ob_size| items of tp_itemsize for the
  // variable-size types (tuple and bytes use it as their own __sizeof__; int, str, list,
  // dict, set and type have theirs): object.__sizeof__(10**20) is 36, of (1, 2) 40.
  defMethod(t, '__sizeof__', (self) => newInt(self.type.basicsize + varItemsBytes(self)));
  defMethod(t, '__dir__', (self) => {
    const names = new Set<string>();
    const a = self.attrs as InstanceAttrs | null;
    if (a) for (const n of a.names()) names.add(n);
    for (const tp of self.type.mro) for (const k of (tp.dict as PyDict).ks) if (k) names.add((k as PyStr).v);
    return newList([...names].map((n) => newStr(n)));
  });
  defMethod(t, '__init_subclass__', () => newNone());
  // object.__subclasshook__: the default for abc-style checks, "no opinion".
  defClassMethod(t, '__subclasshook__', () => {
    NotImplemented.rc++;
    return NotImplemented;
  });
  // object.__getstate__ (3.11): None for an instance without attributes, else its
  // __dict__, paired with a dict of the set __slots__ values when the class has slots.
  defMethod(t, '__getstate__', (self, args, kw) => {
    argRange('__getstate__', args, kw, 0, 0);
    return objectGetState(self);
  });
  // No pickle or copyreg in memsnake: reducing an object is reported as impossible,
  // in the words CPython uses for objects it cannot reduce.
  const cannotPickle: MethodFn = (self) => {
    throw raise(TypeError, `cannot pickle '${self.type.name}' object`);
  };
  defMethod(t, '__reduce__', cannotPickle);
  defMethod(t, '__reduce_ex__', cannotPickle);
  defGetSet(t, '__class__', (o) => {
    o.type.rc++;
    return o.type;
  });
  defAttr(t, '__doc__', newStaticStr('The base class of the class hierarchy.'));
}

function objectGetState(o: PyObject): PyObject {
  const a = o.attrs as InstanceAttrs | null;
  let state: PyObject = None;
  if (a !== null && o.type.hasInstanceDict && a.names().length > 0) state = a.materialize(o);
  state.rc++;
  const t = o.type;
  if (t.nslots === 0 || a === null || a.slots === null) return state;
  const slots = newDict();
  try {
    for (const tp of t.mro) {
      for (let i = 0; i < tp.slotNames.length; i++) {
        const v = a.slots[tp.slotBase + i];
        if (v === null || v === undefined) continue;
        const k = newStr(tp.slotNames[i]);
        slots.set(k, v);
        H.decref(k);
      }
    }
  } catch (e) {
    H.decref(slots);
    H.decref(state);
    throw e;
  }
  if (slots.used === 0) {
    H.decref(slots);
    return state;
  }
  return newTuple([state, slots]);
}

/** A statically allocated str (object.__doc__): immortal, at an address of its own. */
function newStaticStr(s: string): PyStr {
  const o = new PyStr(s);
  o.rc = STATIC_RC;
  o.addr = staticAddr(strSizeof(s));
  return o;
}

/** A static staticmethod wrapper of a built-in __new__ (GC header + 32, as defNew's). */
function newFuncWrapperStatic(d: PyMethodDescr): PyObject {
  const w = new PyFuncWrapper(staticmethodType, d);
  w.rc = STATIC_RC;
  w.addr = staticAddr(48);
  return w;
}

function initType(): void {
  const t = typeType;
  defAttr(t, '__new__', newFuncWrapperStatic(new PyMethodDescr('__new__', (metaObj, args, kw) => {
    const meta = metaObj as PyType;
    const rest = args.slice(0, kw ? args.length - kw.length : undefined);
    if (rest.length === 1 && meta === typeType) {
      const r = rest[0].type;
      r.rc++;
      return r;
    }
    if (rest.length !== 3) throw raise(TypeError, 'type() takes 1 or 3 arguments');
    const [name, bases, ns] = rest;
    if (!(name instanceof PyStr)) throw raise(TypeError, `type.__new__() argument 1 must be str, not ${name.type.name}`);
    if (!(bases instanceof PyTuple)) throw raise(TypeError, `type.__new__() argument 2 must be tuple, not ${bases.type.name}`);
    if (!(ns instanceof PyDict)) throw raise(TypeError, `type.__new__() argument 3 must be dict, not ${ns.type.name}`);
    return newClass(meta, name.v, bases.items as PyType[], ns);
  }, t)));
  defMethod(t, '__init__', () => newNone());
  defMethod(t, '__call__', (self, args, kw) => typeCallImpl(self as PyType, args, kw));
  defMethod(t, '__repr__', (self) => {
    const tp = self as PyType;
    const mod = tp.module === 'builtins' ? '' : tp.module + '.';
    return newStrFresh(`<class '${mod}${tp.qualname}'>`);
  });
  defMethod(t, 'mro', (self) => newList((self as PyType).mro.map((x) => (x.rc++, x))));
  defMethod(t, '__subclasses__', (self) => newList([...(self as PyType).subclasses].map((x) => (x.rc++, x))));
  defMethod(t, '__instancecheck__', (self, args) => newBool(args[0].type.isSubtype(self as PyType)));
  defMethod(t, '__subclasscheck__', (self, args) => newBool((args[0] as PyType).isSubtype(self as PyType)));
  // type___sizeof__: a heap type is a PyHeapTypeObject (904) plus, for classes whose
  // instances have a managed dict (presize 32), the shared keys table it caches (64
  // slots, 768 bytes); a __slots__ class or a subclass of int/tuple/exceptions has none.
  defMethod(t, '__sizeof__', (self) => {
    const tp = self as PyType;
    return newInt(tp.heaptype ? 904 + (tp.presize === 32 ? 768 : 0) : 408);
  });
  defGetSet(t, '__name__', (o) => newStr((o as PyType).name), (o, v) => {
    if (!(v instanceof PyStr)) throw raise(TypeError, `can only assign string to ${(o as PyType).name}.__name__, not '${v ? v.type.name : 'NoneType'}'`);
    (o as PyType).name = v.v;
  });
  defGetSet(t, '__qualname__', (o) => newStr((o as PyType).qualname), (o, v) => {
    if (v instanceof PyStr) (o as PyType).qualname = v.v;
  });
  defGetSet(t, '__module__', (o) => {
    const tp = o as PyType;
    if (tp.heaptype) {
      const m = (tp.dict as PyDict).getStr('__module__');
      if (m) {
        m.rc++;
        return m;
      }
    }
    return newStr(tp.module);
  }, (o, v) => {
    const tp = o as PyType;
    if (v instanceof PyStr) tp.module = v.v;
  });
  defGetSet(t, '__bases__', (o) => {
    const tp = o as PyType;
    if (tp.basesTuple) {
      tp.basesTuple.rc++;
      return tp.basesTuple;
    }
    return newTuple(tp.bases.map((x) => (x.rc++, x)));
  });
  defGetSet(t, '__base__', (o) => {
    const b = (o as PyType).base;
    if (b === null) return newNone();
    b.rc++;
    return b;
  });
  defGetSet(t, '__mro__', (o) => {
    const tp = o as PyType;
    if (tp.mroTuple) {
      tp.mroTuple.rc++;
      return tp.mroTuple;
    }
    return newTuple(tp.mro.map((x) => (x.rc++, x)));
  });
  defGetSet(t, '__dict__', (o) => {
    // A mappingproxy in CPython; memsnake hands out the dict itself (read-only use).
    const d = (o as PyType).dict as PyDict;
    d.rc++;
    return d;
  });
  defGetSet(t, '__doc__', (o) => {
    const d = ((o as PyType).dict as PyDict).getStr('__doc__');
    if (d === undefined) return newNone();
    d.rc++;
    return d;
  });
}

function initMisc(): void {
  defMethod(noneType, '__repr__', () => newStr('None'));
  defMethod(noneType, '__bool__', () => newBool(false));
  defMethod(noneType, '__hash__', (self) => pointerHash(self));
  defMethod(functionType, '__repr__', (self) => newStrFresh(`<function ${(self as PyFunction).qualname.v} at ${addrHex(self)}>`));
  defMethod(builtinFunctionType, '__repr__', (self) => {
    const b = self as PyBuiltinFunction;
    if (b.self === null) return newStrFresh(`<built-in function ${b.name}>`);
    return newStrFresh(`<built-in method ${b.name} of ${b.self.type.name} object at ${addrHex(b.self)}>`);
  });
  defMethod(methodType, '__repr__', (self) => {
    const m = self as PyMethod;
    const fq = m.func instanceof PyFunction ? m.func.qualname.v : '?';
    const r = repr(m.self);
    const s = r.v;
    H.decref(r);
    return newStrFresh(`<bound method ${fq} of ${s}>`);
  });
  void bindArgs;
  void staticBuiltin;
  void iterToArray;
  void newDict;
  void None;
}

/** Py_SIZE(o) · tp_itemsize for the variable-size types (ob_size of int 0 is 0). */
function varItemsBytes(o: PyObject): number {
  if (o instanceof PyTuple) return 8 * o.items.length;
  if (o instanceof PyBytes) return o.v.length;
  if (o instanceof PyInt) return o.v === 0 || o.v === 0n ? 0 : 4 * intDigits(o.v);
  return 0;
}
