// Types of the package's main entry ("activation-explorer"): the engine API (web/src/engine.js)
// and the training lab (web/src/trainer.js). Written by hand; tests/types/ holds a usage
// example that must type-check under tsc --strict and one whose every call must fail to.
// The id unions must list the catalogue's ids and aliases: tests/js/package.test.mjs compares them.

/** The catalogue's element-wise rows: evaluate() and kinks() take these (aliases included). */
export type ElementwiseId =
  | 'linear' | 'identity' | 'sigmoid' | 'tanh' | 'softsign' | 'exponential' | 'gaussian'
  | 'relu' | 'leaky_relu' | 'prelu' | 'rrelu' | 'relu6' | 'relu_squared' | 'elu' | 'celu' | 'selu'
  | 'silu' | 'swish' | 'mish' | 'gelu' | 'gelu_tanh' | 'quick_gelu' | 'softplus' | 'squareplus'
  | 'logsigmoid' | 'lisht' | 'elish' | 'hardtanh' | 'hardsigmoid' | 'hardswish' | 'hard_silu'
  | 'hard_swish' | 'sparse_plus' | 'sparse_sigmoid' | 'softshrink' | 'hardshrink' | 'tanhshrink'
  | 'threshold' | 'snake' | 'sine';
/** The vector rows: evaluateVector() and jacobian() take these. */
export type VectorId = 'softmax' | 'log_softmax' | 'softmin' | 'sparsemax' | 'entmax15';
/** The gated rows, f(a; b) = a g(b): evaluateGated() and evaluateVector() take these. */
export type GatedId = 'glu' | 'reglu' | 'geglu' | 'swiglu';
export type ActivationId = ElementwiseId | VectorId | GatedId;

/** Numbers as the API accepts them: an array of numbers or any typed array but the BigInt ones. */
export type NumericArray =
  | readonly number[]
  | Float64Array | Float32Array | Int32Array | Int16Array | Int8Array
  | Uint32Array | Uint16Array | Uint8Array | Uint8ClampedArray;

/** Parameter values by parameter id (see a row's params); missing ones take their defaults. */
export type Params = Readonly<Record<string, number>>;

export interface Parameter {
  readonly id: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export interface Preset {
  readonly id: string;
  /** One value per parameter, in the order of the row's params. */
  readonly values: readonly number[];
}

/** Which one-sided limits f and f' take at a point where the function is not differentiable. */
export type Side = 'left' | 'right' | 'both';

export interface Kink {
  readonly position: number;
  readonly value: Side;
  readonly derivative: Side;
}

export interface FrameworkName {
  readonly framework: 'PyTorch' | 'Keras' | 'JAX' | 'TensorFlow';
  readonly name: string;
  readonly defaults: Readonly<Record<string, number | string | boolean>>;
}

/** One row of catalog(): frozen, plain data. */
export interface CatalogueRow {
  readonly id: ActivationId;
  readonly kind: 'elementwise' | 'vector' | 'gated';
  readonly family: 'classic' | 'relu' | 'smooth' | 'hard' | 'periodic' | 'vector' | 'gated';
  readonly params: readonly Parameter[];
  readonly presets: readonly Preset[];
  /** The range of f; null where it is unbounded on that side. */
  readonly range: { readonly min: number | null; readonly max: number | null };
  readonly monotonic: boolean;
  /** C^k: -1 discontinuous, Infinity smooth, null where it does not apply. */
  readonly continuity: number | null;
  readonly zeroCentred: boolean;
  readonly saturates: 'none' | 'negative' | 'positive' | 'both';
  readonly boundedDerivative: boolean;
  readonly periodic: boolean;
  readonly kinks: readonly Kink[];
  /** Whether { naive: true } selects the course notebook's formula. */
  readonly hasNaive: boolean;
  readonly aliases: readonly string[];
  readonly frameworks: readonly FrameworkName[];
}

export interface EvaluateResult {
  value: Float64Array;
  derivative: Float64Array;
}

export interface GatedResult {
  value: Float64Array;
  /** df/da = g(b) */
  da: Float64Array;
  /** df/db = a g'(b) */
  db: Float64Array;
}

export interface NaiveOption {
  /** The course notebook's formula instead (only where the row's hasNaive is true). */
  naive?: boolean;
}

/** With `out`, results are written into the caller's Float64Arrays (of the result's length) and `out` is returned. */
export interface EvaluateOptions<Out extends EvaluateResult = EvaluateResult> extends NaiveOption {
  out?: Out;
}
export interface VectorOptions extends NaiveOption {
  out?: Float64Array;
}
export interface GatedOptions<Out extends GatedResult = GatedResult> {
  out?: Out;
}

/** samplingDistribution's options, as Hugging Face transformers applies them (see SAMPLING_DEFAULTS). */
export interface SamplingOptions {
  /** Finite, > 0. */
  temperature?: number;
  /** An integer >= 0; 0 switches top-k off. */
  topK?: number;
  /** In (0, 1]; 1 switches top-p off. */
  topP?: number;
  /** In [0, 1]; 0 switches min-p off. */
  minP?: number;
}

/** What the Emscripten module factory accepts; Node needs none of it (the package reads its wasm). */
export interface ModuleOptions {
  /** The bytes of the module's .wasm file. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where the .wasm file is, given its name and the glue's folder. */
  locateFile?: (path: string, scriptDirectory: string) => string;
}

export interface Activations {
  catalog(): readonly CatalogueRow[];
  evaluate(id: ElementwiseId, xs: NumericArray, params?: Params, options?: NaiveOption & { out?: undefined }): EvaluateResult;
  evaluate<Out extends EvaluateResult>(id: ElementwiseId, xs: NumericArray, params: Params, options: EvaluateOptions<Out> & { out: Out }): Out;
  /** A vector row at `temperature` (default 1), or a gated row (no temperature) of z = [a, b]: n/2 values. */
  evaluateVector(id: VectorId, logits: NumericArray, temperature?: number, options?: VectorOptions): Float64Array;
  evaluateVector(id: GatedId, z: NumericArray, temperature?: undefined, options?: VectorOptions): Float64Array;
  evaluateGated(id: GatedId, a: NumericArray, b: NumericArray, options?: GatedOptions & { out?: undefined }): GatedResult;
  evaluateGated<Out extends GatedResult>(id: GatedId, a: NumericArray, b: NumericArray, options: GatedOptions<Out> & { out: Out }): Out;
  kinks(id: ElementwiseId | GatedId, params?: Params): readonly Kink[];
  softmax(logits: NumericArray, temperature?: number, options?: VectorOptions): Float64Array;
  logSoftmax(logits: NumericArray, temperature?: number, options?: VectorOptions): Float64Array;
  softmin(logits: NumericArray, temperature?: number, options?: VectorOptions): Float64Array;
  /** dp_i/dz_j, n*n entries in row-major order; at most MAX_JACOBIAN_LOGITS logits. */
  softmaxJacobian(logits: NumericArray, temperature?: number): Float64Array;
  jacobian(id: VectorId, logits: NumericArray, temperature?: number): Float64Array;
  /** Next-token probabilities after temperature, top-k, top-p and min-p; 0 where removed. */
  samplingDistribution(logits: NumericArray, options?: SamplingOptions): Float64Array;
  /** `count` indices drawn from `probabilities`; the same seed (an integer in [0, 2^53)) gives the same draws. */
  sample(probabilities: NumericArray, count: number, seed: number): Int32Array;
  /** Bytes of wasm linear memory. */
  memoryBytes(): number;
}

/** Loads the activations' wasm module. Without options every caller shares one instance. */
export function loadActivations(options?: ModuleOptions): Promise<Activations>;

export const MAX_POINTS: number;
export const MAX_JACOBIAN_LOGITS: number;
export const MAX_SAMPLES: number;
export const SUM_TOLERANCE: number;
export const SAMPLING_DEFAULTS: Readonly<Required<SamplingOptions>>;

/** Thrown for an id that is not in the catalogue; its message lists the valid ids. */
export class UnknownActivationError extends Error {
  constructor(id: unknown, validIds: readonly string[]);
  readonly name: 'UnknownActivationError';
}

// The training lab.

export type Loss = 'mse' | 'bce';
export type Initialization = 'glorot' | 'he' | 'lecun';
export type Optimizer = 'sgd' | 'momentum' | 'adam';

export const LOSSES: readonly Loss[];
export const INITIALIZATIONS: readonly Initialization[];
export const OPTIMIZERS: readonly Optimizer[];
/** Most weights and biases in one network. */
export const MAX_PARAMETERS: number;
/** Most steps in one train() call. */
export const MAX_STEPS: number;

export interface NetworkSpec {
  /** Widths from the inputs to the outputs, at least two. */
  layers: readonly number[];
  /** The hidden layers' activation. */
  activation: ElementwiseId;
  params?: Params;
  /** An integer in [0, 2^53); the same layers, initialization and seed give the same weights. Default 1. */
  seed?: number;
  /** Default 'mse'. */
  loss?: Loss;
  /** Default 'glorot'. */
  initialization?: Initialization;
}

export interface TrainOptions {
  /** Default 1, at most MAX_STEPS. */
  steps?: number;
  /** Default min(10, n), at most n. */
  batchSize?: number;
  /** Finite, > 0; default 0.03. */
  learningRate?: number;
  /** Default 'sgd'. */
  optimizer?: Optimizer;
}

export interface ActivationStatistics {
  /** Per hidden layer: the fraction of units whose f' is 0 for every example. */
  deadFraction: Float64Array;
  mean: Float64Array;
  spread: Float64Array;
}

export interface Network {
  readonly activation: ElementwiseId;
  readonly layers: readonly number[];
  readonly loss: Loss;
  readonly parameterCount: number;
  /** Trains `steps` batches; loss[i] is batch i's mean loss before its update. */
  train(inputs: NumericArray, targets: NumericArray, options?: TrainOptions): { loss: Float64Array };
  /** n x the last layer's width, row-major. */
  predict(inputs: NumericArray): Float64Array;
  layerGradientNorms(): Float64Array;
  activationStatistics(inputs: NumericArray): ActivationStatistics;
  weights(): Float64Array;
  /** Frees the network's wasm memory; any later call but dispose() throws DisposedNetworkError. */
  dispose(): void;
}

export interface TrainingLab {
  createNetwork(spec: NetworkSpec): Network;
  memoryBytes(): number;
}

/** Loads the trainer's wasm module (its own instance each call). */
export function loadTrainer(options?: ModuleOptions): Promise<TrainingLab>;

/** Thrown by a network used after dispose(). */
export class DisposedNetworkError extends Error {
  constructor();
  readonly name: 'DisposedNetworkError';
}
