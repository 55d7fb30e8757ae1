// The training view's datasets (web/src/views/training/datasets.js): the same seed gives the
// same points, each dataset has its shape and labels, and without noise its points lie exactly
// where its definition puts them.
import assert from 'node:assert/strict';
import test from 'node:test';

import { TRAINING_DATASETS, TRAINING_POINTS } from '../../web/src/state.js';
import { datasetDomain, datasetKind, gridInputs, makeDataset } from '../../web/src/views/training/datasets.js';

const CLASSES = TRAINING_DATASETS.filter((name) => datasetKind(name) === 'classes');
const points = ({ inputs }) => Array.from({ length: inputs.length / 2 }, (_, i) => [inputs[2 * i], inputs[2 * i + 1]]);

test('every dataset is the same for a seed and noise, and another for another seed', () => {
  for (const name of TRAINING_DATASETS) {
    const a = makeDataset(name, { seed: 7, noise: 0.1 });
    assert.deepEqual(makeDataset(name, { seed: 7, noise: 0.1 }), a, name);
    const other = makeDataset(name, { seed: 8, noise: 0.1 });
    assert.notDeepEqual(other.inputs, a.inputs, name);
  }
});

test('shapes: 200 examples, two inputs for the classes and one for the curve, every number finite', () => {
  for (const name of TRAINING_DATASETS) {
    const data = makeDataset(name, { seed: 1, noise: 0.5 });
    const width = datasetKind(name) === 'curve' ? 1 : 2;
    assert.equal(data.count, TRAINING_POINTS, name);
    assert.equal(data.inputWidth, width, name);
    assert.equal(data.inputs.length, TRAINING_POINTS * width, name);
    assert.equal(data.targets.length, TRAINING_POINTS, name);
    assert.ok([...data.inputs, ...data.targets].every(Number.isFinite), name);
  }
  assert.equal(makeDataset('xor', { seed: 1, noise: 0, count: 31 }).inputs.length, 62);
});

test('the classes are labelled -1 and +1, half each, and shuffled (batches see both)', () => {
  for (const name of CLASSES) {
    const { targets } = makeDataset(name, { seed: 3, noise: 0.1 });
    assert.ok(targets.every((t) => t === 1 || t === -1), name);
    assert.equal(targets.filter((t) => t === 1).length, TRAINING_POINTS / 2, name);
    // A batch of 10 in order holds both classes, in nearly every batch.
    const mixed = Array.from({ length: TRAINING_POINTS / 10 }, (_, b) => new Set(targets.slice(10 * b, 10 * b + 10)).size === 2);
    assert.ok(mixed.filter(Boolean).length >= 18, `${name}: ${mixed.filter(Boolean).length} mixed batches of 20`);
  }
});

test('without noise: the circle, XOR and spiral points lie where their labels say; the gaussians around their centres', () => {
  const labelled = (name) => {
    const data = makeDataset(name, { seed: 11, noise: 0 });
    return points(data).map(([x, y], i) => ({ x, y, label: data.targets[i] }));
  };
  for (const { x, y, label } of labelled('circle')) {
    const radius = Math.hypot(x, y);
    assert.ok(label > 0 ? radius <= 0.5 : radius >= 0.7 && radius <= 1, `circle (${x}, ${y}) labelled ${label}`);
  }
  for (const { x, y, label } of labelled('xor')) {
    assert.equal(Math.sign(x * y), label);
    assert.ok(Math.min(Math.abs(x), Math.abs(y)) >= 0.05 && Math.max(Math.abs(x), Math.abs(y)) <= 1);
  }
  for (const label of [1, -1]) {
    const cluster = labelled('gaussians').filter((p) => p.label === label);
    const mean = (key) => cluster.reduce((sum, p) => sum + p[key], 0) / cluster.length;
    // 100 points of spread 0.2: the mean is within 4 standard errors (0.08) of the centre.
    assert.ok(Math.abs(mean('x') - 0.4 * label) < 0.08 && Math.abs(mean('y') - 0.4 * label) < 0.08, `gaussian ${label}`);
  }
  // The spiral's arms: at radius r the angle (from the y axis) is 1.75 turns times r / 0.9, the
  // -1 arm half a turn on.
  for (const { x, y, label } of labelled('spiral')) {
    const radius = Math.hypot(x, y);
    assert.ok(radius < 0.9);
    if (radius < 1e-9) continue;
    const expected = 2 * Math.PI * 1.75 * (radius / 0.9) + (label > 0 ? 0 : Math.PI);
    const difference = Math.atan2(x, y) - expected;
    const wrapped = Math.abs(difference - 2 * Math.PI * Math.round(difference / (2 * Math.PI)));
    assert.ok(wrapped < 1e-9, `spiral (${x}, ${y}) labelled ${label}: off by ${wrapped} rad`);
  }
});

test('the curve is sin x on [-π, π] without noise, and noise jitters what the noise-free set has', () => {
  const clean = makeDataset('sine', { seed: 5, noise: 0 });
  clean.inputs.forEach((x, i) => {
    assert.ok(x >= -Math.PI && x <= Math.PI);
    assert.equal(clean.targets[i], Math.sin(x));
  });
  const noisy = makeDataset('sine', { seed: 5, noise: 0.2 });
  assert.deepEqual(noisy.inputs, clean.inputs);
  const jitter = Array.from(noisy.targets, (t, i) => t - clean.targets[i]);
  const spread = Math.sqrt(jitter.reduce((sum, d) => sum + d * d, 0) / jitter.length);
  // 200 draws of a gaussian of deviation 0.2: their RMS is within 15% of it (over 3 standard errors).
  assert.ok(Math.abs(spread - 0.2) < 0.03, `RMS jitter ${spread}`);

  for (const name of CLASSES) {
    const plain = makeDataset(name, { seed: 5, noise: 0 });
    const shaken = makeDataset(name, { seed: 5, noise: 0.2 });
    assert.deepEqual(shaken.targets, plain.targets, `${name}: the same labels in the same order`);
    const moved = Array.from(shaken.inputs, (v, i) => v - plain.inputs[i]);
    const rms = Math.sqrt(moved.reduce((sum, d) => sum + d * d, 0) / moved.length);
    assert.ok(Math.abs(rms - 0.2) < 0.025, `${name}: RMS jitter ${rms}`);
  }
});

test('an unknown dataset is a RangeError', () => {
  assert.throws(() => makeDataset('moons', { seed: 1, noise: 0 }), RangeError);
  assert.throws(() => makeDataset('constructor', { seed: 1, noise: 0 }), RangeError);
});

test('grids: size x size points of the plane, row by row from the top; size xs along the curve', () => {
  const grid = gridInputs('circle', 4);
  assert.equal(grid.length, 32);
  assert.deepEqual([grid[0], grid[1]], [-0.75, 0.75]);
  assert.deepEqual([grid[6], grid[7]], [0.75, 0.75]);
  assert.deepEqual([grid[30], grid[31]], [0.75, -0.75]);
  const xs = gridInputs('sine', 8);
  const { xMin, xMax } = datasetDomain('sine');
  assert.equal(xs.length, 8);
  assert.ok(xs.every((x, i) => x > xMin && x < xMax && (i === 0 || x > xs[i - 1])));
});
