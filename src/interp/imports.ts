/**
 * The import hook the compiled `import` statements call: the session installs a function
 * that returns a new reference to a module from its registry (sys.modules) or raises
 * ModuleNotFoundError. Only memsnake's built-in modules exist: no file is ever read.
 */

import type { PyObject } from '../objects/object.js';

let importer: (name: string) => PyObject = () => {
  throw new Error('no importer installed');
};

export function setImporter(f: (name: string) => PyObject): void {
  importer = f;
}

export function activeImporter(): (name: string) => PyObject {
  return importer;
}
