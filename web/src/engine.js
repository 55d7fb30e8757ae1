/**
 * The public JS API: activation functions computed in WebAssembly.
 *
 *   import { loadActivations } from './engine.js';
 *   const act = await loadActivations();            // in Node: loadActivations({ wasmBinary })
 *   act.catalog();                                   // [{ id, kind, params, range, frameworks, ... }]
 *   act.evaluate('sigmoid', xs, { ...params });      // { value: Float64Array, derivative: Float64Array }
 *   act.evaluate('swish', xs);                       // aliases work too (swish -> silu)
 *   act.softmax(logits, temperature);                // Float64Array that sums to 1
 *   act.logSoftmax(logits, temperature);             // log of softmax, by log-sum-exp
 *   act.softmin(logits, temperature);                // softmax(-logits)
 *   act.evaluateVector(id, logits, temperature);     // any vector row of the catalogue
 *   act.evaluateVector('swiglu', z);                 // a gated row: n/2 values a g(b) of z = [a, b]
 *   act.evaluateGated('swiglu', a, b);               // { value, da, db }: a g(b) and its partials
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
 * (not a number, an unknown option), a RangeError (outside a domain or a size limit) or an
 * UnknownActivationError (naming the valid ids), and the module stays usable afterwards.
 * Each call crosses into wasm once per array and returns arrays the caller owns.
 *
 * The training lab lives in its own module, loaded on first use (web/src/trainer.js):
 *   const lab = await loadTrainer();                  // in Node: loadTrainer({ wasmBinary })
 */
import createActivationsModule from '../generated/activations.mjs';
import { ALIASES } from './catalogue/aliases.js';
import { FRAMEWORKS } from './catalogue/frameworks.js';

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

class Activations {
  #module;
  #catalog;
  #byId;

  constructor(module) {
    this.#module = module;
    const aliasesOf = (id) => Object.keys(ALIASES).filter((alias) => ALIASES[alias] === id);
    this.#catalog = deepFreeze(
      module.catalog().map((row) => ({ ...row, aliases: aliasesOf(row.id), frameworks: structuredClone(FRAMEWORKS[row.id] ?? []) })),
    );
    this.#byId = new Map(this.#catalog.flatMap((row) => [[row.id, row], ...row.aliases.map((alias) => [alias, row])]));
  }

  /** The catalogue rows (frozen): ids, parameters, range, properties, kinks, aliases, frameworks. */
  catalog() {
    return this.#catalog;
  }

  /**
   * f(x) and f'(x) of an element-wise activation at every x. `params` maps parameter ids
   * to values; missing ones take their defaults. `{ naive: true }` uses the course
   * notebook's formula instead, to show where it breaks.
   */
  evaluate(id, xs, params = {}, options = {}) {
    const row = this.#row(id);
    if (row.kind === 'vector') {
      throw new TypeError(`${row.id} is a vector function: call evaluateVector(), softmax(), logSoftmax(), softmin() or softmaxJacobian().`);
    }
    if (row.kind === 'gated') throw new TypeError(`${row.id} is a gated function: call evaluateVector() or evaluateGated().`);
    const points = toFloat64Array(xs, 'xs');
    const values = parameterValues(row, params);
    return this.#module.evaluate(row.id, points, values, wantsNaive(options, row));
  }

  /**
   * A vector activation of the catalogue (softmax, log_softmax, softmin, sparsemax, ...) over
   * `logits` at `temperature` (> 0, finite); `{ naive: true }` as in evaluate, where the row has
   * one. A gated row (glu, swiglu, ...) takes no temperature: of z = [a, b], two halves of an
   * even length, it returns the n/2 values a g(b), as torch.nn.functional.glu splits its input.
   */
  evaluateVector(id, logits, temperature, options = {}) {
    const row = this.#row(id);
    if (row.kind === 'elementwise') {
      throw new TypeError(`${row.id} is an element-wise function: call evaluate().`);
    }
    const z = toFloat64Array(logits, 'logits');
    const naive = wantsNaive(options, row);
    if (row.kind === 'vector') return this.#module.evaluateVector(row.id, z, checkTemperature(temperature === undefined ? 1 : temperature), naive);
    if (temperature !== undefined) throw new TypeError(`${row.id} takes no temperature (got ${describe(temperature)}).`);
    if (z.length % 2 !== 0) {
      throw new RangeError(`${row.id} splits its input into two halves a and b, so it needs an even length (got ${z.length}).`);
    }
    const half = z.length / 2;
    return this.#module.evaluateGated(row.id, z.subarray(0, half), z.subarray(half)).value;
  }

  /**
   * A gated row's f(a; b) = a g(b) element-wise, with its partial derivatives da = g(b) and
   * db = a g'(b): `a` and `b` are arrays of one length.
   */
  evaluateGated(id, a, b) {
    const row = this.#row(id);
    if (row.kind !== 'gated') throw new TypeError(`${row.id} is not a gated function: glu, reglu, geglu and swiglu are.`);
    const values = toFloat64Array(a, 'a');
    const gates = toFloat64Array(b, 'b');
    if (values.length !== gates.length) {
      throw new RangeError(`a and b must have one length (got ${values.length} and ${gates.length}).`);
    }
    return this.#module.evaluateGated(row.id, values, gates);
  }

  /** Softmax of `logits` at `temperature`, summing to 1. */
  softmax(logits, temperature = 1, options = {}) {
    return this.evaluateVector('softmax', logits, temperature, options);
  }

  /** log(softmax(logits, temperature)), accurate where softmax underflows to 0. */
  logSoftmax(logits, temperature = 1) {
    return this.evaluateVector('log_softmax', logits, temperature);
  }

  /** softmax(-logits, temperature): the smallest logit gets the largest probability. */
  softmin(logits, temperature = 1) {
    return this.evaluateVector('softmin', logits, temperature);
  }

  /** The Jacobian dp_i/dz_j of softmax, n*n entries in row-major order. */
  softmaxJacobian(logits, temperature = 1) {
    const z = toFloat64Array(logits, 'logits');
    if (z.length > MAX_JACOBIAN_LOGITS) {
      throw new RangeError(
        `softmaxJacobian takes at most ${MAX_JACOBIAN_LOGITS} logits (got ${z.length}).`,
      );
    }
    return this.#module.softmaxJacobian(z, checkTemperature(temperature));
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
    // topK crosses as an unsigned integer: any value past the number of logits means "keep all".
    return this.#module.samplingDistribution(z, temperature, Math.min(topK, z.length), topP, minP);
  }

  /** `count` token indices drawn from `probabilities`, the same for the same seed. */
  sample(probabilities, count, seed) {
    const p = checkDistribution(toFloat64Array(probabilities, 'probabilities'));
    return this.#module.sample(p, checkCount(count), checkSeed(seed));
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
}

// %TypedArray%'s own getters read a view's internal slots, which no own property, subclass,
// Proxy or prototype swap can fake; on anything but a typed array they give undefined.
const typedArrayGetter = (key) => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), key).get;
const typedArrayKind = typedArrayGetter(Symbol.toStringTag);
const typedArrayLength = typedArrayGetter('length');

// Always a fresh Float64Array of our own: wasm never sees the caller's object, so nothing of
// the caller's (a getter, a fake length, a detached buffer) can run or throw inside a wasm
// call, where an error would skip the code that pops the call's stack frame.
// Exported for trainer.js, which validates the same way; not part of the documented API.
export function toFloat64Array(values, name) {
  const kind = typedArrayKind.call(values);
  if (kind !== undefined && !kind.startsWith('Big')) {
    checkLength(typedArrayLength.call(values), name);
    try {
      return new Float64Array(values);
    } catch (error) {
      throw new TypeError(`${name} is a view of a detached ArrayBuffer (or of one shrunk below it).`, { cause: error });
    }
  }
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

function checkLength(length, name) {
  if (length > MAX_POINTS) {
    throw new RangeError(`${name} has ${length} elements; the limit is ${MAX_POINTS}.`);
  }
}

export function parameterValues(row, params) {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new TypeError(`params must be an object such as { ${row.params[0]?.id ?? 'name'}: 1 } (got ${describe(params)}).`);
  }
  const known = new Set(row.params.map((p) => p.id));
  for (const key of Object.keys(params)) {
    if (!known.has(key)) {
      const list = known.size ? `its parameters are ${[...known].join(', ')}` : 'it takes none';
      throw new TypeError(`${row.id} has no parameter "${key}"; ${list}.`);
    }
  }
  return Float64Array.from(row.params, (p) => {
    // Own keys only, so a prototype's properties never act as parameters; null is an error.
    const given = Object.hasOwn(params, p.id) ? params[p.id] : undefined;
    const value = given === undefined ? p.default : given;
    if (typeof value !== 'number') {
      throw new TypeError(`${row.id}: parameter ${p.id} must be a number (got ${describe(value)}).`);
    }
    if (!(value >= p.min && value <= p.max)) {
      throw new RangeError(`${row.id}: parameter ${p.id} must lie in [${p.min}, ${p.max}] (got ${value}).`);
    }
    return value;
  });
}

function wantsNaive(options, row) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`options must be an object such as { naive: true } (got ${describe(options)}).`);
  }
  for (const key of Object.keys(options)) {
    if (key !== 'naive') throw new TypeError(`Unknown option "${key}"; the only option is naive.`);
  }
  const naive = Boolean(options.naive);
  // Checked here, not in wasm: an error thrown inside a wasm call leaks its stack frame.
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
