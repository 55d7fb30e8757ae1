import assert from 'node:assert/strict';
import { test } from 'node:test';

import { brokenIntervals, brokenPoints } from '../../web/src/naive.js';

test('NaN where the accurate result is a number counts as broken, NaN on both sides does not', () => {
  assert.deepEqual(brokenPoints([1, 2, NaN, 4], [1, NaN, NaN, NaN]), [1, 3]);
});

test('an exact 0 where the accurate result is not 0 counts as broken', () => {
  assert.deepEqual(brokenPoints([4e-18, 0, 0.25, -1e-300], [0, 0, 0.25, 0]), [0, 3]);
});

test('a merely inexact naive result is not reported', () => {
  assert.deepEqual(brokenPoints([0.1, 1e-17], [0.10000000000000002, 2e-17]), []);
});

test('broken points are summarised as intervals of consecutive x', () => {
  const xs = [-3, -2, -1, 0, 1, 2, 3];
  assert.deepEqual(brokenIntervals(xs, [0, 1, 5, 6]), [[-3, -2], [2, 3]]);
  assert.deepEqual(brokenIntervals(xs, [3]), [[0, 0]]);
  assert.deepEqual(brokenIntervals(xs, []), []);
});
