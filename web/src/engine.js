/**
 * The public JS API: activation functions computed in WebAssembly.
 *
 *   import { loadActivations } from './engine.js';
 *   const act = await loadActivations();            // in Node: loadActivations({ wasmBinary })
 *   act.catalog();                                   // [{ id, kind, params, range, frameworks, ... }]
 *   act.evaluate('sigmoid', xs, { ...params });      // { value: Float64Array, derivative: Float64Array }
 *   act.evaluate('swish', xs);                       // aliases work too (swish -> silu)
 *   act.evaluate('sigmoid', xs, {}, { out });        // writes into out.value, out.derivative; returns out
 *   act.softmax(logits, temperature);                // Float64Array that sums to 1
 *   act.logSoftmax(logits, temperature);             // log of softmax, by log-sum-exp
 *   act.softmin(logits, temperature);                // softmax(-logits)
 *   act.evaluateVector(id, logits, temperature);     // any vector row of the catalogue
 *   act.evaluateVector(id, logits, T, { out });      // writes into out (a Float64Array); returns it
 *   act.evaluateVector('swiglu', z);                 // a gated row: n/2 values a g(b) of z = [a, b]
 *   act.evaluateGated('swiglu', a, b);               // { value, da, db }: a g(b) and its partials
 *   act.evaluateGated('swiglu', a, b, { out });      // writes into out.value, out.da, out.db; returns out
 *   act.kinks('softshrink', { lambd: 2 });           // [{ position: -2, ... }, { position: 2, ... }]
 *   act.softmaxJacobian(logits, temperature);        // Float64Array, n*n row-major
 *   act.jacobian(id, logits, temperature);           // the same for any vector row
 *   act.samplingDistribution(logits, { temperature: 1, topK: 0, topP: 1, minP: 0 });
 *                                                    // Float64Array: next-token probabilities, 0 where removed
 *   act.sample(probabilities, count, seed);          // Int32Array of count indices, the same for the same seed
 *   act.memoryBytes();                               // size of the wasm heap, in bytes
 *
 * samplingDistribution follows Hugging Face transformers: temperature, then top-k (tokens
 * strictly below the k-th largest logit go, ties with it stay), then top-p (in ascending
 * order, remove while the cumulative probability is <= 1 - topP), then min-p (remove what is
 * less probable than minP times the most probable); the most probable token always stays,
 * and topK 0, topP 1, minP 0 switch a filter off (cpp/sampling.hpp cites the source).
 * Options: temperature finite and > 0; topK an integer >= 0 (any larger than the number of
 * logits keeps all); topP in (0, 1]; minP in [0, 1]. Logits may be +-Infinity (-Infinity: a
 * token already masked out), never NaN.
 * sample draws by inverse CDF from a seeded SplitMix64: probabilities finite, >= 0, at least
 * one, summing to 1 within SUM_TOLERANCE + 2 n eps; count an integer in [0, MAX_SAMPLES];
 * seed an integer in [0, 2^53). It never returns an index whose probability is 0.
 *
 * Every input is checked here, before it reaches wasm: a bad call throws a TypeError
 * (not a number, not a Float64Array, a detached buffer), a RangeError (outside a domain or
 * a size limit, an `out` array of the wrong length, two `out` arrays sharing memory) or an
 * UnknownActivationError (naming the valid ids), and the module stays usable afterwards.
 *
 * Each call copies each input into wasm memory once and each result out once
 * (web/src/workspace.js). Without `out` the results are fresh arrays the caller owns. With
 * `out` (Float64Arrays of the result's length: xs.length each for evaluate, a.length each for
 * evaluateGated, the logits' length for the vector rows, half of it for the gated ones) a call
 * allocates nothing in the steady state, given typed arrays as input and the same params and
 * options objects each time. What remains: a plain array input is converted to a Float64Array
 * first; past 16,384 points, one small view of the input per block of that many points
 * (element-wise rows); a params getter that calls the API again gets a parameter array of its
 * own; V8 itself allocates now and then on the keyed loads params[id] of given parameters
 * (README, Performance). `out` may share memory with the input (in place), since the input is read before
 * anything is written; the arrays of one `out` object may not share any with each other.
 *
 * The training lab lives in its own module, loaded on first use (web/src/trainer.js):
 *   const lab = await loadTrainer();                  // in Node: loadTrainer({ wasmBinary })
 */
import createActivationsModule from '../generated/activations.mjs';
import { ALIASES } from './catalogue/aliases.js';
import { FRAMEWORKS } from './catalogue/frameworks.js';
import {
  overlaps, typedArrayBuffer, typedArrayByteOffset, typedArrayKind, typedArrayLength,
} from './typed-arrays.js';
import { Workspace } from './workspace.js';

/** Most points per call: three buffers of this size stay well inside wasm's 2 GB memory. */
export const MAX_POINTS = 2 ** 24;
/** Most logits for softmaxJacobian, whose result has n*n entries (32 MB at this size). */
export const MAX_JACOBIAN_LOGITS = 2048;
/** Most draws per sample() call (an Int32Array of 64 MB at this size). */
export const MAX_SAMPLES = 2 ** 24;
/**
 * How far from 1 the probabilities given to sample() may sum, besides 2 n eps for the
 * rounding of an n-term sum (softmax's own outputs sum to 1 within n eps): room for
 * probabilities written with ten significant digits.
 */
export const SUM_TOLERANCE = 1e-9;
/** The options of samplingDistribution and the values that switch each filter off. */
export const SAMPLING_DEFAULTS = Object.freeze({ temperature: 1, topK: 0, topP: 1, minP: 0 });

export class UnknownActivationError extends Error {
  constructor(id, validIds) {
    // A non-string is named by its type, never converted: String(id) may run its toString.
    const given = typeof id === 'string' ? ` ${JSON.stringify(id)}` : `: ids are strings (got ${describe(id)})`;
    super(`Unknown activation${given}. Valid ids: ${validIds.join(', ')}.`);
    this.name = 'UnknownActivationError';
  }
}

/** The training lab (web/src/trainer.js): its code and wasm load on the first call only. */
export function loadTrainer(options) {
  return import('./trainer.js').then((trainer) => trainer.loadTrainer(options));
}

// alpha-entmax's Jacobian weights g = p^(2 - alpha), zero off the support.
const SPARSE_MAP_WEIGHTS = { sparsemax: (p) => (p > 0 ? 1 : 0), entmax15: Math.sqrt };

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
 * @typedef {{ out?: { value: Float64Array, da: Float64Array, db: Float64Array } }} GatedOptions
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
    const aliasesOf = (id) => Object.keys(ALIASES).filter((alias) => ALIASES[alias] === id);
    this.#catalog = deepFreeze(
      module.catalog().map((row) => ({ ...row, aliases: aliasesOf(row.id), frameworks: structuredClone(FRAMEWORKS[row.id] ?? []) })),
    );
    this.#byId = new Map(this.#catalog.flatMap((row) => [[row.id, row], ...row.aliases.map((alias) => [alias, row])]));
    // The hot path names a row by its place in the module's catalogue (this one's order).
    this.#indexById = new Map(this.#catalog.map((row, index) => [row.id, index]));
    const maxParameters = Math.max(0, ...this.#catalog.map((row) => row.params.length));
    this.#parameterScratch = new Float64Array(maxParameters);
    this.#workspace = new Workspace(module, maxParameters);
  }

  /** The catalogue rows (frozen): ids, parameters, range, properties, kinks, aliases, frameworks. */
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
    if (row.kind === 'vector') {
      throw new TypeError(`${row.id} is a vector function: call evaluateVector(), softmax(), logSoftmax(), softmin() or softmaxJacobian().`);
    }
    if (row.kind === 'gated') throw new TypeError(`${row.id} is a gated function: call evaluateVector() or evaluateGated().`);
    // The caller's code (getters, Proxy traps) runs while xs, options and params are read,
    // and may call this API again; the typed arrays are checked after it has run its last,
    // so the checks still hold when they are copied.
    const points = numbers(xs, 'xs');
    const naive = wantsNaive(options, row);
    const out = options.out;
    if (out !== undefined) checkOutObject(out, EVALUATE_OUT);
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
    checkDisjoint(value, derivative, 'out.value and out.derivative');
    this.#workspace.evaluate(index, naive, points, n, parameters, value, derivative);
    return out;
  }

  /**
   * A vector activation of the catalogue (softmax, log_softmax, softmin, sparsemax, ...) over
   * `logits` at `temperature` (> 0, finite); `{ naive: true }` as in evaluate, where the row has
   * one. A gated row (glu, swiglu, ...) takes no temperature: of z = [a, b], two halves of an
   * even length, it returns the n/2 values a g(b), as torch.nn.functional.glu splits its input.
   * `{ out }` writes the result into that Float64Array (of the result's length) and returns it.
   * @param {VectorOptions} [options]
   */
  evaluateVector(id, logits, temperature, options = {}) {
    const row = this.#row(id);
    if (row.kind === 'elementwise') {
      throw new TypeError(`${row.id} is an element-wise function: call evaluate().`);
    }
    const z = numbers(logits, 'logits');
    const naive = wantsNaive(options, row);
    const given = options.out;
    const n = lengthOf(z, 'logits');
    const index = this.#indexById.get(row.id);
    if (row.kind === 'vector') {
      const t = checkTemperature(temperature === undefined ? 1 : temperature);
      const out = given === undefined ? new Float64Array(n) : checkOutput(given, n, 'out');
      this.#workspace.evaluateVector(index, naive, z, n, t, out, n);
      return out;
    }
    if (temperature !== undefined) throw new TypeError(`${row.id} takes no temperature (got ${describe(temperature)}).`);
    if (n % 2 !== 0) {
      throw new RangeError(`${row.id} splits its input into two halves a and b, so it needs an even length (got ${n}).`);
    }
    const half = n / 2;
    const out = given === undefined ? new Float64Array(half) : checkOutput(given, half, 'out');
    this.#workspace.evaluateGated(index, z, undefined, half, out, null, null);
    return out;
  }

  /**
   * Where an element-wise or gated row is not differentiable, for these parameters: the
   * catalogue's kinks ({ position, value, derivative }: which one-sided limits f and f' take
   * there) with each position moved to where `params` put it.
   */
  kinks(id, params = {}) {
    const row = this.#row(id);
    if (row.kind === 'vector') throw new TypeError(`${row.id} is a vector function: it has no kinks along x.`);
    const positions = new Float64Array(row.kinks.length);
    this.#workspace.kinkPositions(this.#indexById.get(row.id), parameterValues(row, params), positions);
    return row.kinks.map((kink, i) => Object.freeze({ ...kink, position: positions[i] }));
  }

  /**
   * A gated row's f(a; b) = a g(b) element-wise, with its partial derivatives da = g(b) and
   * db = a g'(b): `a` and `b` are arrays of one length. `{ out: { value, da, db } }` writes
   * them into those three Float64Arrays (each of a.length) and returns `out`.
   * @param {GatedOptions} [options]
   */
  evaluateGated(id, a, b, options = {}) {
    const row = this.#row(id);
    if (row.kind !== 'gated') throw new TypeError(`${row.id} is not a gated function: glu, reglu, geglu and swiglu are.`);
    // Read in the order evaluate reads, for the same reason: the typed arrays are checked
    // after the caller's getters have run their last.
    const values = numbers(a, 'a');
    const gates = numbers(b, 'b');
    checkOptionNames(options, GATED_OPTION_NAMES, '{ out: { value, da, db } }');
    const out = options.out;
    if (out !== undefined) checkOutObject(out, GATED_OUT);
    const value = out?.value;
    const da = out?.da;
    const db = out?.db;
    const n = lengthOf(values, 'a');
    const gateCount = lengthOf(gates, 'b');
    if (n !== gateCount) throw new RangeError(`a and b must have one length (got ${n} and ${gateCount}).`);
    const index = this.#indexById.get(row.id);
    if (out === undefined) {
      const result = { value: new Float64Array(n), da: new Float64Array(n), db: new Float64Array(n) };
      this.#workspace.evaluateGated(index, values, gates, n, result.value, result.da, result.db);
      return result;
    }
    checkOutput(value, n, 'out.value');
    checkOutput(da, n, 'out.da');
    checkOutput(db, n, 'out.db');
    checkDisjoint(value, da, 'out.value and out.da');
    checkDisjoint(value, db, 'out.value and out.db');
    checkDisjoint(da, db, 'out.da and out.db');
    this.#workspace.evaluateGated(index, values, gates, n, value, da, db);
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

  /**
   * The Jacobian dy_i/dz_j of a vector row at `logits` and `temperature`, n*n entries in
   * row-major order. softmin(z) = softmax(-z), so its Jacobian is minus softmax's at -z;
   * log-softmax's is (delta_ij - p_j)/T with p = softmax(z, T). For sparsemax and entmax15
   * (alpha-entmax, alpha = 2 and 1.5) it is (diag(g) - g g^T / sum g)/T with g = p^(2 - alpha)
   * on the support (Peters, Niculae and Martins 2019): the support's indicator, and sqrt(p).
   */
  jacobian(id, logits, temperature = 1) {
    const row = this.#row(id);
    if (row.kind !== 'vector') throw new TypeError(`${row.id} is not a vector function: its derivatives come from evaluate() or evaluateGated().`);
    if (row.id === 'softmax') return this.softmaxJacobian(logits, temperature);
    const z = toFloat64Array(logits, 'logits');
    const n = z.length;
    if (row.id === 'softmin') return this.softmaxJacobian(z.map((v) => -v), temperature).map((v) => -v);
    if (n > MAX_JACOBIAN_LOGITS) throw new RangeError(`jacobian takes at most ${MAX_JACOBIAN_LOGITS} logits (got ${n}).`);
    if (row.id === 'log_softmax') {
      const p = this.softmax(z, temperature);
      return Float64Array.from({ length: n * n }, (_, k) => ((k % n === Math.floor(k / n) ? 1 : 0) - p[k % n]) / temperature);
    }
    const g = this.evaluateVector(row.id, z, temperature).map(SPARSE_MAP_WEIGHTS[row.id]);
    const total = g.reduce((sum, v) => sum + v, 0);
    return Float64Array.from({ length: n * n }, (_, k) => {
      const i = Math.floor(k / n);
      const j = k % n;
      return ((i === j ? g[i] : 0) - (g[i] * g[j]) / total) / temperature;
    });
  }

  /**
   * The distribution Hugging Face transformers samples the next token from, after
   * temperature, top-k, top-p and min-p (see the header): 0 for every removed token, the
   * kept ones renormalised. Missing options take SAMPLING_DEFAULTS.
   */
  samplingDistribution(logits, options = {}) {
    const z = toFloat64Array(logits, 'logits');
    const nan = z.findIndex(Number.isNaN);
    if (nan >= 0) throw new RangeError(`logits[${nan}] is NaN; a logit may be any number or +-Infinity.`);
    const { temperature, topK, topP, minP } = samplingOptions(options);
    const out = new Float64Array(z.length);
    // topK crosses as an unsigned integer: any value past the number of logits means "keep all".
    this.#workspace.samplingDistribution(z, z.length, temperature, Math.min(topK, z.length), topP, minP, out);
    return out;
  }

  /** `count` token indices drawn from `probabilities`, the same for the same seed. */
  sample(probabilities, count, seed) {
    const p = checkDistribution(toFloat64Array(probabilities, 'probabilities'));
    const indices = new Int32Array(checkCount(count));
    this.#workspace.sample(p, p.length, checkSeed(seed), indices);
    return indices;
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

/**
 * A Float64Array of the caller's numbers, of our own (later changes to theirs do not reach
 * it). Exported for trainer.js, which validates the same way; not part of the documented API.
 */
export function toFloat64Array(values, name) {
  const view = numbers(values, name);
  lengthOf(view, name);
  return view === values ? new Float64Array(view) : view;
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

/** The keys of evaluate's and evaluateGated's `out` objects, each a Float64Array. */
const EVALUATE_OUT = ['value', 'derivative'];
const GATED_OUT = ['value', 'da', 'db'];

/** An `out` of several results: an object holding those keys, and nothing else. */
function checkOutObject(out, keys) {
  if (out === null || typeof out !== 'object' || Array.isArray(out) || typedArrayKind.call(out) !== undefined) {
    throw new TypeError(`out must be an object { ${keys.join(', ')} } of ${keys.length} Float64Arrays (got ${describe(out)}).`);
  }
  for (const key in out) {
    if (Object.hasOwn(out, key) && !keys.includes(key)) {
      throw new TypeError(`out has an unknown key "${key}"; it holds ${keys.join(', ')}.`);
    }
  }
}

/** Two arrays of one `out` object must not share memory: each result needs elements of its own. */
function checkDisjoint(a, b, names) {
  if (overlaps(a, b)) throw new RangeError(`${names} share memory: each needs elements of its own.`);
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

/**
 * Writes the row's parameters, in its order, into `into` (at least that long; a fresh array
 * unless given) and returns it. Exported for trainer.js.
 */
export function parameterValues(row, params, into = new Float64Array(row.params.length)) {
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
const GATED_OPTION_NAMES = ['out'];

/** An options object holding only options of `names`; `example` shows one in the error. */
function checkOptionNames(options, names, example) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`options must be an object such as ${example} (got ${describe(options)}).`);
  }
  for (const key in options) {
    if (Object.hasOwn(options, key) && !names.includes(key)) {
      const list = names.length === 1 ? `the only option is ${names[0]}` : `the options are ${names.join(' and ')}`;
      throw new TypeError(`Unknown option "${key}"; ${list}.`);
    }
  }
}

/** options.naive, once options is known to be an object of known options only. */
function wantsNaive(options, row) {
  checkOptionNames(options, OPTION_NAMES, '{ naive: true }');
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

function samplingOptions(options) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`options must be an object such as { temperature: 0.7, topP: 0.9 } (got ${describe(options)}).`);
  }
  const names = Object.keys(SAMPLING_DEFAULTS);
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(SAMPLING_DEFAULTS, key)) {
      throw new TypeError(`Unknown sampling option "${key}"; the options are ${names.join(', ')}.`);
    }
  }
  const chosen = {};
  for (const name of names) {
    // Own keys only, as for parameters; undefined takes the default.
    const given = Object.hasOwn(options, name) ? options[name] : undefined;
    const value = given === undefined ? SAMPLING_DEFAULTS[name] : given;
    if (typeof value !== 'number') throw new TypeError(`${name} must be a number (got ${describe(value)}).`);
    chosen[name] = value;
  }
  checkTemperature(chosen.temperature);
  if (!(Number.isInteger(chosen.topK) && chosen.topK >= 0)) {
    throw new RangeError(`topK must be a whole number >= 0, 0 for no top-k filter (got ${chosen.topK}).`);
  }
  if (!(chosen.topP > 0 && chosen.topP <= 1)) {
    throw new RangeError(`topP must lie in (0, 1], 1 for no top-p filter (got ${chosen.topP}).`);
  }
  if (!(chosen.minP >= 0 && chosen.minP <= 1)) {
    throw new RangeError(`minP must lie in [0, 1], 0 for no min-p filter (got ${chosen.minP}).`);
  }
  return chosen;
}

function checkDistribution(p) {
  if (p.length === 0) throw new RangeError('probabilities must hold at least one entry.');
  let sum = 0;
  for (let i = 0; i < p.length; i += 1) {
    if (!(p[i] >= 0 && p[i] < Infinity)) {
      throw new RangeError(`probabilities[${i}] is ${p[i]}; each must be finite and >= 0.`);
    }
    sum += p[i];
  }
  const tolerance = SUM_TOLERANCE + 2 * p.length * Number.EPSILON;
  if (!(Math.abs(sum - 1) <= tolerance)) {
    throw new RangeError(`probabilities must sum to 1 within ${tolerance.toPrecision(3)} (they sum to ${sum}).`);
  }
  return p;
}

function checkCount(count) {
  if (typeof count !== 'number') throw new TypeError(`count must be a number (got ${describe(count)}).`);
  if (!(Number.isInteger(count) && count >= 0 && count <= MAX_SAMPLES)) {
    throw new RangeError(`count must be a whole number in [0, ${MAX_SAMPLES}] (got ${count}).`);
  }
  return count;
}

function checkSeed(seed) {
  if (typeof seed !== 'number') throw new TypeError(`seed must be a number (got ${describe(seed)}).`);
  if (!(Number.isSafeInteger(seed) && seed >= 0)) {
    throw new RangeError(`seed must be a whole number in [0, 2^53) (got ${seed}).`);
  }
  return seed;
}

export function describe(value) {
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
