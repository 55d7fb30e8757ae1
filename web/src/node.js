// The engine API in Node (package.json "exports" gives this file to the "node" condition): the
// same functions, except that loadActivations() and loadTrainer() without options read their
// wasm from beside the module glue, since Emscripten's web build cannot fetch a file: URL.
// Options, when given, go to the module factory unchanged, as in the browser.
import { readFile } from 'node:fs/promises';

import * as engine from './engine.js';

export * from './api.js';

// The bytes of one of the package's wasm modules (activations, trainer).
function wasmBytes(name) {
  return readFile(new URL(`../generated/${name}.wasm`, import.meta.url));
}

let sharedInstance;

/** As in the browser: without options every caller shares one instance. */
export function loadActivations(options) {
  if (options !== undefined) return engine.loadActivations(options);
  sharedInstance ??= wasmBytes('activations')
    .then((wasmBinary) => engine.loadActivations({ wasmBinary }))
    .catch((error) => {
      sharedInstance = undefined;
      throw error;
    });
  return sharedInstance;
}

/** A training lab of its own (its own wasm memory), as in the browser. */
export async function loadTrainer(options) {
  return engine.loadTrainer(options ?? { wasmBinary: await wasmBytes('trainer') });
}
