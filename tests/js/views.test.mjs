// The pure calculations of the views: y intervals that keep every curve readable, and the
// logit a dragged bar asks for.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { logitForOutput } from '../../web/src/views/softmax/logitForOutput.js';
import { extent, logInterval, yInterval } from '../../web/src/views/functions/yRange.js';
import { act } from './support.mjs';

test('extent skips what is not finite, and says when nothing is', () => {
  assert.deepEqual(extent([3, NaN, -1, Infinity, 2]), [-1, 3]);
  assert.equal(extent([NaN, NaN]), null);
  assert.equal(extent([]), null);
});

test('auto: sigmoid beside ReLU keeps the sigmoid a quarter of the height, with as much of ReLU as fits', () => {
  const [low, high] = yInterval([[0, 1], [0, 10]]);
  // A quarter of the interval, before the 5% of room added above and below.
  const span = high - low;
  assert.ok(1 / span >= 1 / (4 * 1.1) - 1e-12, `sigmoid fills ${1 / span} of the height`);
  assert.ok(low <= 0 && high >= 4, `[${low}, ${high}] holds sigmoid's [0, 1] and ReLU from 0 to 4`);
});

test('auto: curves of like spans get their union; all is the union; an index fits one curve', () => {
  assert.deepEqual(yInterval([[-1, 1], [0, 1]]), [-1.1, 1.1]);
  const [low, high] = yInterval([[0, 1], [0, 10]], 'all');
  assert.ok(low < 0 && high > 10);
  const [one, two] = yInterval([[0, 1], [0, 10]], 0);
  assert.ok(one < 0 && two > 1 && two < 1.2);
});

test('flat curves and curves with nothing finite still give a usable interval', () => {
  assert.deepEqual(yInterval([[1, 1]]), [0.5, 1.5]);
  assert.deepEqual(yInterval([null]), [-1.1, 1.1]);
  const [low, high] = yInterval([[0.25, 0.25], [0, 10]]);
  assert.ok(low <= 0.25 && high >= 10);
});

test('log intervals are whole powers of ten, inside what doubles hold', () => {
  assert.deepEqual(logInterval([[0.003, 0.5], [2e-5, 1]]), [1e-5, 1]);
  assert.deepEqual(logInterval([[5e-324, 1e308]]), [1e-323, 1e308]);
  assert.deepEqual(logInterval([[1, 1]]), [1, 10]);
  assert.deepEqual(logInterval([null]), [1e-3, 1]);
});

const limits = { min: -100, max: 100 };

test('a dragged softmax bar gets the logit that gives it the value under the pointer', () => {
  const logits = [-2, -1, 0, 1, 2];
  for (const [index, target] of [[0, 0.7], [4, 0.05], [2, 0.3333]]) {
    const z = logitForOutput((v) => act.softmax(v, 1), logits, index, target, limits);
    const moved = logits.map((other, i) => (i === index ? z : other));
    assert.ok(Math.abs(act.softmax(moved, 1)[index] - target) < 1e-9, `${index} -> ${target}`);
  }
});

test('softmin moves the other way, log-softmax takes log-probabilities; targets out of reach clamp', () => {
  const logits = [0, 1, 2];
  const softmin = logitForOutput((v) => act.softmin(v, 2), logits, 0, 0.8, limits);
  assert.ok(Math.abs(act.softmin([softmin, 1, 2], 2)[0] - 0.8) < 1e-9);
  const log = logitForOutput((v) => act.logSoftmax(v, 1), logits, 1, -0.1, limits);
  assert.ok(Math.abs(act.logSoftmax([0, log, 2], 1)[1] + 0.1) < 1e-9);
  assert.equal(logitForOutput((v) => act.softmax(v, 1), logits, 1, 1, limits), 100);
  assert.equal(logitForOutput((v) => act.softmax(v, 1), logits, 1, 0, limits), -100);
  // One logit alone always has probability 1: dragging it changes nothing.
  assert.equal(logitForOutput((v) => act.softmax(v, 1), [3], 0, 0.2, limits), 3);
});

test('kinks move with their parameters, and a curve gets the kink and its neighbours with gaps where it jumps', async () => {
  const { curve } = await import('../../web/src/views/functions/curves.js');
  assert.deepEqual(act.kinks('softshrink', { lambd: 2 }).map((k) => k.position), [-2, 2]);
  assert.deepEqual(act.kinks('softshrink').map((k) => k.position), [-0.5, 0.5]);
  assert.throws(() => act.kinks('softshrink', { lambd: -1 }), RangeError);
  assert.throws(() => act.kinks('softmax'), TypeError);
  const grid = Float64Array.from({ length: 11 }, (_, i) => -5 + i);
  const state = { 'threshold.threshold': 0.5, 'threshold.value': 0 };
  const { xs, value, derivative, valueShown, derivativeShown } = curve(act, act.catalog().find((r) => r.id === 'threshold'), grid, state);
  const at = xs.indexOf(0.5);
  assert.ok(at > 0 && xs[at - 1] < 0.5 && xs[at + 1] > 0.5 && xs[at + 1] - xs[at - 1] < 1e-15, 'the kink and the doubles beside it');
  assert.equal(xs.length, grid.length + 3);
  assert.ok(Number.isNaN(valueShown[at]) && Number.isNaN(derivativeShown[at]), 'threshold jumps: a gap in f and in f′');
  assert.equal(value[at], 0); // f(θ) = v: the value where x ≤ θ
  assert.ok(Number.isFinite(derivative[at]));
  const relu = curve(act, act.catalog().find((r) => r.id === 'relu'), grid, {});
  const zero = relu.xs.indexOf(0);
  assert.equal(relu.xs.length, grid.length + 2); // 0 was on the grid already
  assert.equal(relu.valueShown[zero], 0); // continuous: the corner is drawn
  assert.ok(Number.isNaN(relu.derivativeShown[zero]));
});
