// The `out` path of engine.js: evaluate(id, xs, params, { out: { value, derivative } }),
// evaluateVector(id, z, T, { out }) and evaluateGated(id, a, b, { out: { value, da, db } })
// write into the caller's Float64Arrays and return them.
// Results must be bit-identical to the allocating path; every bad `out` must throw a named
// error before anything is written or reaches wasm; the caller's getters may re-enter the
// API without disturbing the call they interrupt. Run from the project root: node --test tests/js/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { BLOCK } from '../../web/src/workspace.js';
import { act, loadFresh } from './support.mjs';

const ELEMENTWISE = act.catalog().filter((row) => row.kind === 'elementwise');
const VECTOR = act.catalog().filter((row) => row.kind === 'vector');
const SPECIAL = [NaN, Infinity, -Infinity, -0, 0, Number.MIN_VALUE, -Number.MAX_VALUE, 1e-300, 700, -745];
const XS = Float64Array.from([...SPECIAL, ...Array.from({ length: 801 }, (_, i) => -40 + i / 10)]);
const LOGITS = Float64Array.of(3, -1, 0.5, 1000, -1000, 2, 2, 1e-300);

const bits = (array) => [...new BigUint64Array(array.buffer, array.byteOffset, array.length)];
/** Equal bit for bit, except that any NaN equals any NaN (wasm leaves a NaN's bits open). */
function assertSameBits(got, want, label) {
  assert.equal(got.length, want.length, `${label}: length`);
  const canonical = (array) => bits(Float64Array.from(array, (v) => (Number.isNaN(v) ? NaN : v)));
  assert.deepEqual(canonical(got), canonical(want), label);
}

const outFor = (n) => ({ value: new Float64Array(n), derivative: new Float64Array(n) });

const detachedView = (length) => {
  const view = new Float64Array(length);
  structuredClone(view.buffer, { transfer: [view.buffer] });
  return view;
};

/** `call` throws `expected`; the arrays in `untouched` keep their contents; the module still works. */
function rejects(call, expected, untouched = []) {
  const before = untouched.map((array) => bits(array));
  assert.throws(call, expected);
  untouched.forEach((array, i) => assert.deepEqual(bits(array), before[i], 'an out array was written'));
  const out = outFor(2);
  act.evaluate('sigmoid', [0, 2], {}, { out });
  assert.deepEqual([out.value[0], out.derivative[0]], [0.5, 0.25]);
}

describe('results written into out are those of the allocating path', () => {
  test('every element-wise row, stable and naive, at the special values and a sweep', () => {
    const out = outFor(XS.length);
    const options = { out };
    for (const row of ELEMENTWISE) {
      for (const naive of row.hasNaive ? [false, true] : [false]) {
        const fresh = act.evaluate(row.id, XS, {}, { naive });
        out.value.fill(42);
        out.derivative.fill(42);
        options.naive = naive;
        assert.equal(act.evaluate(row.id, XS, {}, options), out, 'returns the out object itself');
        assertSameBits(out.value, fresh.value, `${row.id} naive=${naive} value`);
        assertSameBits(out.derivative, fresh.derivative, `${row.id} naive=${naive} derivative`);
      }
    }
  });

  test('parameters other than the defaults', () => {
    const out = outFor(XS.length);
    for (const [id, params] of [['selu', { alpha: 3, scale: 1 }], ['softplus', { beta: 2, threshold: 10 }], ['elu', { alpha: 0.5 }]]) {
      const fresh = act.evaluate(id, XS, params);
      act.evaluate(id, XS, params, { out });
      assertSameBits(out.value, fresh.value, `${id} value`);
      assertSameBits(out.derivative, fresh.derivative, `${id} derivative`);
    }
  });

  test('every vector row, and softmax, logSoftmax, softmin with out', () => {
    const out = new Float64Array(LOGITS.length);
    for (const row of VECTOR) {
      for (const naive of row.hasNaive ? [false, true] : [false]) {
        for (const temperature of [1, 0.01, 7]) {
          out.fill(42);
          const returned = act.evaluateVector(row.id, LOGITS, temperature, { naive, out });
          assert.equal(returned, out);
          assertSameBits(out, act.evaluateVector(row.id, LOGITS, temperature, { naive }), `${row.id} T=${temperature} naive=${naive}`);
        }
      }
    }
    for (const [method, id] of [['softmax', 'softmax'], ['logSoftmax', 'log_softmax'], ['softmin', 'softmin']]) {
      out.fill(42);
      assert.equal(act[method](LOGITS, 2, { out }), out);
      assertSameBits(out, act.evaluateVector(id, LOGITS, 2), method);
    }
  });

  test('a plain-array input and typed arrays of other kinds write the same as a Float64Array', () => {
    const out = outFor(5);
    const xs = [-2, -1, 0, 1, 2];
    act.evaluate('tanh', xs, {}, { out });
    const want = act.evaluate('tanh', Float64Array.from(xs));
    assertSameBits(out.value, want.value, 'plain array');
    for (const Type of [Int8Array, Int32Array, Float32Array]) {
      act.evaluate('tanh', Type.from(xs), {}, { out });
      assertSameBits(out.value, want.value, Type.name);
    }
  });

  test('in place: out may be the input itself, which is read before anything is written', () => {
    const want = act.evaluate('gelu', XS);
    const xs = XS.slice();
    act.evaluate('gelu', xs, {}, { out: { value: xs, derivative: new Float64Array(xs.length) } });
    assertSameBits(xs, want.value, 'out.value is xs');
    const again = XS.slice();
    const value = new Float64Array(again.length);
    act.evaluate('gelu', again, {}, { out: { value, derivative: again } });
    assertSameBits(again, want.derivative, 'out.derivative is xs');
    const z = LOGITS.slice();
    act.softmax(z, 1, { out: z });
    assertSameBits(z, act.softmax(LOGITS), 'softmax in place');
  });

  test('out views of one buffer side by side, with no element in common, are accepted', () => {
    const buffer = new ArrayBuffer(2 * 3 * 8);
    const out = { value: new Float64Array(buffer, 0, 3), derivative: new Float64Array(buffer, 24, 3) };
    act.evaluate('linear', [4, 5, 6], {}, { out });
    assert.deepEqual([...new Float64Array(buffer)], [4, 5, 6, 1, 1, 1]);
  });

  test('empty input with empty out arrays', () => {
    const out = outFor(0);
    assert.equal(act.evaluate('relu', [], {}, { out }), out);
    const empty = new Float64Array(0);
    assert.equal(act.softmax([], 1, { out: empty }), empty);
  });
});

describe('the heap views the results are copied out of follow the memory', () => {
  test('after the memory grows, out still receives the right numbers', async () => {
    const own = await loadFresh();
    const out = outFor(3);
    const p = new Float64Array(2);
    own.evaluate('linear', [1, 2, 3], {}, { out }); // the views of the heap are made here
    own.softmax([1, 2], 1, { out: p });
    const before = own.memoryBytes();
    own.softmax(new Float64Array(1 << 21)); // 32 MB of buffers: the memory grows
    assert.ok(own.memoryBytes() > before, 'the memory grew');
    own.evaluate('linear', [4, 5, 6], {}, { out });
    assert.deepEqual([...out.value], [4, 5, 6]);
    own.softmax([5, 5], 1, { out: p });
    assert.deepEqual([...p], [0.5, 0.5]);
  });

  test('an empty view of the memory before it grew is not reused', async () => {
    const own = await loadFresh();
    own.softmaxJacobian(new Float64Array(2048)); // 4M outputs: room for what follows
    const none = outFor(0);
    own.evaluate('linear', [], {}, { out: none }); // empty views at the outputs' address
    const before = own.memoryBytes();
    own.softmax(new Float64Array(1 << 21)); // the inputs grow the memory, the outputs stay
    assert.ok(own.memoryBytes() > before, 'the memory grew');
    assert.equal(own.evaluate('linear', [], {}, { out: none }), none);
  });
});

describe('long inputs go through the kernels in blocks', () => {
  const LONG = 3 * BLOCK + 5; // three whole blocks and a short one
  const long = Float64Array.from({ length: LONG }, (_, i) => -30 + (60 * ((i * 7919) % LONG)) / LONG);

  /** What the same points give in calls of at most one block, each staged whole. */
  function piecewise(id, xs) {
    const want = outFor(xs.length);
    for (let start = 0; start < xs.length; start += 1000) {
      const part = act.evaluate(id, xs.slice(start, start + 1000));
      want.value.set(part.value, start);
      want.derivative.set(part.derivative, start);
    }
    return want;
  }

  test('in blocks, every result is what calls of one block or less give', () => {
    for (const id of ['sigmoid', 'gelu', 'selu']) {
      const want = piecewise(id, long);
      const out = outFor(LONG);
      act.evaluate(id, long, {}, { out });
      assertSameBits(out.value, want.value, `${id} value`);
      assertSameBits(out.derivative, want.derivative, `${id} derivative`);
      assertSameBits(act.evaluate(id, long).value, want.value, `${id} without out`);
      assertSameBits(act.evaluate(id, Float32Array.from(long)).value, piecewise(id, Float64Array.from(Float32Array.from(long))).value, `${id} Float32Array`);
    }
  });

  test('an out array sharing memory with xs, exactly or shifted, still gets the right numbers', () => {
    const want = piecewise('tanh', long);
    const inPlace = long.slice();
    act.evaluate('tanh', inPlace, {}, { out: { value: inPlace, derivative: new Float64Array(LONG) } });
    assertSameBits(inPlace, want.value, 'out.value is xs');
    // value starts one element after xs: written block by block, it would overwrite the
    // first point of each next block before that block was read.
    const buffer = new ArrayBuffer((LONG + 1) * 8);
    const xs = new Float64Array(buffer, 0, LONG);
    xs.set(long);
    const value = new Float64Array(buffer, 8, LONG);
    act.evaluate('tanh', xs, {}, { out: { value, derivative: new Float64Array(LONG) } });
    assertSameBits(value, want.value, 'out.value one element past xs');
  });

  test("a typed array's species is never asked for a view of a block", () => {
    let asked = 0;
    class Watched extends Float64Array {
      static get [Symbol.species]() {
        asked += 1;
        return Float64Array;
      }
    }
    const xs = Watched.from(long);
    asked = 0;
    act.evaluate('relu', xs, {}, { out: outFor(LONG) });
    act.evaluate('relu', xs);
    assert.equal(asked, 0);
  });

  test('a million points leave the heap as it was: the buffers hold one block', async () => {
    const own = await loadFresh();
    own.evaluate('relu', new Float64Array(BLOCK));
    const before = own.memoryBytes();
    const xs = new Float64Array(1e6);
    own.evaluate('silu', xs, {}, { out: outFor(xs.length) });
    own.evaluate('silu', xs);
    assert.equal(own.memoryBytes(), before);
  });
});

describe('a bad out throws a named error before anything is written', () => {
  test('out that is not an object of value and derivative: a TypeError', () => {
    for (const out of [null, 3, 'out', [new Float64Array(1), new Float64Array(1)], new Float64Array(1)]) {
      rejects(() => act.evaluate('tanh', [1], {}, { out }), { name: 'TypeError', message: /^out must be an object \{ value, derivative \}/ });
    }
    rejects(() => act.evaluate('tanh', [1], {}, { out: { ...outFor(1), gradient: new Float64Array(1) } }),
      { name: 'TypeError', message: /^out has an unknown key "gradient"/ });
    rejects(() => act.evaluate('tanh', [1], {}, { output: outFor(1) }),
      { name: 'TypeError', message: /^Unknown option "output"; the options are naive and out/ });
  });

  test('out arrays that are not Float64Arrays: a TypeError naming which', () => {
    const fine = new Float64Array(2);
    for (const wrong of [undefined, null, [0, 0], new Float32Array(2), new BigInt64Array(2), new DataView(new ArrayBuffer(16)), { length: 2 }]) {
      rejects(() => act.evaluate('tanh', [1, 2], {}, { out: { value: wrong, derivative: fine } }),
        { name: 'TypeError', message: /^out\.value must be a Float64Array/ }, [fine]);
      rejects(() => act.evaluate('tanh', [1, 2], {}, { out: { value: fine, derivative: wrong } }),
        { name: 'TypeError', message: /^out\.derivative must be a Float64Array/ }, [fine]);
      if (wrong !== undefined) { // out: undefined is no out at all
        rejects(() => act.softmax([1, 2], 1, { out: wrong }), { name: 'TypeError', message: /^out must be a Float64Array/ });
      }
    }
  });

  test('out arrays of the wrong length: a RangeError giving both lengths', () => {
    const value = new Float64Array(3);
    for (const length of [2, 4, 0]) {
      const derivative = new Float64Array(length);
      rejects(() => act.evaluate('tanh', [1, 2, 3], {}, { out: { value, derivative } }),
        { name: 'RangeError', message: new RegExp(`^out\\.derivative has ${length} elements; the result has 3`) }, [value, derivative]);
      rejects(() => act.softmax([1, 2, 3], 1, { out: derivative }),
        { name: 'RangeError', message: new RegExp(`^out has ${length} elements; the result has 3`) }, [derivative]);
    }
    // A fake length property changes nothing: the real length counts.
    const lying = Object.defineProperty(new Float64Array(2), 'length', { value: 3 });
    rejects(() => act.softmax([1, 2, 3], 1, { out: lying }), { name: 'RangeError', message: /^out has 2 elements/ });
  });

  test('out arrays of a detached buffer: a TypeError, whatever the length asked for', () => {
    const fine = new Float64Array(3);
    rejects(() => act.evaluate('tanh', [1, 2, 3], {}, { out: { value: detachedView(3), derivative: fine } }),
      { name: 'TypeError', message: /^out\.value is a view of a detached ArrayBuffer/ }, [fine]);
    rejects(() => act.evaluate('tanh', [], {}, { out: { value: new Float64Array(0), derivative: detachedView(0) } }),
      { name: 'TypeError', message: /^out\.derivative is a view of a detached ArrayBuffer/ });
    rejects(() => act.softmax([1, 2, 3], 1, { out: detachedView(3) }), { name: 'TypeError', message: /^out is a view of a detached ArrayBuffer/ });
  });

  test('value and derivative sharing memory: a RangeError', () => {
    const same = new Float64Array(3);
    rejects(() => act.evaluate('tanh', [1, 2, 3], {}, { out: { value: same, derivative: same } }),
      { name: 'RangeError', message: /^out\.value and out\.derivative share memory/ }, [same]);
    const buffer = new ArrayBuffer(5 * 8);
    const value = new Float64Array(buffer, 0, 3);
    const derivative = new Float64Array(buffer, 16, 3); // shares element 2 with value
    rejects(() => act.evaluate('tanh', [1, 2, 3], {}, { out: { value, derivative } }),
      { name: 'RangeError', message: /share memory/ }, [new Float64Array(buffer)]);
  });
});

describe("the caller's getters may call the API again", () => {
  test('a parameter getter that evaluates with other parameters does not change the call it interrupts', () => {
    const xs = Float64Array.of(-2, -1, 0.5);
    const want = act.evaluate('selu', xs, { alpha: 3, scale: 1 });
    const params = {
      alpha: 3,
      get scale() {
        act.evaluate('selu', [-5], { alpha: 0.5, scale: 2 }); // fills the parameters too
        return 1;
      },
    };
    const out = outFor(3);
    act.evaluate('selu', xs, params, { out });
    assertSameBits(out.value, want.value, 'value');
    assertSameBits(out.derivative, want.derivative, 'derivative');
  });

  test('an options getter that evaluates into the same out: the outer call writes last', () => {
    const out = outFor(2);
    const options = {
      get out() {
        act.evaluate('linear', [7, 8], {}, { out });
        return out;
      },
    };
    act.evaluate('relu', [-1, 3], {}, options);
    assert.deepEqual([...out.value], [0, 3]);
    assert.deepEqual([...out.derivative], [0, 1]);
  });

  test('a getter that shrinks the input or detaches out: checked after it ran', () => {
    const buffer = new ArrayBuffer(4 * 8, { maxByteLength: 4 * 8 });
    const xs = new Float64Array(buffer);
    xs.set([1, 2, 3, 4]);
    const shrinking = { get alpha() { buffer.resize(2 * 8); return 1; } };
    const result = act.evaluate('elu', xs, shrinking);
    assert.deepEqual([...result.value], [1, 2], 'read at the length it had after the getter');

    const value = new Float64Array(2);
    const detaching = { get alpha() { structuredClone(value.buffer, { transfer: [value.buffer] }); return 1; } };
    assert.throws(() => act.evaluate('elu', [1, 2], detaching, { out: { value, derivative: new Float64Array(2) } }),
      { name: 'TypeError', message: /^out\.value is a view of a detached ArrayBuffer/ });
  });
});

describe('gated rows write into out too', () => {
  const GATED = act.catalog().filter((row) => row.kind === 'gated');
  const A = Float64Array.from([...SPECIAL, ...Array.from({ length: 401 }, (_, i) => -20 + i / 10)]);
  const B = A.map((_, i) => A[A.length - 1 - i]);
  const gatedOutFor = (n) => ({ value: new Float64Array(n), da: new Float64Array(n), db: new Float64Array(n) });

  test('evaluateGated with out: the allocating path\'s results, bit for bit, for every gated row', () => {
    const out = gatedOutFor(A.length);
    const options = { out };
    for (const row of GATED) {
      const fresh = act.evaluateGated(row.id, A, B);
      for (const key of ['value', 'da', 'db']) out[key].fill(42);
      assert.equal(act.evaluateGated(row.id, A, B, options), out, 'returns the out object itself');
      for (const key of ['value', 'da', 'db']) assertSameBits(out[key], fresh[key], `${row.id} ${key}`);
    }
  });

  test('evaluateVector of z = [a, b] with out: half the length, the same bits', () => {
    const z = Float64Array.from([...A, ...B]);
    const out = new Float64Array(A.length);
    for (const row of GATED) {
      out.fill(42);
      assert.equal(act.evaluateVector(row.id, z, undefined, { out }), out);
      assertSameBits(out, act.evaluateGated(row.id, A, B).value, row.id);
    }
    rejects(() => act.evaluateVector('swiglu', z, undefined, { out: new Float64Array(z.length) }),
      { name: 'RangeError', message: new RegExp(`^out has ${z.length} elements; the result has ${A.length}`) });
  });

  test('in place: out.value may be a, out.db may be b, and half of z may take the result', () => {
    const want = act.evaluateGated('geglu', A, B);
    const a = A.slice();
    const b = B.slice();
    act.evaluateGated('geglu', a, b, { out: { value: a, da: new Float64Array(A.length), db: b } });
    assertSameBits(a, want.value, 'out.value is a');
    assertSameBits(b, want.db, 'out.db is b');
    const z = Float64Array.from([...A, ...B]);
    act.evaluateVector('geglu', z, undefined, { out: z.subarray(A.length) });
    assertSameBits(z.subarray(A.length), want.value, 'out is the second half of z');
  });

  test('a bad out for evaluateGated: the same named errors as evaluate\'s, nothing written', () => {
    const fine = () => new Float64Array(2);
    const call = (out, options = { out }) => () => act.evaluateGated('swiglu', [1, 2], [3, 4], options);
    rejects(call(outFor(2)), { name: 'TypeError', message: /^out has an unknown key "derivative"; it holds value, da, db/ });
    rejects(call(new Float64Array(2)), { name: 'TypeError', message: /^out must be an object \{ value, da, db \}/ });
    rejects(call(undefined, { out: gatedOutFor(2), naive: true }), { name: 'TypeError', message: /^Unknown option "naive"; the only option is out/ });
    for (const key of ['value', 'da', 'db']) {
      const others = () => ({ value: fine(), da: fine(), db: fine() });
      const wrongKind = { ...others(), [key]: new Float32Array(2) };
      rejects(call(wrongKind), { name: 'TypeError', message: new RegExp(`^out\\.${key} must be a Float64Array`) });
      const wrongLength = { ...others(), [key]: new Float64Array(3) };
      rejects(call(wrongLength), { name: 'RangeError', message: new RegExp(`^out\\.${key} has 3 elements; the result has 2`) },
        Object.values(wrongLength));
      const detached = { ...others(), [key]: detachedView(2) };
      rejects(call(detached), { name: 'TypeError', message: new RegExp(`^out\\.${key} is a view of a detached ArrayBuffer`) });
    }
    const shared = fine();
    for (const [first, second] of [['value', 'da'], ['value', 'db'], ['da', 'db']]) {
      const out = { value: fine(), da: fine(), db: fine(), [first]: shared, [second]: shared };
      rejects(call(out), { name: 'RangeError', message: new RegExp(`^out\\.${first} and out\\.${second} share memory`) },
        Object.values(out));
    }
    rejects(() => act.evaluateGated('swiglu', detachedView(2), [3, 4]), { name: 'TypeError', message: /^a is a view of a detached ArrayBuffer/ });
  });
});
