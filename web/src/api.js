// The package's public API for browsers and bundlers (package.json "exports" "."; Node gets
// node.js, which adds the wasm loading). Typed by types/index.d.ts. The trainer's code is small
// and comes along; its wasm still loads on the first loadTrainer() only.
export {
  loadActivations,
  loadTrainer,
  MAX_JACOBIAN_LOGITS,
  MAX_POINTS,
  MAX_SAMPLES,
  SAMPLING_DEFAULTS,
  SUM_TOLERANCE,
  UnknownActivationError,
} from './engine.js';
export { DisposedNetworkError, INITIALIZATIONS, LOSSES, MAX_PARAMETERS, MAX_STEPS, OPTIMIZERS } from './trainer.js';
