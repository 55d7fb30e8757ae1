// The training lab's JS API (web/src/trainer.js) against the shipped trainer module: what it
// returns, every named error (each thrown before wasm, the lab usable after it), no wasm heap
// growth over many networks, and divergence that traps nothing.
import assert from 'node:assert/strict';
import test from 'node:test';

import { UnknownActivationError, loadTrainer } from '../../web/src/engine.js';
import { DisposedNetworkError, MAX_PARAMETERS } from '../../web/src/trainer.js';
import { generatedBytes, loadTrainerFresh } from './support.mjs';

const lab = await loadTrainerFresh();

// n points on [-2, 2]^2 from a fixed sequence; targets: the XOR of the signs, as +-1 or as 0/1.
function xorData(n, { classes = false } = {}) {
  const inputs = new Float64Array(2 * n);
  const targets = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    inputs[2 * i] = 2 * Math.cos(1.3 * i);
    inputs[2 * i + 1] = 2 * Math.sin(2.1 * i + 0.5);
    const same = inputs[2 * i] * inputs[2 * i + 1] > 0;
    targets[i] = classes ? Number(same) : same ? 1 : -1;
  }
  return { inputs, targets };
}

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const base = { layers: [2, 8, 8, 1], activation: 'tanh', seed: 1 };

test('the example of the issue: a tanh network learns XOR, and every result has its shape', () => {
  const { inputs, targets } = xorData(100);
  const net = lab.createNetwork({ ...base, params: {} });
  assert.equal(net.parameterCount, 3 * 8 + 9 * 8 + 9);
  assert.deepEqual(net.layers, [2, 8, 8, 1]);
  const { loss } = net.train(inputs, targets, { steps: 600, batchSize: 10, learningRate: 0.03 });
  assert.ok(loss instanceof Float64Array && loss.length === 600);
  assert.ok(mean(loss.slice(-50)) < 0.5 * mean(loss.slice(0, 50)), 'the loss falls');
  const predictions = net.predict(inputs);
  assert.equal(predictions.length, 100);
  const norms = net.layerGradientNorms();
  assert.equal(norms.length, 3);
  assert.ok(norms.every((v) => v > 0 && Number.isFinite(v)));
  const stats = net.activationStatistics(inputs);
  for (const key of ['deadFraction', 'mean', 'spread']) assert.equal(stats[key].length, 2);
  assert.ok(stats.spread.every((s) => s > 0));
  net.dispose();
});

test('bce predicts probabilities; the same seed gives the same weights whatever the activation', () => {
  const { inputs, targets } = xorData(40, { classes: true });
  const net = lab.createNetwork({ ...base, activation: 'relu', loss: 'bce', initialization: 'he' });
  net.train(inputs, targets, { steps: 50, batchSize: 8, learningRate: 0.05, optimizer: 'adam' });
  assert.ok(net.predict(inputs).every((p) => p >= 0 && p <= 1));
  net.dispose();

  const a = lab.createNetwork({ ...base, activation: 'selu' });
  const b = lab.createNetwork({ ...base, activation: 'sigmoid', loss: 'bce' });
  const c = lab.createNetwork({ ...base, seed: 2 });
  assert.deepEqual(a.weights(), b.weights());
  assert.notDeepEqual(a.weights(), c.weights());
  [a, b, c].forEach((net) => net.dispose());
});

test('training in pieces gives the losses of training at once (batches go on where they stopped)', () => {
  const { inputs, targets } = xorData(23);
  const whole = lab.createNetwork(base);
  const pieces = lab.createNetwork(base);
  const options = { batchSize: 5, learningRate: 0.1, optimizer: 'momentum' };
  const all = whole.train(inputs, targets, { ...options, steps: 12 }).loss;
  const parts = [...pieces.train(inputs, targets, { ...options, steps: 7 }).loss, ...pieces.train(inputs, targets, { ...options, steps: 5 }).loss];
  assert.deepEqual(parts, [...all]);
  assert.deepEqual(pieces.weights(), whole.weights());
  whole.dispose();
  pieces.dispose();
});

test('a dead ReLU layer shows in the statistics', () => {
  const { inputs, targets } = xorData(30);
  const net = lab.createNetwork({ ...base, activation: 'relu' });
  // A huge step drives the biases far negative or positive; whatever it does, the fractions are fractions.
  net.train(inputs, targets, { steps: 5, batchSize: 30, learningRate: 50 });
  const { deadFraction } = net.activationStatistics(inputs);
  assert.ok(deadFraction.every((f) => f >= 0 && f <= 1));
  assert.ok(deadFraction.some((f) => f > 0), `some units die (${deadFraction})`);
  net.dispose();
});

// [what, call, expected error]: every path that must throw before wasm.
const { inputs: x, targets: y } = xorData(10);
const network = () => lab.createNetwork(base);
const trainWith = (options, inputs = x, targets = y) => {
  const net = network();
  try {
    return net.train(inputs, targets, options);
  } finally {
    net.dispose();
  }
};
const errorCases = [
  ['unknown activation', () => lab.createNetwork({ ...base, activation: 'swishy' }), UnknownActivationError],
  ['a vector activation', () => lab.createNetwork({ ...base, activation: 'softmax' }), UnknownActivationError],
  ['activation not a string', () => lab.createNetwork({ ...base, activation: 7 }), UnknownActivationError],
  ['one layer', () => lab.createNetwork({ ...base, layers: [2] }), RangeError],
  ['no layers', () => lab.createNetwork({ ...base, layers: [] }), RangeError],
  ['layers not an array', () => lab.createNetwork({ ...base, layers: '2,1' }), TypeError],
  ['a zero-width layer', () => lab.createNetwork({ ...base, layers: [2, 0, 1] }), RangeError],
  ['a fractional width', () => lab.createNetwork({ ...base, layers: [2, 1.5, 1] }), RangeError],
  ['a width not a number', () => lab.createNetwork({ ...base, layers: [2, '8', 1] }), TypeError],
  ['over 10^6 parameters', () => lab.createNetwork({ ...base, layers: [2, 1000, 1000, 1] }), RangeError],
  ['an unknown parameter', () => lab.createNetwork({ ...base, activation: 'elu', params: { beta: 1 } }), TypeError],
  ['a parameter out of range', () => lab.createNetwork({ ...base, activation: 'elu', params: { alpha: -5 } }), RangeError],
  ['a negative seed', () => lab.createNetwork({ ...base, seed: -1 }), RangeError],
  ['a fractional seed', () => lab.createNetwork({ ...base, seed: 0.5 }), RangeError],
  ['a seed not a number', () => lab.createNetwork({ ...base, seed: '1' }), TypeError],
  ['an unknown loss', () => lab.createNetwork({ ...base, loss: 'hinge' }), RangeError],
  ['an unknown initialization', () => lab.createNetwork({ ...base, initialization: 'orthogonal' }), RangeError],
  ['an unknown key', () => lab.createNetwork({ ...base, optimizer: 'adam' }), TypeError],
  ['a spec not an object', () => lab.createNetwork(null), TypeError],
  ['inputs of the wrong length', () => trainWith({}, x.subarray(0, 7), y.subarray(0, 3)), RangeError],
  ['no inputs', () => trainWith({}, new Float64Array(0), new Float64Array(0)), RangeError],
  ['targets of the wrong length', () => trainWith({}, x, y.subarray(0, 9)), RangeError],
  ['a NaN input', () => trainWith({}, Float64Array.from(x, (v, i) => (i === 3 ? NaN : v))), RangeError],
  ['an infinite input', () => trainWith({}, Float64Array.from(x, (v, i) => (i === 0 ? Infinity : v))), RangeError],
  ['a NaN target', () => trainWith({}, x, Float64Array.from(y, (v, i) => (i === 9 ? NaN : v))), RangeError],
  ['inputs not numbers', () => trainWith({}, ['a', 'b']), TypeError],
  ['a learning rate of 0', () => trainWith({ learningRate: 0 }), RangeError],
  ['a negative learning rate', () => trainWith({ learningRate: -0.1 }), RangeError],
  ['an infinite learning rate', () => trainWith({ learningRate: Infinity }), RangeError],
  ['a NaN learning rate', () => trainWith({ learningRate: NaN }), RangeError],
  ['a learning rate not a number', () => trainWith({ learningRate: '0.1' }), TypeError],
  ['zero steps', () => trainWith({ steps: 0 }), RangeError],
  ['fractional steps', () => trainWith({ steps: 2.5 }), RangeError],
  ['too many steps', () => trainWith({ steps: 1e7 }), RangeError],
  ['a batch larger than the data', () => trainWith({ batchSize: 11 }), RangeError],
  ['a batch of 0', () => trainWith({ batchSize: 0 }), RangeError],
  ['an unknown optimizer', () => trainWith({ optimizer: 'rmsprop' }), RangeError],
  ['an optimizer not a string', () => trainWith({ optimizer: 1 }), TypeError],
  ['an unknown train option', () => trainWith({ momentum: 0.5 }), TypeError],
  ['train options not an object', () => trainWith(5), TypeError],
  ['bce targets outside [0, 1]', () => {
    const net = lab.createNetwork({ ...base, loss: 'bce' });
    try {
      return net.train(x, y);
    } finally {
      net.dispose();
    }
  }, RangeError],
];

test('every bad argument is a named error, and the lab stays usable after each', () => {
  const before = lab.memoryBytes();
  for (const [what, call, type] of errorCases) {
    assert.throws(call, (error) => error instanceof type && error.message.length > 0, what);
    const net = network();
    assert.equal(net.train(x, y, { steps: 2, batchSize: 5 }).loss.length, 2, `usable after: ${what}`);
    net.dispose();
  }
  assert.equal(lab.memoryBytes(), before);
  assert.ok(errorCases.length >= 40);
  assert.ok(MAX_PARAMETERS === 1e6);
});

test('a disposed network throws DisposedNetworkError from every method; dispose() twice is harmless', () => {
  const net = network();
  net.dispose();
  net.dispose();
  for (const call of [() => net.train(x, y), () => net.predict(x), () => net.layerGradientNorms(),
    () => net.activationStatistics(x), () => net.weights(), () => net.parameterCount]) {
    assert.throws(call, DisposedNetworkError);
  }
});

test('a huge learning rate gives non-finite losses and traps nothing; the lab goes on', () => {
  const { inputs, targets } = xorData(50);
  for (const activation of ['relu', 'tanh', 'selu', 'linear', 'gelu']) {
    for (const optimizer of ['sgd', 'momentum', 'adam']) {
      const net = lab.createNetwork({ ...base, activation, layers: [2, 16, 16, 1] });
      const { loss } = net.train(inputs, targets, { steps: 100, batchSize: 10, learningRate: 1e300, optimizer });
      if (optimizer !== 'adam') assert.ok(!Number.isFinite(loss[loss.length - 1]), `${activation} ${optimizer} diverges`);
      // Adam's step is at most ~lr per weight: 1e300 still overflows the outputs' square.
      assert.equal(net.predict(inputs).length, 50);
      net.layerGradientNorms();
      net.activationStatistics(inputs);
      net.dispose();
    }
  }
  const net = network();
  assert.ok(Number.isFinite(net.train(inputs, targets, { steps: 10 }).loss[9]));
  net.dispose();
});

// Each network holds ~140 KB (4,400 parameters, their gradients and Adam's moments): 2,000 leaked
// ones would grow the heap by ~280 MB.
test('2,000 create/train/dispose cycles leave the wasm heap as it was', () => {
  const { inputs, targets } = xorData(20);
  const cycle = (i) => {
    const net = lab.createNetwork({ ...base, layers: [2, 64 + (i % 5), 64, 1], activation: i % 2 ? 'relu' : 'tanh', seed: i });
    net.train(inputs, targets, { steps: 3, batchSize: 10, optimizer: i % 3 ? 'adam' : 'sgd' });
    net.predict(inputs);
    net.activationStatistics(inputs);
    net.dispose();
  };
  for (let i = 0; i < 20; i += 1) cycle(i); // warm-up: the heap reaches its working size
  const before = lab.memoryBytes();
  for (let i = 0; i < 2000; i += 1) cycle(i);
  assert.equal(lab.memoryBytes(), before);
});

test('engine.js loads the trainer lazily, with the module bytes in Node', async () => {
  const other = await loadTrainer({ wasmBinary: generatedBytes('trainer.wasm') });
  const net = other.createNetwork(base);
  const same = network();
  assert.deepEqual(net.weights(), same.weights());
  net.dispose();
  same.dispose();
});
