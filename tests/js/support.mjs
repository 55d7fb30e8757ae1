// What the node suites share: the shipped wasm module loaded the way Node must load it (the
// bytes handed over, since Emscripten's web build cannot fetch a file URL), once per process.
import assert from 'node:assert/strict';
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

/**
 * A correct answer from every kind of call: after a call that failed, the module is still sound.
 * Exact expectations: each is a value the kernels return exactly (0.5, 0.25, a tie's halves,
 * the seeded draws of tests/js/sampling.test.mjs's reference), except sigmoid(2) (1e-15: a few ULP).
 */
export function assertStillWorks(api = act) {
  const { value, derivative } = api.evaluate('sigmoid', [0, 2]);
  assert.equal(value[0], 0.5);
  assert.equal(derivative[0], 0.25);
  assert.ok(Math.abs(value[1] - 1 / (1 + Math.exp(-2))) < 1e-15);
  assert.deepEqual([...api.softmax([3, 3])], [0.5, 0.5]);
  assert.deepEqual([...api.softmaxJacobian([1, 1])], [0.25, -0.25, -0.25, 0.25]);
  assert.deepEqual([...api.samplingDistribution([1, 3, 3, 2], { topK: 1 })], [0, 0.5, 0.5, 0]);
  assert.deepEqual([...api.sample([0.25, 0.25, 0.25, 0.25], 5, 1234567)], [1, 0, 2, 0, 3]);
}

/** A fresh training lab (its own wasm memory), from the trainer's module. */
export function loadTrainerFresh() {
  return loadTrainer({ wasmBinary: generatedBytes('trainer.wasm') });
}

export { mulberry32 as seededRandom } from '../seeded-random.mjs';
