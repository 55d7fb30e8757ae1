// Typed use of the package: must type-check under tsc --strict with no error.
import 'activation-explorer/element';
import {
  type Activations,
  type CatalogueRow,
  type EvaluateResult,
  loadActivations,
  loadTrainer,
  SAMPLING_DEFAULTS,
  UnknownActivationError,
} from 'activation-explorer';

const act: Activations = await loadActivations();
const rows: readonly CatalogueRow[] = act.catalog();
const elu = rows.find((row) => row.id === 'elu');
const alpha: number | undefined = elu?.params[0]?.default;

const xs = new Float64Array([-1, 0, 1]);
const fresh: EvaluateResult = act.evaluate('elu', xs, { alpha: alpha ?? 1 });
const out = { value: new Float64Array(3), derivative: new Float64Array(3) };
const same: typeof out = act.evaluate('sigmoid', xs, {}, { out });
const naive: Float64Array = act.evaluate('softplus', [1, 2], {}, { naive: true }).value;

const p: Float64Array = act.softmax([1, 2, 3], 0.5);
const sparse: Float64Array = act.evaluateVector('sparsemax', [1, 2, 3], 1, { out: new Float64Array(3) });
const halves: Float64Array = act.evaluateVector('swiglu', [1, 2, 3, 4]);
const { value, da, db } = act.evaluateGated('geglu', [1], [2]);
const jacobian: Float64Array = act.jacobian('entmax15', p);
const kinkAt: number | undefined = act.kinks('softshrink', { lambd: 2 })[0]?.position;

const next: Float64Array = act.samplingDistribution([1, 2, 3], { ...SAMPLING_DEFAULTS, topK: 2, topP: 0.9 });
const draws: Int32Array = act.sample(next, 10, 42);

try {
  act.evaluate('relu', xs);
} catch (error) {
  if (error instanceof UnknownActivationError) console.log(error.name, error.message);
}

const lab = await loadTrainer();
const net = lab.createNetwork({ layers: [2, 8, 1], activation: 'gelu', loss: 'bce', initialization: 'he', seed: 7 });
const { loss } = net.train([0, 0, 1, 1], [0, 1], { steps: 10, optimizer: 'momentum' });
const stats = net.activationStatistics([0, 0]);
net.dispose();

const plot = document.createElement('activation-plot');
plot.setAttribute('fn', 'mish');

console.log(fresh, same, naive, sparse, halves, value, da, db, jacobian, kinkAt, draws, loss, stats.deadFraction, plot);
