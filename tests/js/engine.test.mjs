// The public JS API (web/src/engine.js) over the real wasm module, checked against the
// committed mpmath reference tables. Run from the project root: node --test tests/js/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { MAX_JACOBIAN_LOGITS, UnknownActivationError } from '../../web/src/engine.js';
import { assertWithinUlps, elementwiseReference, parseHexFloat, ulpDistance, vectorReference } from './reference.mjs';
import { act, loadFresh } from './support.mjs';

const ELEMENTWISE_IDS = ['linear', 'relu', 'selu', 'sigmoid', 'tanh'];
// The self-normalising constants of Klambauer et al. (2017), "Self-Normalizing Neural Networks".
const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

// The accuracy targets, which results must still meet after crossing the API: values
// within 4 ULP, derivatives within 8 ULP, or (next to a zero of f', where the terms of f'
// cancel) within 4 ULPs of 1 in absolute terms. The per-function bounds, most of them far
// tighter, are tests/cpp/elementwise_test.cpp's.
const TARGET = { value: 4, derivative: 8, derivativeAbsolute: 4 * Number.EPSILON };

const sum = (values) => values.reduce((a, b) => a + b, 0);
const row = (id) => act.catalog().find((r) => r.id === id);

// ---------------------------------------------------------------------------------------

describe('test helpers', () => {
  test('parseHexFloat reads float.hex() output exactly', () => {
    assert.equal(parseHexFloat('0x1.999999999999ap-4'), 0.1);
    assert.equal(parseHexFloat('0x1.8000000000000p+1'), 3);
    assert.equal(parseHexFloat('-0x1.0000000000000p-1'), -0.5);
    assert.equal(parseHexFloat('0x1.fffffffffffffp+1023'), Number.MAX_VALUE);
    assert.equal(parseHexFloat('0x1.0000000000000p-1022'), 2 ** -1022);
    assert.equal(parseHexFloat('0x0.0000000000001p-1022'), Number.MIN_VALUE);
    assert.equal(parseHexFloat('-0x0.fffffffffffffp-1022'), -(2 ** -1022 - 2 ** -1074));
    assert.ok(Object.is(parseHexFloat('-0x0.0p+0'), -0));
    assert.ok(Object.is(parseHexFloat('0x0.0p+0'), 0));
    assert.equal(parseHexFloat('inf'), Infinity);
    assert.equal(parseHexFloat('-inf'), -Infinity);
    assert.ok(Number.isNaN(parseHexFloat('nan')));
    assert.throws(() => parseHexFloat('0.1'), SyntaxError);
  });

  test('ulpDistance counts representable doubles between two values', () => {
    assert.equal(ulpDistance(1, 1), 0);
    assert.equal(ulpDistance(1, 1 + Number.EPSILON), 1);
    assert.equal(ulpDistance(1, 1 - Number.EPSILON / 2), 1);
    assert.equal(ulpDistance(0, -0), 0);
    assert.equal(ulpDistance(Number.MIN_VALUE, -Number.MIN_VALUE), 2);
    assert.equal(ulpDistance(NaN, NaN), 0);
    assert.equal(ulpDistance(NaN, 0), Infinity);
    assert.equal(ulpDistance(Number.MAX_VALUE, Infinity), 1);
  });
});

describe('catalog()', () => {
  test('lists the element-wise activations and softmax as a vector function', () => {
    const kinds = Object.fromEntries(act.catalog().map((r) => [r.id, r.kind]));
    for (const id of ELEMENTWISE_IDS) assert.equal(kinds[id], 'elementwise', id);
    assert.equal(kinds.softmax, 'vector');
  });

  test('hasNaive is true exactly for the rows whose naive variant can be called', () => {
    const byId = Object.fromEntries(act.catalog().map((r) => [r.id, r]));
    for (const id of ELEMENTWISE_IDS) assert.equal(byId[id].hasNaive, true, id);
    assert.equal(byId.softmax.hasNaive, true);
    assert.ok(act.softmax([1000, 1001], 1, { naive: true }).every(Number.isNaN));
  });

  test('rows are frozen, down to nested parameters and presets', async () => {
    // A separate instance, so that if freezing failed the other tests would not see the damage.
    const own = await loadFresh();
    const selu = own.catalog().find((r) => r.id === 'selu');
    assert.throws(() => { selu.id = 'changed'; }, TypeError);
    assert.throws(() => { selu.params[0].default = 0; }, TypeError);
    assert.throws(() => { selu.presets[1].values[0] = 0; }, TypeError);
    assert.throws(() => { selu.kinks.push({ at: 1 }); }, TypeError);
    assert.throws(() => { own.catalog().push({}); }, TypeError);
    assert.equal(selu.id, 'selu');
    assert.equal(selu.params[0].default, SELU_ALPHA);
    assert.equal(own.catalog().length, act.catalog().length);
  });

  test('selu takes alpha and scale with the standard defaults and a notebook preset', () => {
    const selu = row('selu');
    assert.deepEqual(selu.params.map((p) => [p.id, p.default]), [['alpha', SELU_ALPHA], ['scale', SELU_SCALE]]);
    for (const p of selu.params) assert.ok(p.min <= p.default && p.default <= p.max, p.id);
    const presets = Object.fromEntries(selu.presets.map((p) => [p.id, p.values]));
    assert.deepEqual(presets.notebook, [3, 1]);
    assert.deepEqual(presets.standard, [SELU_ALPHA, SELU_SCALE]);
  });

  test('relu has a kink at 0 whose derivative is the left-hand limit; kinks sit at the defaults', () => {
    assert.deepEqual(row('relu').kinks, [{ position: 0, value: 'both', derivative: 'left' }]);
    assert.deepEqual(row('softshrink').kinks.map((k) => [k.position, k.derivative]), [[-0.5, 'right'], [0.5, 'left']]);
    assert.deepEqual(row('hardshrink').kinks.map((k) => k.value), ['right', 'left']);
    assert.deepEqual(row('softplus').kinks.map((k) => k.position), [20]);
  });

  test('at every kink, evaluate() returns the declared one-sided derivative', () => {
    for (const r of act.catalog().filter((c) => c.kind === 'elementwise')) {
      for (const kink of r.kinks) {
        const side = kink.derivative === 'left' ? -1 : 1;
        const at = kink.position;
        const { derivative } = act.evaluate(r.id, [at, at + side * 1e-9 * Math.max(1, Math.abs(at))]);
        // Each side of a kink is a smooth piece: 1e-9 away the derivative barely moves.
        assert.ok(Math.abs(derivative[0] - derivative[1]) <= 1e-6, `${r.id}'(${at})`);
      }
    }
  });
});

describe('evaluate() matches the mpmath reference', () => {
  const ids = act.catalog().filter((r) => r.kind === 'elementwise').map((r) => r.id);
  const groups = elementwiseReference(ids);

  test('the tables cover every element-wise activation and the notebook selu preset', () => {
    assert.deepEqual([...new Set(groups.map((g) => g.id))].sort(), [...ids].sort());
    assert.ok(groups.some((g) => g.id === 'selu' && g.parameters[0] === 3 && g.parameters[1] === 1));
    assert.ok(groups.every((g) => g.xs.length >= 100));
  });

  for (const group of groups) {
    test(`${group.id}(${group.parameters.join(', ')}) value and derivative`, () => {
      // Name the parameters through the catalogue, so a binding that swapped them would fail.
      const ids = row(group.id).params.map((p) => p.id);
      const params = Object.fromEntries(ids.map((id, i) => [id, group.parameters[i]]));
      const got = act.evaluate(group.id, group.xs, params);
      assertWithinUlps(got.value, group.values, TARGET.value, `${group.id} value`);
      assertWithinUlps(got.derivative, group.derivatives, TARGET.derivative, `${group.id} derivative`, TARGET.derivativeAbsolute);
    });
  }

  test('omitted parameters take the catalogue defaults', () => {
    const xs = [-3, -0.5, 0, 0.5, 3];
    assert.deepEqual(act.evaluate('selu', xs), act.evaluate('selu', xs, { alpha: SELU_ALPHA, scale: SELU_SCALE }));
    assert.deepEqual(act.evaluate('selu', xs, { alpha: 3 }), act.evaluate('selu', xs, { alpha: 3, scale: SELU_SCALE }));
  });
});

describe('evaluate() inputs and outputs', () => {
  const xs = [-2.5, -0, 0, 0.1, 7, 1e-300, -1e300];

  test('a plain array and the equal Float64Array give identical results', () => {
    for (const id of ELEMENTWISE_IDS) {
      assert.deepEqual(act.evaluate(id, xs), act.evaluate(id, Float64Array.from(xs)), id);
    }
  });

  test('Float32Array and Int32Array are accepted and read as their numeric values', () => {
    const f32 = Float32Array.of(0.1, -1.5, 3);
    assert.deepEqual([...act.evaluate('linear', f32).value], [...f32]);
    assert.equal(act.evaluate('linear', f32).value[0], Math.fround(0.1));
    const i32 = Int32Array.of(-7, 0, 2 ** 31 - 1);
    assert.deepEqual(act.evaluate('relu', i32), act.evaluate('relu', [-7, 0, 2 ** 31 - 1]));
  });

  test('empty input gives empty outputs', () => {
    for (const input of [[], new Float64Array(0)]) {
      const { value, derivative } = act.evaluate('tanh', input);
      assert.ok(value instanceof Float64Array && derivative instanceof Float64Array);
      assert.equal(value.length, 0);
      assert.equal(derivative.length, 0);
    }
    assert.equal(act.softmax([]).length, 0);
    assert.equal(act.softmaxJacobian([]).length, 0);
  });

  test('results are owned copies, not views into the wasm heap', () => {
    const first = act.evaluate('linear', [1, 2, 3]);
    // An owned copy has a buffer of exactly its own size; a heap view would share the heap.
    assert.equal(first.value.buffer.byteLength, 3 * 8);
    assert.notEqual(first.value.buffer, first.derivative.buffer);
    first.value[0] = 99;
    first.derivative.fill(-1);
    const second = act.evaluate('linear', [1, 2, 3]);
    assert.deepEqual([...second.value], [1, 2, 3]);
    assert.deepEqual([...second.derivative], [1, 1, 1]);
    assert.notEqual(second.value.buffer, first.value.buffer);
    act.evaluate('linear', [5, 6, 7]);
    assert.deepEqual([...second.value], [1, 2, 3], 'a later call must not overwrite an earlier result');
  });

  test('the input array is neither changed nor aliased', () => {
    const input = Float64Array.of(-1, 0.5, 2);
    const { value } = act.evaluate('linear', input);
    assert.notEqual(value, input);
    assert.notEqual(value.buffer, input.buffer);
    input[0] = 42;
    assert.equal(value[0], -1);
    act.evaluate('relu', input);
    assert.deepEqual([...input], [42, 0.5, 2]);
  });

  test('softmax results are owned copies too', () => {
    const p = act.softmax([0, 0]);
    p[0] = 7;
    const q = act.softmax([0, 0]);
    assert.deepEqual([...q], [0.5, 0.5]);
    assert.equal(q.buffer.byteLength, 2 * 8);
    act.softmax([0, 0, 0, 0]);
    assert.deepEqual([...q], [0.5, 0.5]);
  });
});

describe('the naive variant shows where the notebook formulas break', () => {
  const one = (id, x, naive) => act.evaluate(id, [x], {}, { naive });

  test('tanh(800) is NaN naive (inf / inf) but 1 stable', () => {
    assert.ok(Number.isNaN(one('tanh', 800, true).value[0]));
    assert.equal(one('tanh', 800, false).value[0], 1);
    assert.equal(one('tanh', -800, false).value[0], -1);
  });

  test("sigmoid'(40) is 0 naive (s(1 - s) cancels) but ~4.248e-18 stable", () => {
    assert.equal(one('sigmoid', 40, true).derivative[0], 0);
    const e = Math.exp(-40);
    const exact = e / (1 + e) ** 2;
    // exp, an add, a square and a divide in JS: a few ULP, far inside 1e-15 relative.
    assert.ok(Math.abs(one('sigmoid', 40, false).derivative[0] - exact) <= 1e-15 * exact);
    assert.ok(Math.abs(exact - 4.248e-18) < 1e-21);
  });

  test('relu(NaN) is 0 naive but NaN stable', () => {
    assert.equal(one('relu', NaN, true).value[0], 0);
    assert.ok(Number.isNaN(one('relu', NaN, false).value[0]));
    assert.ok(Number.isNaN(one('relu', NaN, false).derivative[0]));
  });

  test('softmax([1000, 1001]) is NaN naive but finite and sums to 1 stable', () => {
    const naive = act.softmax([1000, 1001], 1, { naive: true });
    assert.ok([...naive].every(Number.isNaN));
    const p = act.softmax([1000, 1001]);
    assert.ok(p.every(Number.isFinite));
    assert.ok(Math.abs(sum(p) - 1) <= 2 * Number.EPSILON);
    // p = (1, e) / (1 + e): an exp, an add and a divide each, so 2 ULP.
    assertWithinUlps(p, [1 / (1 + Math.E), Math.E / (1 + Math.E)], 2, 'softmax([1000, 1001])');
  });

  test('the stable and naive variants agree where the notebook formulas hold', () => {
    const xs = [-3, -1, -0.25, 0.25, 1, 3];
    for (const id of ELEMENTWISE_IDS) {
      const stable = act.evaluate(id, xs);
      const naive = act.evaluate(id, xs, {}, { naive: true });
      for (const key of ['value', 'derivative']) {
        // Far from every breaking point both formulas are accurate to a few ULP of O(1) values.
        stable[key].forEach((v, i) => assert.ok(Math.abs(v - naive[key][i]) < 1e-14, `${id} ${key}(${xs[i]})`));
      }
    }
  });
});

describe('softmax(), logSoftmax(), softmin() and the other vector rows', () => {
  const all = vectorReference();
  const reference = all.filter((r) => r.function === 'softmax').map((r) => ({ ...r, probabilities: r.outputs }));
  const method = { softmax: 'softmax', log_softmax: 'logSoftmax', softmin: 'softmin' };
  const vectorIds = act.catalog().filter((r) => r.kind === 'vector').map((r) => r.id);

  test('the table has each vector row, the notebook panels and rows up to 100 logits', () => {
    assert.deepEqual([...new Set(all.map((r) => r.function))].sort(), [...vectorIds].sort());
    assert.ok(reference.some((r) => r.logits.length === 100));
  });

  for (const [index, ref] of all.entries()) {
    test(`${ref.function} matches the reference: row ${index}, n = ${ref.logits.length}, T = ${ref.temperature}`, () => {
      const got = act.evaluateVector(ref.function, ref.logits, ref.temperature);
      if (ref.function in method) {
        // One exp (< 1 ULP) per output and a sum of n positive terms (~n/2 ULP), as in C++.
        const allowed = 2 + Math.floor(ref.logits.length / 2);
        assertWithinUlps(act[method[ref.function]](ref.logits, ref.temperature), ref.outputs, allowed, `row ${index}`);
        assert.deepEqual(got, act[method[ref.function]](ref.logits, ref.temperature));
      } else {
        // sparsemax and entmax15: the bounds, 8 ULP or 4 n eps absolute, and exact zeros.
        assertWithinUlps(got, ref.outputs, 8, `row ${index}`, 4 * ref.logits.length * Number.EPSILON);
        ref.outputs.forEach((want, i) => want === 0 && assert.equal(got[i], 0, `row ${index}, output ${i}`));
      }
    });
  }

  test('sums to 1 within n * 2^-52', () => {
    for (const { logits, temperature } of reference) {
      const p = act.softmax(logits, temperature);
      // Each p_i is off by a few ULP (<= 2^-53 * p_i each) and adding n of them rounds n times.
      assert.ok(Math.abs(sum(p) - 1) <= logits.length * 2 ** -52, `n = ${logits.length}, T = ${temperature}`);
    }
  });

  test('the notebook logits are flatter at T = 2 than at T = 1', () => {
    const logits = [-2, -1, 0, 1, 2];
    const cold = act.softmax(logits, 1);
    const warm = act.softmax(logits, 2);
    assert.ok(Math.max(...warm) < Math.max(...cold));
    assert.ok(Math.min(...warm) > Math.min(...cold));
  });

  test('temperature defaults to 1', () => {
    assert.deepEqual(act.softmax([0.3, -2, 1]), act.softmax([0.3, -2, 1], 1));
  });
});

describe('softmaxJacobian()', () => {
  const logits = [0.3, -1.2, 2.5, 0, 1.1];
  const n = logits.length;

  for (const temperature of [0.5, 1, 2]) {
    test(`T = ${temperature}: n*n entries, symmetric, rows sum to 0`, () => {
      const j = act.softmaxJacobian(logits, temperature);
      assert.equal(j.length, n * n);
      for (let r = 0; r < n; r += 1) {
        // -p_r p_c / T and -p_c p_r / T are the same two roundings: exactly equal.
        for (let c = 0; c < n; c += 1) assert.equal(j[r * n + c], j[c * n + r], `J[${r}][${c}]`);
        // sum_c p_r (delta_rc - p_c) = p_r (1 - sum p) = 0 up to a few roundings of O(0.1) terms.
        assert.ok(Math.abs(sum(j.slice(r * n, (r + 1) * n))) <= 1e-15, `row ${r}`);
      }
    });

    test(`T = ${temperature}: matches central finite differences of softmax`, () => {
      const j = act.softmaxJacobian(logits, temperature);
      // h = 1e-6: truncation ~h^2 and rounding ~eps/h ~ 1e-10, far below 1e-8 on O(0.1) entries.
      const h = 1e-6;
      for (let c = 0; c < n; c += 1) {
        const shifted = (delta) => act.softmax(logits.map((z, i) => (i === c ? z + delta : z)), temperature);
        const up = shifted(h);
        const down = shifted(-h);
        for (let r = 0; r < n; r += 1) {
          const difference = (up[r] - down[r]) / (2 * h);
          assert.ok(Math.abs(j[r * n + c] - difference) <= 1e-8, `J[${r}][${c}] = ${j[r * n + c]}, FD ${difference}`);
        }
      }
    });
  }

  test(`accepts exactly ${MAX_JACOBIAN_LOGITS} logits`, () => {
    const size = MAX_JACOBIAN_LOGITS;
    const j = act.softmaxJacobian(new Float64Array(size));
    assert.equal(j.length, size * size);
    // Equal logits: p = 1/n, so J = (I/n - 1/n^2); both are powers of two here, hence exact.
    assert.equal(j[0], 1 / size - 1 / size ** 2);
    assert.equal(j[1], -1 / size ** 2);
    assert.equal(j[size * size - 1], 1 / size - 1 / size ** 2);
  });
});

describe('many calls', () => {
  // Plain JS formulas, accurate to a few ULP on [-10, 10]; enough to spot a wrong result.
  const expected = {
    linear: (x) => [x, 1],
    relu: (x) => (x > 0 ? [x, 1] : [0, 0]),
    selu: (x) => (x > 0 ? [SELU_SCALE * x, SELU_SCALE] : [SELU_SCALE * SELU_ALPHA * Math.expm1(x), SELU_SCALE * SELU_ALPHA * Math.exp(x)]),
    sigmoid: (x) => { const s = 1 / (1 + Math.exp(-x)); return [s, s * (1 - s)]; },
    tanh: (x) => { const t = Math.tanh(x); return [t, 1 - t * t]; },
  };

  test('10,000 evaluate calls of 100 points each all return correct results', () => {
    const xs = new Float64Array(100);
    for (let call = 0; call < 10_000; call += 1) {
      const id = ELEMENTWISE_IDS[call % ELEMENTWISE_IDS.length];
      // Different points every call, so a stale or shared buffer cannot pass.
      for (let j = 0; j < xs.length; j += 1) xs[j] = (j - 50) / 5 + (call % 97) * 1e-3;
      const { value, derivative } = act.evaluate(id, call % 2 ? xs : Array.from(xs));
      assert.equal(value.length, 100);
      assert.equal(derivative.length, 100);
      for (const j of [0, 37, 50, 99, call % 100]) {
        const [v, d] = expected[id](xs[j]);
        // The JS formulas differ from the wasm ones by ~1e-16 relative; 1e-13 flags any real error.
        assert.ok(Math.abs(value[j] - v) <= 1e-13 && Math.abs(derivative[j] - d) <= 1e-13, `call ${call}: ${id}(${xs[j]})`);
      }
    }
  });
});

describe('jacobian()', () => {
  // Central differences of evaluateVector, step h: their error is O(h²) ≈ 1e-8 here.
  const numeric = (id, z, t, h = 1e-4) =>
    z.flatMap((_, j) => {
      const at = (delta) => act.evaluateVector(id, z.map((v, k) => (k === j ? v + delta : v)), t);
      const up = at(h);
      const down = at(-h);
      return Array.from(up, (u, i) => ({ i, j, value: (u - down[i]) / (2 * h) }));
    });

  for (const id of ['softmax', 'log_softmax', 'softmin', 'sparsemax', 'entmax15']) {
    test(`${id}: each entry matches central differences to 1e-7`, () => {
      const z = [-2, -1, 0, 1, 2.5];
      const t = 1.7;
      const jacobian = act.jacobian(id, z, t);
      assert.equal(jacobian.length, 25);
      for (const { i, j, value } of numeric(id, z, t)) assert.ok(Math.abs(jacobian[i * 5 + j] - value) < 1e-7, `${id} (${i}, ${j})`);
    });
  }

  test('softmax’s columns sum to 0; log-softmax’s rows do, its columns do not', () => {
    const z = [0.5, -1, 3];
    const sums = (m, byRow) => [0, 1, 2].map((a) => [0, 1, 2].reduce((s, b) => s + m[byRow ? a * 3 + b : b * 3 + a], 0));
    for (const s of sums(act.jacobian('softmax', z, 1), false)) assert.ok(Math.abs(s) < 1e-16);
    for (const s of sums(act.jacobian('log_softmax', z, 1), true)) assert.ok(Math.abs(s) < 1e-15);
    assert.ok(sums(act.jacobian('log_softmax', z, 1), false).some((s) => Math.abs(s) > 0.1));
  });

  test('bad input is a named error: an element-wise id, an unknown id, a bad temperature, too many logits', () => {
    assert.throws(() => act.jacobian('relu', [1, 2]), TypeError);
    assert.throws(() => act.jacobian('swiglu', [1, 2]), TypeError);
    assert.throws(() => act.jacobian('nope', [1, 2]), UnknownActivationError);
    assert.throws(() => act.jacobian('log_softmax', [1, 2], 0), RangeError);
    assert.throws(() => act.jacobian('log_softmax', new Float64Array(MAX_JACOBIAN_LOGITS + 1)), RangeError);
    assert.throws(() => act.jacobian('softmin', [1, 'x']), TypeError);
    assert.equal(act.jacobian('softmax', [1, 2]).length, 4);
  });
});
