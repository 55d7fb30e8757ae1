/**
 * The public JS API: activation functions computed in WebAssembly.
 *
 *   import { loadActivations } from './engine.js';
 *   const act = await loadActivations();            // in Node: loadActivations({ wasmBinary })
 *   act.catalog();                                   // [{ id, name, params, range, ... }]
 *   act.evaluate('sigmoid', xs, { ...params });      // { value: Float64Array, derivative: Float64Array }
 *   act.evaluate('sigmoid', xs, {}, { out });        // writes into out.value, out.derivative; returns out
 *   act.softmax(logits, temperature);                // Float64Array that sums to 1
 *   act.logSoftmax(logits, temperature);             // log of softmax, by log-sum-exp
 *   act.softmin(logits, temperature);                // softmax(-logits)
 *   act.evaluateVector(id, logits, temperature);     // any vector row of the catalogue
 *   act.evaluateVector(id, logits, T, { out });      // writes into out (a Float64Array); returns it
 *   act.softmaxJacobian(logits, temperature);        // Float64Array, n*n row-major
 *   act.memoryBytes();                               // size of the wasm heap, in bytes
 *
 * Every input is checked here, before it reaches wasm: a bad call throws a TypeError
 * (not a number, not a Float64Array, a detached buffer), a RangeError (outside a domain or
 * a size limit, an `out` array of the wrong length, two `out` arrays sharing memory) or an
 * UnknownActivationError (naming the valid ids), and the module stays usable afterwards.
 *
 * Each call copies each input into wasm memory once and each result out once
 * (web/src/workspace.js). Without `out` the results are fresh arrays the caller owns. With
 * `out` (Float64Arrays of the result's length: xs.length each for evaluate, the logits'
 * length for the vector rows) a call allocates nothing in the steady state, given a typed
 * array as input and the same params and options objects each time. What remains: a plain
 * array input is converted to a Float64Array first; past 16,384 points, one small view of the
 * input per block of that many points; a params getter that calls the API again gets a
 * parameter array of its own. `out` may share memory with the input (in place), since the
 * input is read before anything is written; out.value and out.derivative may not share any.
 */
import createActivationsModule from '../generated/activations.mjs';
import {
  overlaps, typedArrayBuffer, typedArrayByteOffset, typedArrayKind, typedArrayLength,
} from './typed-arrays.js';
import { Workspace } from './workspace.js';

/** Most points per call: three buffers of this size stay well inside wasm's 2 GB memory. */
export const MAX_POINTS = 2 ** 24;
/** Most logits for softmaxJacobian, whose result has n*n entries (32 MB at this size). */
export const MAX_JACOBIAN_LOGITS = 2048;

export class UnknownActivationError extends Error {
  constructor(id, validIds) {
    // A non-string is named by its type, never converted: String(id) may run its toString.
    const given = typeof id === 'string' ? ` ${JSON.stringify(id)}` : `: ids are strings (got ${describe(id)})`;
    super(`Unknown activation${given}. Valid ids: ${validIds.join(', ')}.`);
    this.name = 'UnknownActivationError';
  }
}

let sharedInstance;

/**
 * Loads the wasm module and returns the API. Without options every caller shares one
 * instance. Options are handed to the Emscripten module factory; Node passes
 * `{ wasmBinary }` (the bytes of activations.wasm) because it cannot fetch a file URL.
 */
export function loadActivations(options) {
  if (options === undefined) {
    sharedInstance ??= createActivationsModule()
      .then((module) => new Activations(module))
      .catch((error) => {
        sharedInstance = undefined; // let a later call retry, e.g. after a network failure
        throw error;
      });
    return sharedInstance;
  }
  return createActivationsModule({ ...options }).then((module) => new Activations(module));
}

/**
 * @typedef {{ naive?: boolean, out?: { value: Float64Array, derivative: Float64Array } }} EvaluateOptions
 * @typedef {{ naive?: boolean, out?: Float64Array }} VectorOptions
 */
class Activations {
  #module;
  #catalog;
  #byId;
  #indexById;
  #workspace;
  #parameterScratch;
  #readingParameters = false;

  constructor(module) {
    this.#module = module;
    this.#catalog = deepFreeze(module.catalog());
    this.#byId = new Map(this.#catalog.map((row) => [row.id, row]));
    this.#indexById = new Map(this.#catalog.map((row, index) => [row.id, index]));
    const maxParameters = Math.max(0, ...this.#catalog.map((row) => row.params.length));
    this.#parameterScratch = new Float64Array(maxParameters);
    this.#workspace = new Workspace(module, maxParameters);
  }

  /** The catalogue rows (frozen): ids, names, parameters, range, properties, kinks. */
  catalog() {
    return this.#catalog;
  }

  /**
   * f(x) and f'(x) of an element-wise activation at every x. `params` maps parameter ids
   * to values; missing ones take their defaults. `{ naive: true }` uses the course
   * notebook's formula instead, to show where it breaks. `{ out: { value, derivative } }`
   * writes the results into those two Float64Arrays (each of xs.length) and returns `out`.
   * @param {EvaluateOptions} [options]
   */
  evaluate(id, xs, params = {}, options = {}) {
    const row = this.#row(id);
    if (row.kind !== 'elementwise') {
      throw new TypeError(`${row.id} is a vector function: call softmax(), logSoftmax(), softmin() or softmaxJacobian().`);
    }
    // The caller's code (getters, Proxy traps) runs while xs, options and params are read,
    // and may call this API again; the typed arrays are checked after it has run its last,
    // so the checks still hold when they are copied.
    const points = numbers(xs, 'xs');
    const naive = wantsNaive(options, row);
    const out = options.out;
    if (out !== undefined) checkOutObject(out);
    const value = out?.value;
    const derivative = out?.derivative;
    const parameters = this.#parameters(row, params);
    const n = lengthOf(points, 'xs');
    const index = this.#indexById.get(row.id);
    if (out === undefined) {
      const result = { value: new Float64Array(n), derivative: new Float64Array(n) };
      this.#workspace.evaluate(index, naive, points, n, parameters, result.value, result.derivative);
      return result;
    }
    checkOutput(value, n, 'out.value');
    checkOutput(derivative, n, 'out.derivative');
    if (overlaps(value, derivative)) {
      throw new RangeError('out.value and out.derivative share memory: each needs elements of its own.');
    }
    this.#workspace.evaluate(index, naive, points, n, parameters, value, derivative);
    return out;
  }

  /**
   * A vector activation of the catalogue (softmax, log_softmax, softmin, ...) over `logits`
   * at `temperature` (> 0, finite); `{ naive: true }` as in evaluate, where the row has one;
   * `{ out }` writes the result into that Float64Array (of the result's length) and returns it.
   * @param {VectorOptions} [options]
   */
  evaluateVector(id, logits, temperature = 1, options = {}) {
    const row = this.#row(id);
    if (row.kind !== 'vector') {
      throw new TypeError(`${row.id} is an element-wise function: call evaluate().`);
    }
    const z = numbers(logits, 'logits');
    const naive = wantsNaive(options, row);
    const given = options.out;
    const t = checkTemperature(temperature);
    const n = lengthOf(z, 'logits');
    const length = vectorResultLength(n);
    const out = given === undefined ? new Float64Array(length) : checkOutput(given, length, 'out');
    this.#workspace.evaluateVector(this.#indexById.get(row.id), naive, z, n, t, out, length);
    return out;
  }

  /** Softmax of `logits` at `temperature`, summing to 1. @param {VectorOptions} [options] */
  softmax(logits, temperature = 1, options = {}) {
    return this.evaluateVector('softmax', logits, temperature, options);
  }

  /** log(softmax(logits, temperature)), accurate where softmax underflows to 0. @param {VectorOptions} [options] */
  logSoftmax(logits, temperature = 1, options = {}) {
    return this.evaluateVector('log_softmax', logits, temperature, options);
  }

  /** softmax(-logits, temperature): the smallest logit gets the largest probability. @param {VectorOptions} [options] */
  softmin(logits, temperature = 1, options = {}) {
    return this.evaluateVector('softmin', logits, temperature, options);
  }

  /** The Jacobian dp_i/dz_j of softmax, n*n entries in row-major order. */
  softmaxJacobian(logits, temperature = 1) {
    const z = numbers(logits, 'logits');
    const n = lengthOf(z, 'logits');
    if (n > MAX_JACOBIAN_LOGITS) {
      throw new RangeError(
        `softmaxJacobian takes at most ${MAX_JACOBIAN_LOGITS} logits (got ${n}).`,
      );
    }
    const t = checkTemperature(temperature);
    const out = new Float64Array(n * n);
    this.#workspace.softmaxJacobian(z, n, t, out);
    return out;
  }

  /** Bytes of wasm linear memory (it never shrinks): read-only, to check that calls do not leak. */
  memoryBytes() {
    return this.#module.HEAP8.buffer.byteLength;
  }

  #row(id) {
    const row = typeof id === 'string' ? this.#byId.get(id) : undefined;
    if (!row) throw new UnknownActivationError(id, [...this.#byId.keys()]);
    return row;
  }

  // The parameters in the row's order. The caller's getters may call this API again while
  // they are read: only the outermost call fills the shared scratch.
  #parameters(row, params) {
    if (this.#readingParameters) return parameterValues(row, params, new Float64Array(row.params.length));
    this.#readingParameters = true;
    try {
      return parameterValues(row, params, this.#parameterScratch);
    } finally {
      this.#readingParameters = false;
    }
  }
}

/**
 * What a call copies into wasm: a typed array as it is (HEAPF64.set reads it at its real
 * length and runs none of the caller's code), a plain array as a Float64Array of our own,
 * converted here, where its getters and Proxy traps may run and throw. A typed array's
 * length is checked later (lengthOf), once the caller's code has run its last.
 */
function numbers(values, name) {
  const kind = typedArrayKind.call(values);
  if (kind !== undefined && !kind.startsWith('Big')) return values;
  if (!Array.isArray(values)) {
    throw new TypeError(`${name} must be an array of numbers or a typed array (got ${describe(values)}).`);
  }
  const length = values.length; // read once: a Proxy may answer differently each time
  checkLength(length, name);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i += 1) {
    const v = values[i];
    if (typeof v !== 'number') throw new TypeError(`${name}[${i}] is not a number (got ${describe(v)}).`);
    out[i] = v;
  }
  return out;
}

/** The real length of what numbers() returned: a detached view is an error, not empty. */
function lengthOf(view, name) {
  const length = typedArrayLength.call(view);
  if (length === 0 && isDetached(view)) {
    throw new TypeError(`${name} is a view of a detached ArrayBuffer (or of one shrunk below it).`);
  }
  checkLength(length, name);
  return length;
}

// A view of a detached buffer (or one a resizable buffer shrank past) reads as length 0, so
// only an empty view needs the question; Node 20 has no ArrayBuffer.prototype.detached, and a
// view cannot be made on a detached buffer.
function isDetached(view) {
  if (typedArrayByteOffset.call(view) !== 0) return false;
  try {
    new Uint8Array(typedArrayBuffer.call(view), 0, 0); // eslint-disable-line no-new
    return false;
  } catch {
    return true;
  }
}

function checkLength(length, name) {
  if (length > MAX_POINTS) {
    throw new RangeError(`${name} has ${length} elements; the limit is ${MAX_POINTS}.`);
  }
}

/** evaluate's `out`: an object holding value and derivative, and nothing else. */
function checkOutObject(out) {
  if (out === null || typeof out !== 'object' || Array.isArray(out) || typedArrayKind.call(out) !== undefined) {
    throw new TypeError(`out must be an object { value, derivative } of two Float64Arrays (got ${describe(out)}).`);
  }
  for (const key in out) {
    if (Object.hasOwn(out, key) && key !== 'value' && key !== 'derivative') {
      throw new TypeError(`out has an unknown key "${key}"; it holds value and derivative.`);
    }
  }
}

/** An `out` array (returned) must be a Float64Array of exactly the result's length, not detached. */
function checkOutput(array, length, name) {
  if (typedArrayKind.call(array) !== 'Float64Array') {
    throw new TypeError(`${name} must be a Float64Array (got ${describe(array)}).`);
  }
  const actual = typedArrayLength.call(array);
  if (actual === 0 && isDetached(array)) {
    throw new TypeError(`${name} is a view of a detached ArrayBuffer (or of one shrunk below it).`);
  }
  if (actual !== length) throw new RangeError(`${name} has ${actual} elements; the result has ${length}.`);
  return array;
}

/** Entries a vector row returns for n logits (every vector row maps n logits to n outputs). */
function vectorResultLength(n) {
  return n;
}

/** Writes the row's parameters, in its order, into `into` (at least that long) and returns it. */
function parameterValues(row, params, into) {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new TypeError(`params must be an object such as { ${row.params[0]?.id ?? 'name'}: 1 } (got ${describe(params)}).`);
  }
  for (const key in params) {
    if (Object.hasOwn(params, key) && !hasParameter(row, key)) {
      const list = row.params.length ? `its parameters are ${row.params.map((p) => p.id).join(', ')}` : 'it takes none';
      throw new TypeError(`${row.id} has no parameter "${key}"; ${list}.`);
    }
  }
  for (let i = 0; i < row.params.length; i += 1) {
    const p = row.params[i];
    // Own keys only, so a prototype's properties never act as parameters; null is an error.
    const given = Object.hasOwn(params, p.id) ? params[p.id] : undefined;
    const value = given === undefined ? p.default : given;
    if (typeof value !== 'number') {
      throw new TypeError(`${row.id}: parameter ${p.id} must be a number (got ${describe(value)}).`);
    }
    if (!(value >= p.min && value <= p.max)) {
      throw new RangeError(`${row.id}: parameter ${p.id} must lie in [${p.min}, ${p.max}] (got ${value}).`);
    }
    into[i] = value;
  }
  return into;
}

function hasParameter(row, key) {
  for (let i = 0; i < row.params.length; i += 1) if (row.params[i].id === key) return true;
  return false;
}

const OPTION_NAMES = ['naive', 'out'];

/** options.naive, once options is known to be an object of known options only. */
function wantsNaive(options, row) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`options must be an object such as { naive: true } (got ${describe(options)}).`);
  }
  for (const key in options) {
    if (Object.hasOwn(options, key) && !OPTION_NAMES.includes(key)) {
      throw new TypeError(`Unknown option "${key}"; the options are ${OPTION_NAMES.join(' and ')}.`);
    }
  }
  const naive = Boolean(options.naive);
  // Checked here, not in wasm, like every error: the module never has to refuse a call.
  if (naive && !row.hasNaive) throw new Error(`${row.id} has no naive variant (see hasNaive in catalog()).`);
  return naive;
}

function checkTemperature(temperature) {
  if (typeof temperature !== 'number') {
    throw new TypeError(`temperature must be a number (got ${describe(temperature)}).`);
  }
  if (!(temperature > 0 && temperature < Infinity)) {
    throw new RangeError(`temperature must be finite and greater than 0 (got ${temperature}).`);
  }
  return temperature;
}

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? value.constructor?.name ?? 'object' : typeof value;
}

function deepFreeze(value) {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
