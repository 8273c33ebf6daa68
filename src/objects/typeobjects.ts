/**
 * The built-in type objects, statically allocated as in CPython (PyLong_Type, PyList_Type
 * ...). They are created here without their dicts; `objects/init.ts` gives each its dict
 * and methods once every type module is loaded (the dict type must exist first).
 *
 * Sizes: `basicsize` is tp_basicsize (what `__sizeof__` of an empty instance returns),
 * `gc` says whether instances carry the 16-byte GC header (presize 16).
 */

import { PyType, STATIC_RC, staticAddr } from './object.js';

export const typeType = new PyType(null, 'type');
typeType.type = typeType;

function mk(name: string, basicsize: number, gc: boolean, base: PyType | null): PyType {
  const t = new PyType(typeType, name);
  t.rc = STATIC_RC;
  t.addr = staticAddr(424);
  t.basicsize = basicsize;
  t.gc = gc;
  t.presize = gc ? 16 : 0;
  t.base = base;
  t.bases = base ? [base] : [];
  t.mro = base ? [t, ...base.mro] : [t];
  t.solidBase = t;
  if (base) base.subclasses.add(t);
  return t;
}

export const objectType = mk('object', 16, false, null);
typeType.rc = STATIC_RC;
typeType.addr = staticAddr(424);
typeType.basicsize = 880;
typeType.gc = true;
typeType.presize = 16;
typeType.base = objectType;
typeType.bases = [objectType];
typeType.mro = [typeType, objectType];
typeType.solidBase = typeType;
typeType.weakrefable = true; // classes can be weakly referenced (tp_weaklistoffset)
objectType.subclasses.add(typeType);

export const intType = mk('int', 24, false, objectType);
export const boolType = mk('bool', 24, false, intType);
export const floatType = mk('float', 24, false, objectType);
// tp_basicsize is sizeof(PyUnicodeObject), the layout of a str subclass's instances; an exact
// str is compact (48 or 72 bytes of header, strSizeof) and never uses it.
export const strType = mk('str', 80, false, objectType);
export const bytesType = mk('bytes', 33, false, objectType);
export const tupleType = mk('tuple', 24, true, objectType);
export const listType = mk('list', 40, true, objectType);
export const dictType = mk('dict', 48, true, objectType);
export const setType = mk('set', 200, true, objectType);
export const frozensetType = mk('frozenset', 200, true, objectType);
// Sets have their own weakref list (tp_weaklistoffset), so a subclass adds no slot:
// class SS(set) has basicsize 200 and getsizeof(SS()) 232.
setType.weakrefable = true;
frozensetType.weakrefable = true;
export const noneType = mk('NoneType', 16, false, objectType);
export const ellipsisType = mk('ellipsis', 16, false, objectType);
export const notImplementedType = mk('NotImplementedType', 16, false, objectType);
export const functionType = mk('function', 136, true, objectType);
export const builtinFunctionType = mk('builtin_function_or_method', 56, true, objectType);
export const methodType = mk('method', 48, true, objectType);
export const methodDescrType = mk('method_descriptor', 56, true, objectType);
export const classMethodDescrType = mk('classmethod_descriptor', 56, true, objectType);
export const wrapperDescrType = mk('wrapper_descriptor', 56, true, objectType);
// wrapperobject in descrobject.c: a slot wrapper bound to an instance ((1).__add__).
export const methodWrapperType = mk('method-wrapper', 32, true, objectType);
export const getsetDescrType = mk('getset_descriptor', 56, true, objectType);
export const memberDescrType = mk('member_descriptor', 56, true, objectType);
export const propertyType = mk('property', 64, true, objectType);
export const classmethodType = mk('classmethod', 32, true, objectType);
export const staticmethodType = mk('staticmethod', 32, true, objectType);
export const cellType = mk('cell', 24, true, objectType);
export const codeType = mk('code', 208, false, objectType);
export const moduleType = mk('module', 56, true, objectType);
export const rangeType = mk('range', 48, false, objectType);
export const sliceType = mk('slice', 40, true, objectType);
export const superType = mk('super', 40, true, objectType);
export const generatorType = mk('generator', 160, true, objectType);
export const tracebackType = mk('traceback', 40, true, objectType);
export const frameType = mk('frame', 160, true, objectType);
export const mappingproxyType = mk('mappingproxy', 24, true, objectType);
export const dictKeysType = mk('dict_keys', 24, true, objectType);
export const dictValuesType = mk('dict_values', 24, true, objectType);
export const dictItemsType = mk('dict_items', 24, true, objectType);
// sizeof(textio) in Modules/_io/textio.c: sys.getsizeof(sys.stdout) is 208.
export const textIOType = mk('TextIOWrapper', 192, true, objectType);
textIOType.module = '_io';

// Iterators (CPython's names; GC-tracked except the range iterators).
export const listIterType = mk('list_iterator', 32, true, objectType);
export const listRevIterType = mk('list_reverseiterator', 32, true, objectType);
export const tupleIterType = mk('tuple_iterator', 32, true, objectType);
export const strIterType = mk('str_ascii_iterator', 32, true, objectType);
export const rangeIterType = mk('range_iterator', 48, false, objectType);
export const dictKeyIterType = mk('dict_keyiterator', 56, true, objectType);
export const dictValueIterType = mk('dict_valueiterator', 56, true, objectType);
export const dictItemIterType = mk('dict_itemiterator', 56, true, objectType);
export const setIterType = mk('set_iterator', 40, true, objectType);
export const enumerateType = mk('enumerate', 48, true, objectType);
export const zipType = mk('zip', 40, true, objectType);
export const mapType = mk('map', 32, true, objectType);
export const filterType = mk('filter', 32, true, objectType);
export const reversedType = mk('reversed', 32, true, objectType);
export const callIterType = mk('callable_iterator', 32, true, objectType);
export const seqIterType = mk('iterator', 32, true, objectType);

/** Types whose instances are never tracked and have no GC header. */
export const allBuiltinTypes: PyType[] = [
  typeType, objectType, intType, boolType, floatType, strType, bytesType, tupleType, listType,
  dictType, setType, frozensetType, noneType, ellipsisType, notImplementedType, functionType,
  builtinFunctionType, methodType, methodDescrType, classMethodDescrType, wrapperDescrType, methodWrapperType,
  getsetDescrType, memberDescrType, propertyType, classmethodType, staticmethodType, cellType,
  codeType, moduleType, rangeType, sliceType, superType, generatorType, tracebackType,
  frameType, mappingproxyType, dictKeysType, dictValuesType, dictItemsType, textIOType,
  listIterType, listRevIterType, tupleIterType, strIterType, rangeIterType, dictKeyIterType,
  dictValueIterType, dictItemIterType, setIterType, enumerateType, zipType, mapType,
  filterType, reversedType, callIterType, seqIterType,
];
