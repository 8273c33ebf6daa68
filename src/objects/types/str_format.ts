/**
 * str.format and str.format_map. Mirrors Objects/stringlib/unicode_format.h, 3.11:
 * literal text with `{{`/`}}`, replacement fields `{name.attr[key]!conv:spec}` with
 * automatic or manual numbering, nested fields inside the spec (two levels), and
 * format(value, spec) through the value's __format__.
 */

import { H, PyObject } from '../object.js';
import { PyStr, newStr, newStrFresh } from '../str.js';
import { newInt } from '../int.js';
import { PyDict, newDict } from '../dict.js';
import { strType } from '../typeobjects.js';
import { IndexError, KeyError, TypeError, ValueError, raise, raiseWith } from '../exceptions.js';
import { argRange, defMethod } from '../methods.js';
import { onInit } from '../init.js';
import { callMethodWith, getAttr, getItem, repr, str as pyStr } from '../abstract.js';
import { typeLookup } from '../typeobject.js';
import { asciiEscape } from './str_util.js';

/** format(value, spec): value.__format__(spec), which must return a str. */
export function formatValue(v: PyObject, spec: string): PyObject {
  const m = typeLookup(v.type, '__format__');
  if (m === null) throw raise(TypeError, `Type ${v.type.name} doesn't define __format__`);
  const sp = newStr(spec);
  let r: PyObject;
  try {
    r = callMethodWith(m, v, [sp], null);
  } finally {
    H.decref(sp);
  }
  if (!(r instanceof PyStr)) {
    const tn = r.type.name;
    H.decref(r);
    throw raise(TypeError, `__format__ must return a str, not ${tn}`);
  }
  return r;
}

interface Ctx {
  args: PyObject[];
  kwargs: PyDict | null;
  /** kwargs given as a mapping (format_map) rather than a dict. */
  mapping: PyObject | null;
  auto: number;
  /** 0 undecided, 1 automatic, 2 manual. */
  mode: number;
}

/** Parses the field name and fetches the object (get_field_object). New reference. */
function getField(name: string, ctx: Ctx): PyObject {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let obj: PyObject;
  const isNum = /^\d+$/.test(first);
  if (first === '') {
    if (ctx.mode === 2) throw raise(ValueError, 'cannot switch from manual field specification to automatic field numbering');
    ctx.mode = 1;
    const idx = ctx.auto++;
    obj = positional(idx, ctx);
  } else if (isNum) {
    if (ctx.mode === 1) throw raise(ValueError, 'cannot switch from automatic field numbering to manual field specification');
    ctx.mode = 2;
    obj = positional(Number(first), ctx);
  } else {
    const k = newStr(first);
    try {
      if (ctx.mapping !== null) obj = getItem(ctx.mapping, k);
      else {
        const v = ctx.kwargs?.get(k);
        if (v === undefined) throw raiseWith(KeyError, k);
        v.rc++;
        obj = v;
      }
    } finally {
      H.decref(k);
    }
  }
  try {
    while (i < name.length) {
      if (name[i] === '.') {
        let j = i + 1;
        while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
        const attr = name.slice(i + 1, j);
        if (attr === '') throw raise(ValueError, 'Empty attribute in format string');
        const next = getAttr(obj, attr);
        H.decref(obj);
        obj = next;
        i = j;
      } else {
        const close = name.indexOf(']', i);
        if (close < 0) throw raise(ValueError, "Missing ']' in format string");
        const key = name.slice(i + 1, close);
        if (key === '') throw raise(ValueError, 'Empty attribute in format string');
        const k = /^\d+$/.test(key) ? newInt(Number(key)) : newStr(key);
        try {
          const next = getItem(obj, k);
          H.decref(obj);
          obj = next;
        } finally {
          H.decref(k);
        }
        i = close + 1;
        if (i < name.length && name[i] !== '.' && name[i] !== '[') {
          throw raise(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
      }
    }
  } catch (e) {
    H.decref(obj);
    throw e;
  }
  return obj;
}

function positional(idx: number, ctx: Ctx): PyObject {
  if (ctx.mapping !== null) throw raise(ValueError, 'Format string contains positional fields');
  if (idx >= ctx.args.length) throw raise(IndexError, `Replacement index ${idx} out of range for positional args tuple`);
  const v = ctx.args[idx];
  v.rc++;
  return v;
}

/** Renders a format string (MarkupIterator + render_field); depth guards nesting. */
function render(fmt: string, ctx: Ctx, depth: number): string {
  if (depth <= 0) throw raise(ValueError, 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw raise(ValueError, "Single '}' encountered in format string");
    }
    if (c !== '{') {
      let j = i;
      while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
      out += fmt.slice(i, j);
      i = j;
      continue;
    }
    if (fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    // A field: find its matching '}', counting nested braces.
    let j = i + 1, level = 1;
    let bracket = false;
    for (; j < n; j++) {
      const d = fmt[j];
      if (d === '[' && level === 1) bracket = true;
      else if (d === ']') bracket = false;
      else if (!bracket && d === '{') level++;
      else if (!bracket && d === '}' && --level === 0) break;
    }
    if (j >= n) throw raise(ValueError, level > 1 || fmt.slice(i + 1).includes('}') ? "expected '}' before end of string" : "Single '{' encountered in format string");
    out += renderField(fmt.slice(i + 1, j), ctx, depth);
    i = j + 1;
  }
  return out;
}

function renderField(field: string, ctx: Ctx, depth: number): string {
  // field_name ends at '!' or ':' outside brackets.
  let k = 0, bracket = false;
  for (; k < field.length; k++) {
    const d = field[k];
    if (d === '[') bracket = true;
    else if (d === ']') bracket = false;
    else if (!bracket && (d === '!' || d === ':')) break;
  }
  const name = field.slice(0, k);
  let conv = '';
  let spec = '';
  if (field[k] === '!') {
    if (k + 1 >= field.length) throw raise(ValueError, 'end of string while looking for conversion specifier');
    conv = field[k + 1];
    if (k + 2 < field.length && field[k + 2] !== ':') throw raise(ValueError, 'expected \':\' after conversion specifier');
    spec = field.slice(k + 3);
  } else if (field[k] === ':') spec = field.slice(k + 1);
  const obj = getField(name, ctx);
  try {
    let v = obj;
    v.rc++;
    try {
      if (conv !== '') {
        let c: PyObject;
        if (conv === 'r') c = repr(v);
        else if (conv === 's') c = pyStr(v);
        else if (conv === 'a') {
          const r = repr(v);
          c = newStrFresh(asciiEscape(r.v));
          H.decref(r);
        } else throw raise(ValueError, `Unknown conversion specifier ${conv}`);
        H.decref(v);
        v = c;
      }
      const realSpec = spec.includes('{') ? render(spec, ctx, depth - 1) : spec;
      const r = formatValue(v, realSpec);
      const s = (r as PyStr).v;
      H.decref(r);
      return s;
    } finally {
      H.decref(v);
    }
  } finally {
    H.decref(obj);
  }
}

/** str.format(*args, **kwargs). */
export function str_format(fmt: string, args: PyObject[], kwargs: PyDict | null, mapping: PyObject | null = null): PyObject {
  const ctx: Ctx = { args, kwargs, mapping, auto: 0, mode: 0 };
  return newStr(render(fmt, ctx, 2));
}

function initStrFormat(): void {
  defMethod(strType, 'format', (self, args, kw) => {
    const nk = kw === null ? 0 : kw.length;
    let kwargs: PyDict | null = null;
    if (nk > 0) {
      kwargs = newDict();
      for (let j = 0; j < nk; j++) {
        const k = newStr(kw![j]);
        kwargs.set(k, args[args.length - nk + j]);
        H.decref(k);
      }
    }
    try {
      return str_format((self as PyStr).v, args.slice(0, args.length - nk), kwargs, null);
    } finally {
      if (kwargs !== null) H.decref(kwargs);
    }
  });
  defMethod(strType, 'format_map', (self, args, kw) => {
    argRange('format_map', args, kw, 1, 1);
    return str_format((self as PyStr).v, [], null, args[0]);
  });
}

onInit(initStrFormat);
