// Writes the fuzzers' seed corpus, fuzz/corpus/<target>/, in the byte layouts their header
// comments describe: every element-wise row at its defaults, minima and maxima over the
// points where kernels switch formulas, the vector family's hard cases, the cuts of the
// sampling filters, and every gated row over the gates' tails, next to zeros of g' and at the
// extremes. Run from the project root after a build (it reads the catalogue through engine.js):
//   node fuzz/make-corpus.mjs
import fs from 'node:fs';

import { loadActivations } from '../web/src/engine.js';

const root = new URL('./corpus/', import.meta.url);
const wasmBinary = fs.readFileSync(new URL('../web/generated/activations.wasm', import.meta.url));
const act = await loadActivations({ wasmBinary });

const MAX = Number.MAX_VALUE;
const TINY = Number.MIN_VALUE;
const MIN_NORMAL = 2 ** -1022;

function bytesOf(values) {
  return new Uint8Array(Float64Array.from(values).buffer);
}

function writeCorpus(target, seeds) {
  const folder = new URL(`${target}/`, root);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  for (const [name, bytes] of seeds) fs.writeFileSync(new URL(name, folder), bytes);
  console.log(`${seeds.length} seeds in fuzz/corpus/${target}/`);
}

// ---- element-wise: [row][mode, 8 value bytes] per parameter, then the points
// Where kernels change formula or lose digits: zeros, the subnormal edge, the notebook's
// breaking points (exp overflow at ~710, sigmoid' at ~37, tanh' at ~19), the deep-tail
// switch at -700, the series switch at -37, hard kinks at +-3 and 6, and the extremes.
const POINTS = [0, -0, TINY, -TINY, MIN_NORMAL, -MIN_NORMAL, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 6, 19, -19,
  20, 37, -37, -37.5, 700, -700, -701, 710, -710, 745, -745, 1e50, -1e50, MAX, -MAX, Infinity, -Infinity, NaN];
const MODE = { default: 0, min: 1, max: 2 };

function elementwiseSeed(rowIndex, row, mode) {
  const kinks = row.kinks.map((k) => k.position);
  const parameters = row.params.flatMap(() => [MODE[mode], ...new Uint8Array(8)]);
  return Uint8Array.from([rowIndex, ...parameters, ...bytesOf([...POINTS, ...kinks])]);
}

const elementwise = act.catalog().filter((row) => row.kind === 'elementwise');
writeCorpus(
  'elementwise',
  elementwise.flatMap((row, index) => {
    const modes = row.params.length ? ['default', 'min', 'max'] : ['default'];
    return modes.map((mode) => [`${row.id}-${mode}`, elementwiseSeed(index, row, mode)]);
  }),
);

// ---- vector: [temperature mode 0: raw bits][temperature][topK, topP, minP, seed words][logits]
const ramp = (n, step) => Array.from({ length: n }, (_, i) => (i - n / 2) * step);
const vectorCases = {
  'notebook-t1': [1, [-2, -1, 0, 1, 2]],
  'notebook-t2': [2, [-2, -1, 0, 1, 2]],
  'overflow-naive': [1, [1000, 1001]],
  'one-logit': [1, [3.5]],
  'no-logits': [1, []],
  'infinite-max': [1, [1, Infinity, 0, Infinity]],
  'all-minus-infinity': [1, [-Infinity, -Infinity]],
  'nan-logit': [1, [1, NaN, 0]],
  'extremes': [1, [MAX, -MAX, 0]],
  'subnormal-logits': [1, [TINY, -TINY, 0, MIN_NORMAL]],
  'tiny-temperature': [1e-300, [1, 3, 2]],
  'huge-temperature': [1e300, [-3, 0, 1e10, 5]],
  'max-temperature': [MAX, [1, -1]],
  // (z - max) / T overflows while the low part of z - max does not vanish.
  'subnormal-temperature': [1e-320, [1e16, -0.3]],
  // Found by the fuzzer: p_10 ~ 1e-313 is subnormal, and the Jacobian's products p_i p_j lose
  // bits before the division by T magnifies them.
  'jacobian-subnormal-probability': [7.041529585015933e-9, [7.0415291118701046e-9, ...Array(4).fill(7.041529113171147e-9),
    7.041528752348664e-9, ...Array(4).fill(7.041529113171147e-9), -5.064758599973192e-6]],
  'ramp-100': [0.5, ramp(100, 0.37)],
  'ramp-256': [3, ramp(256, 11.3)],
};
// The sampling words, inverting the target's decoding (fuzz/vector_fuzzer.cpp's header);
// all zero: every filter off, seed 0.
function samplingWords({ topK = 0, topP = 1, minP = 0, seed = 0 } = {}) {
  const words = [BigInt(topK), BigInt(Math.round((1 - topP) * 2 ** 53)) << 11n,
    BigInt(Math.round(minP * (2 ** 53 - 1))) << 11n, BigInt(seed)];
  return new Uint8Array(BigUint64Array.from(words).buffer);
}
const equal = (n) => new Array(n).fill(0);
// Where HF's filters cut: on exact cumulative sums, through ties, at their extremes.
const samplingCases = {
  'top-p-exact-boundary': [1, equal(4), { topP: 0.5 }],
  'top-p-through-a-tie': [1, [0, 1, 1, 1, 2, -1], { topP: 0.6 }],
  'top-k-ties-at-kth': [1, [1, 3, 3, 2], { topK: 1 }],
  'min-p-one': [1, [2, 2, 1, -Infinity], { minP: 1 }],
  'all-filters': [0.7, ramp(40, 0.3), { topK: 20, topP: 0.9, minP: 0.05, seed: 1234567 }],
  'tiny-top-p': [1e-300, [1, 3, 2, 3], { topP: 2 ** -53, seed: 7 }],
  'masked-tokens': [2, [-Infinity, 0.5, -Infinity, 0.25, Infinity], { topK: 3, topP: 0.95, minP: 0.2, seed: 3 }],
};
writeCorpus('vector', [
  ...Object.entries(vectorCases).map(([name, [temperature, logits]]) => [name, [temperature, logits, {}]]),
  ...Object.entries(samplingCases),
].map(([name, [temperature, logits, sampling]]) => [
  name,
  Uint8Array.from([0, ...bytesOf([temperature]), ...samplingWords(sampling), ...bytesOf(logits)]),
]));

// ---- gated: [row][a, b pairs]: large a where g(b) underflows (b below -700, below -37 for
// gelu, sigmoid' above 700), tiny b where silu(b) and gelu(b) are subnormal, the zeros of g'.
const A = [1, -1, 3.5, 1e10, 1e300, -(2 ** 1000), MAX, TINY, 0, -0, Infinity, -Infinity, NaN];
const B = [0, -0, TINY, -TINY, 1e-310, -1e-310, 1e-20, -1.2785, -0.7518, 1, -1, -37, -37.5, -38.4, -39, -700, -700.5,
  -708.5, -745.2, -800, -1e4, 700.5, 745.2, 800, MAX, -MAX, Infinity, -Infinity, NaN];
const gated = act.catalog().filter((row) => row.kind === 'gated');
writeCorpus(
  'gated',
  gated.map((row, index) => [`${row.id}-grid`, Uint8Array.from([index, ...bytesOf(A.flatMap((a) => B.flatMap((b) => [a, b])))])]),
);
