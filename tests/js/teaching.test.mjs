// The pure calculations behind the page's teaching views.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { gradientsThroughLayers } from '../../web/src/depth.js';
import { entropy } from '../../web/src/entropy.js';

const sigmoid = (xs) => {
  const value = Float64Array.from(xs, (x) => 1 / (1 + Math.exp(-x)));
  return { value, derivative: value.map((s) => s * (1 - s)) };
};
const linear = (xs) => ({ value: Float64Array.from(xs), derivative: new Float64Array(xs.length).fill(1) });

test('the gradient through stacked layers multiplies the derivatives along the forward pass', () => {
  const [fromZero] = gradientsThroughLayers(sigmoid, [0], 3);
  // x0 = 0: s'(0) = 1/4; x1 = s(0) = 1/2; x2 = s(1/2).
  const s = (x) => 1 / (1 + Math.exp(-x));
  const d = (x) => s(x) * (1 - s(x));
  assert.equal(fromZero[0], 0.25);
  assert.equal(fromZero[1], 0.25 * d(0.5));
  assert.ok(Math.abs(fromZero[2] - 0.25 * d(0.5) * d(s(0.5))) < 1e-17);
});

test('sigmoid stacks lose the gradient geometrically; a linear stack keeps it', () => {
  const [deep] = gradientsThroughLayers(sigmoid, [0], 20);
  assert.ok(deep[19] < 0.25 ** 20 * 1.01 && deep[19] > 0);
  assert.ok(deep.every((g, i) => i === 0 || g < deep[i - 1]));
  assert.deepEqual([...gradientsThroughLayers(linear, [3, -2], 5)[1]], [1, 1, 1, 1, 1]);
});

test('entropy: 0 for a one-hot vector, ln n for the uniform one', () => {
  assert.equal(entropy([0, 1, 0]), 0);
  assert.ok(Math.abs(entropy([0.25, 0.25, 0.25, 0.25]) - Math.log(4)) < 1e-15);
  assert.ok(entropy([0.7, 0.2, 0.1]) > 0 && entropy([0.7, 0.2, 0.1]) < Math.log(3));
});

test('CSV quotes fields with commas or quotes and keeps full precision', async () => {
  const { toCsv } = await import('../../web/src/tables.js');
  assert.equal(toCsv(['x', 'f(x), value'], [[0.1, 'say "hi"']]), 'x,"f(x), value"\n0.1,"say ""hi"""\n');
  assert.equal(toCsv(['x'], [[1 / 3]]), 'x\n0.3333333333333333\n');
});

test('typed text goes into a CSV as text: a leading = + - @, tab or CR cannot start a formula', async () => {
  const { textCell, toCsv } = await import('../../web/src/tables.js');
  for (const text of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) assert.equal(textCell(text), `'${text}`, JSON.stringify(text));
  for (const text of ['mat', 'sofá', '1=1', ' =x', '']) assert.equal(textCell(text), text);
  assert.equal(toCsv(['word'], [[textCell('=1,2')]]), 'word\n"\'=1,2"\n');
});
