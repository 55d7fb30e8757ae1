/**
 * The training lab: small fully connected networks trained in WebAssembly (cpp/trainer/), with
 * any element-wise activation of the catalogue in the hidden layers.
 *
 *   import { loadTrainer } from './engine.js';
 *   const lab = await loadTrainer();                 // in Node: loadTrainer({ wasmBinary })
 *   const net = lab.createNetwork({ layers: [2, 8, 8, 1], activation: 'tanh', params: {}, seed: 1 });
 *   const { loss } = net.train(inputs, targets, { steps: 100, batchSize: 10, learningRate: 0.03 });
 *   net.predict(inputs);                 // Float64Array, n x the last layer, row-major
 *   net.layerGradientNorms();            // Float64Array, one per weight layer, first = next to the input
 *   net.activationStatistics(inputs);    // { deadFraction, mean, spread }: one entry per hidden layer
 *   net.dispose();
 *   lab.memoryBytes();
 *
 * Every argument is checked here, before wasm: TypeError (wrong type), RangeError (a value or a
 * length out of range), UnknownActivationError (not an element-wise id), DisposedNetworkError (a
 * network used after dispose()). A diverging run is not an error: its losses are non-finite.
 */
import { UnknownActivationError, describe, parameterValues, toFloat64Array } from './engine.js';

/** Most weights and biases in one network (8 MB each for them, their gradients, and Adam's two moments). */
export const MAX_PARAMETERS = 1e6;
/** Most steps in one train() call. */
export const MAX_STEPS = 1e6;

export const LOSSES = Object.freeze(['mse', 'bce']);
export const INITIALIZATIONS = Object.freeze(['glorot', 'he', 'lecun']);
export const OPTIMIZERS = Object.freeze(['sgd', 'momentum', 'adam']);

export class DisposedNetworkError extends Error {
  constructor() {
    super('This network has been disposed; create another with lab.createNetwork().');
    this.name = 'DisposedNetworkError';
  }
}

/** Loads the trainer's wasm module; options go to its Emscripten factory (Node: { wasmBinary }). */
export async function loadTrainer(options) {
  const { default: createTrainerModule } = await import('../generated/trainer.mjs');
  return new TrainingLab(await createTrainerModule({ ...options }));
}

class TrainingLab {
  #module;
  #rows;

  constructor(module) {
    this.#module = module;
    this.#rows = new Map(module.elementwiseActivations().map((row) => [row.id, row]));
  }

  /**
   * A network with weights drawn from `seed` (an integer in [0, 2^53)): the same layers,
   * initialization and seed give the same initial weights whatever the activation.
   * `loss`: 'mse' (linear output) or 'bce' (a sigmoid output, computed from the logit);
   * `initialization`: 'glorot', 'he' or 'lecun' (uniform forms).
   */
  createNetwork(spec) {
    checkKeys(spec, ['layers', 'activation', 'params', 'seed', 'loss', 'initialization'], 'createNetwork');
    const layers = checkLayers(spec.layers);
    const row = typeof spec.activation === 'string' ? this.#rows.get(spec.activation) : undefined;
    if (!row) throw new UnknownActivationError(spec.activation, [...this.#rows.keys()]);
    const params = parameterValues(row, spec.params ?? {});
    const seed = checkSeed(spec.seed ?? 1);
    const loss = choice(spec.loss, LOSSES, 'loss');
    const initialization = choice(spec.initialization, INITIALIZATIONS, 'initialization');
    const module = this.#module;
    const handle = new module.Network(layers, row.id, params, module.Loss[loss], module.Initialization[initialization], seed);
    return new Network(module, handle, { layers, activation: row.id, loss });
  }

  /** Bytes of the trainer's wasm memory (it never shrinks): read-only, to check that nothing leaks. */
  memoryBytes() {
    return this.#module.HEAP8.buffer.byteLength;
  }
}

class Network {
  #module;
  #handle;
  #layers;
  #loss;

  constructor(module, handle, { layers, activation, loss }) {
    this.#module = module;
    this.#handle = handle;
    this.#layers = Object.freeze([...layers]);
    this.#loss = loss;
    this.activation = activation;
    Object.freeze(this);
  }

  get layers() {
    return this.#layers;
  }

  get loss() {
    return this.#loss;
  }

  get parameterCount() {
    return this.#live().parameterCount;
  }

  /**
   * Trains `steps` batches of `batchSize` examples, walking the data in order and wrapping
   * around, from where the previous call stopped. Returns { loss }: loss[i] is batch i's mean
   * loss before its update. Optimizer state carries over between calls of the same optimizer.
   */
  train(inputs, targets, options = {}) {
    const handle = this.#live();
    const x = this.#examples(inputs, 'inputs', this.#layers[0]);
    const n = x.length / this.#layers[0];
    const y = this.#targets(targets, n);
    checkKeys(options, ['steps', 'batchSize', 'learningRate', 'optimizer'], 'train options');
    const steps = integerIn(options.steps ?? 1, 1, MAX_STEPS, 'steps');
    const batchSize = integerIn(options.batchSize ?? Math.min(10, n), 1, n, 'batchSize (at most the number of examples)');
    const learningRate = checkLearningRate(options.learningRate ?? 0.03);
    const optimizer = choice(options.optimizer, OPTIMIZERS, 'optimizer');
    return { loss: handle.train(x, y, steps, batchSize, learningRate, this.#module.Optimizer[optimizer]) };
  }

  /** The outputs for n examples: linear ('mse') or probabilities ('bce'), n x the last layer. */
  predict(inputs) {
    const handle = this.#live();
    return handle.predict(this.#examples(inputs, 'inputs', this.#layers[0]));
  }

  /** The L2 norm of the loss gradient for each weight layer at the last step trained (0 before). */
  layerGradientNorms() {
    return this.#live().gradientNorms();
  }

  /**
   * Over these examples, per hidden layer (first = next to the input): the fraction of units
   * whose f' is 0 for every example (dead: no gradient passes them), and the mean and standard
   * deviation of the activations f(z) over units and examples.
   */
  activationStatistics(inputs) {
    const handle = this.#live();
    return handle.statistics(this.#examples(inputs, 'inputs', this.#layers[0]));
  }

  /** A copy of the weights and biases: per weight layer W[i][j] (input i, unit j) row-major, then b. */
  weights() {
    return this.#live().parameters();
  }

  /** Frees the network's wasm memory. Calling it again does nothing; any other method then throws. */
  dispose() {
    this.#handle?.delete();
    this.#handle = undefined;
  }

  #live() {
    if (!this.#handle) throw new DisposedNetworkError();
    return this.#handle;
  }

  #examples(values, name, width) {
    const array = finite(toFloat64Array(values, name), name);
    if (array.length === 0 || array.length % width !== 0) {
      throw new RangeError(`${name} must hold n x ${width} numbers, n >= 1 (got ${array.length}).`);
    }
    return array;
  }

  #targets(values, n) {
    const width = this.#layers[this.#layers.length - 1];
    const array = finite(toFloat64Array(values, 'targets'), 'targets');
    if (array.length !== n * width) {
      throw new RangeError(`targets must hold ${n} x ${width} numbers, one row per input (got ${array.length}).`);
    }
    if (this.#loss === 'bce') {
      const outside = array.findIndex((t) => !(t >= 0 && t <= 1));
      if (outside >= 0) throw new RangeError(`targets[${outside}] must lie in [0, 1] for 'bce' (got ${array[outside]}).`);
    }
    return array;
  }
}

function checkKeys(object, allowed, what) {
  if (object === null || typeof object !== 'object' || Array.isArray(object)) {
    throw new TypeError(`${what} takes an object (got ${describe(object)}).`);
  }
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) throw new TypeError(`Unknown ${what} key "${key}"; the keys are ${allowed.join(', ')}.`);
  }
}

function checkLayers(layers) {
  if (!Array.isArray(layers)) throw new TypeError(`layers must be an array of widths such as [2, 8, 1] (got ${describe(layers)}).`);
  const widths = [...layers];
  if (widths.length < 2) throw new RangeError(`layers needs at least two entries, the inputs and the outputs (got ${widths.length}).`);
  widths.forEach((width, i) => {
    if (typeof width !== 'number') throw new TypeError(`layers[${i}] must be a number (got ${describe(width)}).`);
    if (!Number.isInteger(width) || width < 1) throw new RangeError(`layers[${i}] must be a whole number >= 1 (got ${width}).`);
  });
  let count = 0;
  for (let l = 0; l + 1 < widths.length; l += 1) count += (widths[l] + 1) * widths[l + 1];
  if (count > MAX_PARAMETERS) {
    throw new RangeError(`layers ${JSON.stringify(widths)} make ${count} weights and biases; the limit is ${MAX_PARAMETERS}.`);
  }
  return widths;
}

function checkSeed(seed) {
  if (typeof seed !== 'number') throw new TypeError(`seed must be a number (got ${describe(seed)}).`);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 53) {
    throw new RangeError(`seed must be a whole number in [0, 2^53) (got ${seed}).`);
  }
  return seed;
}

function checkLearningRate(rate) {
  if (typeof rate !== 'number') throw new TypeError(`learningRate must be a number (got ${describe(rate)}).`);
  if (!(rate > 0 && rate < Infinity)) throw new RangeError(`learningRate must be finite and greater than 0 (got ${rate}).`);
  return rate;
}

function integerIn(value, min, max, name) {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number (got ${describe(value)}).`);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number in [${min}, ${max}] (got ${value}).`);
  }
  return value;
}

/** One of `names`, the first being the default. */
function choice(value, names, what) {
  if (value === undefined) return names[0];
  if (typeof value !== 'string') throw new TypeError(`${what} must be a string (got ${describe(value)}).`);
  if (!names.includes(value)) throw new RangeError(`${what} must be one of ${names.join(', ')} (got ${JSON.stringify(value)}).`);
  return value;
}

function finite(array, name) {
  const index = array.findIndex((v) => !Number.isFinite(v));
  if (index >= 0) throw new RangeError(`${name}[${index}] must be finite (got ${array[index]}).`);
  return array;
}
