// Which ends of each function's output range are attained (closed) at finite x, at the default
// parameters: the catalogue gives the ends as numbers, and a reader needs to know that the
// sigmoid never reaches 0 or 1 — (0, 1) — while ReLU does reach 0 — [0, ∞). Two ranges are not
// intervals at all; they are written as the unions they are.
const ATTAINED = {
  linear: '()',
  sigmoid: '()',
  tanh: '()',
  softsign: '()',
  exponential: '()',
  gaussian: '(]',
  relu: '[)',
  rrelu: '()',
  relu_squared: '[)',
  leaky_relu: '()',
  prelu: '()',
  relu6: '[]',
  elu: '()',
  celu: '()',
  selu: '()',
  silu: '[)',
  mish: '[)',
  gelu: '[)',
  gelu_tanh: '[)',
  quick_gelu: '[)',
  softplus: '()',
  squareplus: '()',
  logsigmoid: '()',
  lisht: '[)',
  elish: '[)',
  hardtanh: '[]',
  hardsigmoid: '[]',
  hardswish: '[)',
  sparse_plus: '[)',
  sparse_sigmoid: '[]',
  softshrink: '()',
  hardshrink: '()',
  tanhshrink: '()',
  threshold: '()',
  snake: '()',
  sine: '[]',
  softmax: '[]',
  log_softmax: '(]',
  softmin: '[]',
  sparsemax: '[]',
  entmax15: '[]',
  // A gated row's range is its gate's, g(b): a scales it.
  glu: '()',
  reglu: '[)',
  geglu: '[)',
  swiglu: '[)',
};

/**
 * Where the range is a union of pieces, as a function of the row's default parameters:
 * pieces are intervals { min, max, minClosed, maxClosed } (a point has min = max, both closed).
 */
const UNIONS = {
  // 0 on [-λ, λ], x beyond it: (-∞, -λ) ∪ {0} ∪ (λ, ∞).
  hardshrink: ({ lambd }) => [
    { min: -Infinity, max: -lambd, minClosed: false, maxClosed: false },
    { min: 0, max: 0, minClosed: true, maxClosed: true },
    { min: lambd, max: Infinity, minClosed: false, maxClosed: false },
  ],
  // The value v at or below the threshold θ, x above it: {v} ∪ (θ, ∞).
  threshold: ({ threshold, value }) => [
    { min: value, max: value, minClosed: true, maxClosed: true },
    { min: threshold, max: Infinity, minClosed: false, maxClosed: false },
  ],
};

/** The row's output range as pieces, each { min, max, minClosed, maxClosed }. */
export function rangePieces(row) {
  const defaults = Object.fromEntries(row.params.map((p) => [p.id, p.default]));
  if (UNIONS[row.id]) return UNIONS[row.id](defaults);
  const [open, close] = ATTAINED[row.id] ?? '()';
  return [{ min: row.range.min, max: row.range.max, minClosed: open === '[', maxClosed: close === ']' }];
}

/** The ids this table describes, for the texts-complete test. */
export const DESCRIBED_IDS = Object.freeze([...Object.keys(ATTAINED)]);
