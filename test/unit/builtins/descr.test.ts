// super, property, classmethod, staticmethod at the object level, with a user class.
import { beforeEach, describe, expect, it } from 'vitest';
import { H, PyObject, PyType } from '../../../src/objects/object.js';
import { newDict } from '../../../src/objects/dict.js';
import { PyStr, newStr } from '../../../src/objects/str.js';
import { None } from '../../../src/objects/singletons.js';
import { call, getAttr, reprStr } from '../../../src/objects/abstract.js';
import { newClass } from '../../../src/objects/classes.js';
import { PyProperty } from '../../../src/objects/descr.js';
import { objectType, typeType, propertyType, staticmethodType, superType } from '../../../src/objects/typeobjects.js';
import { superGetAttr } from '../../../src/builtins/builtins_descr.js';
import { type Env, expectRaise, int, release, setup } from './helpers.js';

let env: Env;
beforeEach(() => {
  env = setup();
});

function cls(name: string, bases: PyType[]): PyType {
  const ns = newDict();
  const t = newClass(typeType, name, bases, ns);
  H.decref(ns);
  return t;
}

describe('super', () => {
  it('binds the next class in the MRO to the object', () => {
    const A = cls('A', []);
    const B = cls('B', [A]);
    const b = call(B, []);
    const s = call(superType, [B, b]);
    expect(reprStr(s)).toBe("<super: <class 'B'>, <B object>>");
    const rc = b.rc;
    const init = superGetAttr(s, '__init__')!;
    expect(b.rc).toBe(rc + 1);
    expect(call(init, [])).toBe(None);
    release(init);
    expect(b.rc).toBe(rc);
    // Through the generic lookup (the attrs store): the bound method is kept by the super
    // object and released with it.
    const init2 = getAttr(s, '__init__');
    expect(b.rc).toBe(rc + 1);
    const s2 = call(superType, [B, b]);
    const init3 = getAttr(s2, '__init__');
    release(s2);
    expect(init3.rc).toBe(1);
    release(init3, init2);
    const cl = superGetAttr(s, '__class__')!;
    expect(cl).toBe(superType);
    expectRaise(() => superGetAttr(s, 'nope'), 'AttributeError', "'super' object has no attribute 'nope'");
    expectRaise(() => call(superType, [int(1)]), 'TypeError', 'super() argument 1 must be a type, not int');
    expectRaise(() => call(superType, [B, int(1)]), 'TypeError', 'super(type, obj): obj must be an instance or subtype of type');
    expectRaise(() => call(superType, []), 'RuntimeError', 'super(): no arguments');
    release(s);
    expect(b.rc).toBe(1);
    release(b, B, A);
    void objectType;
  });
});

describe('property, staticmethod', () => {
  it('builds and copies', () => {
    const len = env.builtins.getStr('len')!;
    const p = call(propertyType, [len]) as PyProperty;
    expect(p.fget).toBe(len);
    const p2 = call((env.builtins.getStr('getattr') as PyObject), [p, strOf('setter')]);
    const q = call(p2, [len]) as PyProperty;
    expect(q.fget).toBe(len);
    expect(q.fset).toBe(len);
    expectRaise(() => call(propertyType, [len, len, len, len, len]), 'TypeError', 'property() takes at most 4 arguments (5 given)');
    const sm = call(staticmethodType, [len]);
    expect(reprStr(sm)).toBe('<staticmethod(<built-in function len>)>');
    expectRaise(() => call(staticmethodType, []), 'TypeError', 'staticmethod expected 1 argument, got 0');
    release(p, p2, q, sm);
  });
});

function strOf(s: string): PyStr {
  return newStr(s);
}
