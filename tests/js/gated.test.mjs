// The gated rows (glu, reglu, geglu, swiglu) through the JS API: evaluateGated against the
// mpmath tables, evaluateVector splitting its input in halves as torch.nn.functional.glu
// does, and every bad call a named error before wasm.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { act, loadFresh } from './support.mjs';
import { assertWithinUlps, gatedReference, ulpDistance } from './reference.mjs';

const GATED = act.catalog().filter((row) => row.kind === 'gated').map((row) => row.id);

describe('evaluateGated matches the mpmath reference', () => {
  test('the gated rows are glu, reglu, geglu and swiglu, without parameters or a naive variant', () => {
    assert.deepEqual(GATED, ['glu', 'reglu', 'geglu', 'swiglu']);
    for (const row of act.catalog().filter((r) => r.kind === 'gated')) {
      assert.deepEqual(row.params, []);
      assert.equal(row.hasNaive, false);
      assert.equal(row.family, 'gated');
    }
  });

  for (const id of GATED) {
    test(`${id}: a g(b) and df/da within 4 ULP, df/db within 8 ULP (or 4 ULPs of |a| next to a zero of g')`, () => {
      const reference = gatedReference(id);
      assert.ok(reference.a.length > 900);
      const got = act.evaluateGated(id, reference.a, reference.b);
      assertWithinUlps(got.value, reference.value, 4, `${id} value`);
      assertWithinUlps(got.da, reference.da, 4, `${id} da`);
      // Next to a zero of gelu' and silu' the gate's derivative is accurate in absolute terms
      // only (tests/cpp/elementwise_test.cpp), so a g'(b) is too, in units of |a|.
      const failures = [];
      reference.db.forEach((want, i) => {
        const absolute = 4 * Number.EPSILON * Math.abs(reference.a[i]);
        if (ulpDistance(got.db[i], want) > 8 && !(Math.abs(got.db[i] - want) <= absolute)) {
          failures.push(`a = ${reference.a[i]}, b = ${reference.b[i]}: ${got.db[i]}, want ${want}`);
        }
      });
      assert.deepEqual(failures, []);
    });
  }
});

describe('evaluateVector on a gated row: the second half gates the first', () => {
  test('z = [a, b] gives the n/2 values of evaluateGated(a, b), bit for bit', () => {
    const a = [1.5, -2, 0, 1e10];
    const b = [-0.75, 3, 2, -800];
    for (const id of GATED) {
      const got = act.evaluateVector(id, [...a, ...b]);
      assert.equal(got.length, 4);
      assert.deepEqual(got, act.evaluateGated(id, a, b).value, id);
    }
    // glu([1, 2, 0, 0]) = [1, 2] sigmoid(0) = [0.5, 1], as torch.nn.functional.glu gives.
    assert.deepEqual([...act.evaluateVector('glu', [1, 2, 0, 0])], [0.5, 1]);
    assert.deepEqual([...act.evaluateVector('reglu', [3, 3, -1, 2])], [0, 6]);
  });

  test('an odd length is a RangeError, a temperature a TypeError, and the module stays usable', () => {
    assert.throws(() => act.evaluateVector('swiglu', [1, 2, 3]), { name: 'RangeError', message: /even length \(got 3\)/ });
    assert.throws(() => act.evaluateVector('glu', [1, 2], 2), { name: 'TypeError', message: /glu takes no temperature/ });
    assert.throws(() => act.evaluateVector('glu', [1, 2], undefined, { naive: true }), { name: 'Error', message: /no naive variant/ });
    assert.equal(act.evaluateVector('glu', []).length, 0);
    assert.deepEqual([...act.evaluateVector('glu', [2, 0])], [1]);
  });
});

describe('evaluateGated: bad calls are named errors before wasm', () => {
  test('a and b of different lengths, the wrong kind of row, bad arrays', () => {
    assert.throws(() => act.evaluateGated('glu', [1, 2], [1]), { name: 'RangeError', message: /one length \(got 2 and 1\)/ });
    assert.throws(() => act.evaluateGated('relu', [1], [1]), { name: 'TypeError', message: /relu is not a gated function/ });
    assert.throws(() => act.evaluateGated('softmax', [1], [1]), { name: 'TypeError', message: /not a gated function/ });
    assert.throws(() => act.evaluateGated('glu', [1, 'x'], [1, 2]), { name: 'TypeError', message: /a\[1\] is not a number/ });
    assert.throws(() => act.evaluateGated('glu', [1, 2], null), { name: 'TypeError', message: /b must be an array/ });
    assert.throws(() => act.evaluateGated('nope', [1], [1]), { name: 'UnknownActivationError' });
    assert.throws(() => act.evaluate('swiglu', [1]), { name: 'TypeError', message: /swiglu is a gated function/ });
  });

  test('10,000 failing calls leave the wasm memory as it was and the answers right', async () => {
    const own = await loadFresh();
    own.evaluateGated('swiglu', [1, 2, 3], [0.5, -1, 2]);
    const before = own.memoryBytes();
    for (let i = 0; i < 10_000; i += 1) {
      assert.throws(() => own.evaluateGated('swiglu', [1, 2, 3], [1, 2]), RangeError);
      assert.throws(() => own.evaluateVector('geglu', [1, 2, 3]), RangeError);
    }
    assert.equal(own.memoryBytes(), before);
    const { value, da, db } = own.evaluateGated('glu', [4], [0]);
    assert.deepEqual([value[0], da[0], db[0]], [2, 0.5, 1]);
  });
});
