/**
 * Importing this module registers the methods of every built-in type (each module calls
 * `onInit` at load; objects/init.ts runs them at start-up).
 */

import './common.js';
import '../slice.js';
import './iterators.js';
import './list.js';
import './list_methods.js';
import './tuple.js';
import './dict.js';
import './set_ops.js';
import './set.js';
import './builtin_iters.js';
import './range.js';
import './int.js';
import './float.js';
import './str.js';
import './str_methods.js';
import './str_format.js';
import './misc.js';
import './genericalias.js';
import '../function_attrs.js';
import './bytes.js';
