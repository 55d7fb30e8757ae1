// What the node suites share: the shipped wasm module loaded the way Node must load it (the
// bytes handed over, since Emscripten's web build cannot fetch a file URL), once per process.
import fs from 'node:fs';

import { loadActivations, loadTrainer } from '../../web/src/engine.js';

/** The bytes of a module the build wrote to web/generated/ (e.g. 'activations.wasm'). */
export function generatedBytes(file) {
  return fs.readFileSync(new URL(`../../web/generated/${file}`, import.meta.url));
}

export const wasmBinary = generatedBytes('activations.wasm');

/** A fresh instance of the activations API (its own wasm memory). */
export function loadFresh() {
  return loadActivations({ wasmBinary });
}

/** The instance every test of a process may share. */
export const act = await loadFresh();

/** A fresh training lab (its own wasm memory), from the trainer's module. */
export function loadTrainerFresh() {
  return loadTrainer({ wasmBinary: generatedBytes('trainer.wasm') });
}
