// What the functions view draws (web/src/views/functions/curves.js) through reused arrays
// (web/src/scratch.js): the same numbers as fresh arrays give, the same arrays frame after
// frame, the kinks merged into the grid in order and once.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { defaultState, stateProperties } from '../../web/src/state.js';
import { curve } from '../../web/src/views/functions/curves.js';
import { freshArray, scratchArrays } from '../../web/src/scratch.js';
import { act } from './support.mjs';

const catalog = act.catalog();
const row = (id) => catalog.find((r) => r.id === id);
const state = defaultState(stateProperties(catalog, ['en', 'pt']));
const grid = (low, high, count) => Float64Array.from({ length: count }, (_, i) => low + ((high - low) * i) / (count - 1));
const FIELDS = ['xs', 'value', 'derivative', 'valueShown', 'derivativeShown'];
/** The double next to x (not 0) towards ±∞. */
function nextDouble(x, direction) {
  const bits = new BigInt64Array(Float64Array.of(x).buffer);
  bits[0] += (x > 0) === (direction > 0) ? 1n : -1n;
  return new Float64Array(bits.buffer)[0];
}
const same = (a, b) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

test('scratchArrays: the same array for a name while its length stays, a new one when it changes', () => {
  const take = scratchArrays();
  const first = take('value', 801);
  assert.equal(take('value', 801), first);
  assert.notEqual(take('derivative', 801), first);
  const longer = take('value', 804);
  assert.equal(longer.length, 804);
  assert.notEqual(longer, first);
  assert.notEqual(freshArray('value', 3), freshArray('value', 3));
});

for (const id of ['relu', 'selu', 'hardtanh', 'threshold', 'sigmoid', 'swiglu']) {
  test(`${id}: reused arrays hold what fresh ones do, and the second frame writes into the first's`, () => {
    const take = scratchArrays();
    const xs = grid(-3.3, 3.7, 801);
    const fresh = curve(act, row(id), xs, state);
    const reused = curve(act, row(id), xs, state, take);
    for (const field of FIELDS) assert.ok(same(fresh[field], reused[field]), `${id} ${field}`);
    const again = curve(act, row(id), xs, state, take);
    for (const field of ['value', 'derivative', 'valueShown', 'derivativeShown']) assert.equal(again[field].buffer, reused[field].buffer, `${id} ${field} reused`);
  });
}

test('the kinks go into the grid in order, each point once, with a gap where the curve jumps', () => {
  // hardtanh has corners at ±1, on a grid of step 0.5; threshold jumps at 0.5, between the
  // points of a grid of step 4/7.
  for (const [id, count, added] of [['hardtanh', 9, 4], ['threshold', 8, 3]]) {
    const xs = grid(-2, 2, count);
    const drawn = curve(act, row(id), xs, state, scratchArrays());
    assert.ok(drawn.xs.every((x, i) => i === 0 || x > drawn.xs[i - 1]), `${id}: ascending, no repeats`);
    for (const x of xs) assert.ok(drawn.xs.includes(x), `${id}: the grid point ${x} is kept`);
    assert.equal(drawn.xs.length, xs.length + added, `${id}: each kink and the doubles on either side, once`);
    for (const kink of act.kinks(id)) {
      const at = drawn.xs.indexOf(kink.position);
      assert.ok(Number.isNaN(drawn.derivativeShown[at]), `${id}: f′ breaks at ${kink.position}`);
      assert.equal(Number.isNaN(drawn.valueShown[at]), kink.value !== 'both', `${id}: f breaks at ${kink.position} only if it jumps`);
      // Its neighbours are the doubles next to it, with nothing between.
      assert.ok(drawn.xs[at - 1] < kink.position && drawn.xs[at + 1] > kink.position);
      assert.equal(drawn.xs[at - 1], nextDouble(kink.position, -1));
      assert.equal(drawn.xs[at + 1], nextDouble(kink.position, 1));
    }
  }
});
