/**
 * The reprs of the remaining singletons: Ellipsis and NotImplemented
 * (Objects/sliceobject.c ellipsis_repr, Objects/object.c NotImplemented_repr, 3.11).
 */

import { newStrFresh } from '../str.js';
import { ellipsisType, notImplementedType } from '../typeobjects.js';
import { defMethod } from '../methods.js';
import { onInit } from '../init.js';

onInit(() => {
  defMethod(ellipsisType, '__repr__', () => newStrFresh('Ellipsis'));
  defMethod(notImplementedType, '__repr__', () => newStrFresh('NotImplemented'));
});
