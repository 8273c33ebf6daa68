/**
 * Worker side of the REPL's tab completion (repl/complete.ts asks through the `complete`
 * request): the names a prefix could be, as plain strings.
 *
 * Completion must never change the session or run Python code (a property, __getattr__
 * or __dir__ of the user's could do anything, and Tab is pressed idly). So nothing here
 * evaluates: `a.b.pre` is resolved by plain dictionary reads only — `a` in __main__'s
 * globals (or builtins), `.b` in a module's dict, an instance's own attribute storage or
 * a class's namespace along its MRO — and the names offered are the keys of those same
 * dictionaries, as rlcompleter's dir() would list most of them. No refcount is touched.
 */

import type { InspectAccess } from '../interp/inspect-eval.js';
import { type PyObject, PyType } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { InstanceAttrs } from '../objects/instance.js';
import { PyStr } from '../objects/str.js';
import { isCallable } from '../builtins/builtins_attr.js';

/** Names for `prefix`: globals and builtins when `path` is empty, else attributes of the object `path` names. */
export function completeNames(access: InspectAccess, path: string[], prefix: string): string[] {
  const { globals, builtins } = moduleDicts(access);
  // name -> its value, the first one found (a global hides a builtin, an instance attribute its class's).
  const found = new Map<string, PyObject>();
  const take = (entries: [string, PyObject][]): void => {
    for (const [name, value] of entries) if (!found.has(name)) found.set(name, value);
  };
  if (path.length === 0) {
    for (const dict of [globals, builtins]) if (dict !== null) take(strItems(dict));
  } else {
    let value: PyObject | undefined = globals?.getStr(path[0]) ?? builtins?.getStr(path[0]);
    for (const name of path.slice(1)) {
      if (value === undefined) break;
      value = plainAttribute(value, name);
    }
    if (value === undefined) return [];
    take(attributeItems(value));
  }
  // rlcompleter's rules: private names only when the prefix asks for them; a callable
  // gets "(" (PyCallable_Check: the type's slots and __call__, looked up, never called).
  const hide = prefix === '' ? '_' : prefix === '_' ? '__' : null;
  return [...found]
    .filter(([name]) => name.startsWith(prefix) && (hide === null || !name.startsWith(hide)))
    .map(([name, value]) => (isCallable(value) ? name + '(' : name))
    .sort();
}

/** __main__'s globals and the builtins dict, told apart by their __name__. */
function moduleDicts(access: InspectAccess): { globals: PyDict | null; builtins: PyDict | null } {
  let globals: PyDict | null = null;
  let builtins: PyDict | null = null;
  for (const ns of access.namespaces()) {
    if (!(ns instanceof PyDict)) continue;
    const name = ns.getStr('__name__');
    const text = name instanceof PyStr ? name.v : null;
    if (text === '__main__' && globals === null) globals = ns;
    else if (text === 'builtins' && builtins === null) builtins = ns;
  }
  return { globals, builtins };
}

function strItems(dict: PyDict): [string, PyObject][] {
  const out: [string, PyObject][] = [];
  for (let i = 0; i < dict.ks.length; i++) {
    const key = dict.ks[i];
    const value = dict.vs[i];
    if (key instanceof PyStr && value !== null) out.push([key.v, value]);
  }
  return out;
}

/** An attribute found in storage alone (no descriptor is called), or undefined. */
function plainAttribute(o: PyObject, name: string): PyObject | undefined {
  if (o instanceof PyModule) return o.dict.getStr(name);
  if (o.attrs instanceof InstanceAttrs) {
    const own = o.attrs.get(name);
    if (own !== undefined) return own;
  }
  const mro = o instanceof PyType ? o.mro : o.type.mro;
  for (const t of mro) {
    const v = t.dict?.getStr(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

function attributeItems(o: PyObject): [string, PyObject][] {
  if (o instanceof PyModule) return strItems(o.dict);
  const out: [string, PyObject][] = [];
  const attrs = o.attrs;
  if (attrs instanceof InstanceAttrs) {
    if (attrs.dict !== null) out.push(...strItems(attrs.dict));
    else {
      attrs.owner.sharedKeys.forEach((name, i) => {
        const value = attrs.values[i] ?? null;
        if (value !== null) out.push([name, value]);
      });
    }
  }
  for (const t of o instanceof PyType ? o.mro : o.type.mro) if (t.dict instanceof PyDict) out.push(...strItems(t.dict));
  return out;
}
