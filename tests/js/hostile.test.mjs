// Hostile input at the JS API's boundary (web/src/engine.js), over the shipped wasm module:
// odd numbers, wrong types, lying objects, huge and detached arrays, bad ids, parameters and
// temperatures. Every call must either return a documented result or throw a named error
// with a clear message; never a wasm trap or abort (WebAssembly.RuntimeError); and the module
// must answer correctly after each one. Run from the project root: node --test tests/js/
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';

import { MAX_JACOBIAN_LOGITS, MAX_POINTS, UnknownActivationError } from '../../web/src/engine.js';
import { defaultState, parseHash, stateProperties } from '../../web/src/state.js';
import { act, assertStillWorks, loadFresh } from './support.mjs';

const TINY = Number.MIN_VALUE;
const MAX = Number.MAX_VALUE;
const LARGEST_SUBNORMAL = 2 ** -1022 - 2 ** -1074;
const SPECIAL_NUMBERS = [NaN, Infinity, -Infinity, -0, 0, TINY, -TINY, LARGEST_SUBNORMAL, 2 ** -1022, MAX, -MAX, 1, -1];

const ELEMENTWISE = act.catalog().filter((row) => row.kind === 'elementwise');

// Every entry point that takes an array, called with that array as its only varying input.
const ARRAY_TAKERS = [
  ['evaluate', 'xs', (input) => act.evaluate('tanh', input)],
  ['evaluateVector', 'logits', (input) => act.evaluateVector('softmin', input, 2)],
  ['softmax', 'logits', (input) => act.softmax(input)],
  ['logSoftmax', 'logits', (input) => act.logSoftmax(input, 0.5)],
  ['softmin', 'logits', (input) => act.softmin(input)],
  ['softmaxJacobian', 'logits', (input) => act.softmaxJacobian(input)],
  ['samplingDistribution', 'logits', (input) => act.samplingDistribution(input, { topK: 3, topP: 0.9 })],
];

// How many hostile inputs each category tried; printed when the file ends.
const tried = new Map();
const count = (category, n = 1) => tried.set(category, (tried.get(category) ?? 0) + n);
after(() => {
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  console.log(`hostile inputs tried: ${total} (${[...tried].map(([category, n]) => `${category} ${n}`).join(', ')})`);
});

/** `call` throws an error matching `expected` (never a wasm trap), and the module still works. */
function rejects(category, call, expected, label = category) {
  count(category);
  let thrown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown !== undefined, `${label}: expected an error, got a result`);
  assert.ok(!(thrown instanceof WebAssembly.RuntimeError), `${label}: a wasm trap: ${thrown}`);
  assert.throws(() => {
    throw thrown;
  }, expected, label);
  assertStillWorks();
}

/** `call` returns (its result is handed back), and the module still works. */
function accepts(category, call) {
  count(category);
  const result = call();
  assertStillWorks();
  return result;
}

const notAnArray = (name) => ({ name: 'TypeError', message: new RegExp(`^${name} must be an array of numbers or a typed array`) });
const notANumber = (name, index) => ({ name: 'TypeError', message: new RegExp(`^${name}\\[${index}\\] is not a number`) });

/** A Float64Array whose buffer has been transferred away (detached). */
function detached(Type = Float64Array, length = 3) {
  const view = new Type(length);
  structuredClone(view.buffer, { transfer: [view.buffer] });
  return view;
}

// ---------------------------------------------------------------------------------------

describe('special numbers give their documented limits', () => {
  test('every element-wise row: NaN only from NaN, a finite derivative, values inside the declared range', () => {
    for (const row of ELEMENTWISE) {
      const { value, derivative } = accepts('special numbers', () => act.evaluate(row.id, SPECIAL_NUMBERS));
      SPECIAL_NUMBERS.forEach((x, i) => {
        const label = `${row.id}(${x}) = ${value[i]}, f' = ${derivative[i]}`;
        // A periodic row has no limit at +-inf (sin oscillates): NaN there is its documented answer.
        const noLimit = row.periodic && !Number.isFinite(x);
        if (!noLimit) assert.equal(Number.isNaN(value[i]), Number.isNaN(x), label);
        if (!noLimit) assert.equal(Number.isNaN(derivative[i]), Number.isNaN(x), label);
        if (Number.isNaN(x) || noLimit) return;
        // f' is finite where it is bounded; exp' and (x^2)' may truly exceed the doubles.
        assert.ok(row.boundedDerivative ? Number.isFinite(derivative[i]) : !Number.isNaN(derivative[i]), label);
        assert.ok(value[i] >= row.range.min && value[i] <= row.range.max, label);
      });
    }
  });

  test('every parameter at its minimum and maximum, subnormal where allowed: no NaN from a number', () => {
    for (const row of ELEMENTWISE.filter((r) => r.params.length)) {
      const settings = ['min', 'max'].map((end) => Object.fromEntries(row.params.map((p) => [p.id, p[end]])));
      for (const p of row.params.filter((q) => q.min === 0)) settings.push({ [p.id]: TINY }, { [p.id]: -0 });
      for (const params of settings) {
        const { value, derivative } = accepts('special numbers', () => act.evaluate(row.id, SPECIAL_NUMBERS, params));
        SPECIAL_NUMBERS.forEach((x, i) => {
          if (Number.isNaN(x) || (row.periodic && !Number.isFinite(x))) return;
          const label = `${row.id}(${x}; ${JSON.stringify(params)}) = ${value[i]}, f' = ${derivative[i]}`;
          assert.ok(!Number.isNaN(value[i]) && !Number.isNaN(derivative[i]), label);
          if (row.boundedDerivative) assert.ok(Number.isFinite(derivative[i]), label);
        });
      }
    }
  });

  test('softmax and friends take the limits of infinite logits; any NaN makes every output NaN', () => {
    const softmax = (logits, t) => [...accepts('special numbers', () => act.softmax(logits, t))];
    assert.deepEqual(softmax([Infinity, 1]), [1, 0]);
    assert.deepEqual(softmax([Infinity, 1, Infinity]), [0.5, 0, 0.5]);
    assert.deepEqual(softmax([-Infinity, -Infinity]), [0.5, 0.5]);
    assert.deepEqual(softmax([-Infinity, 0]), [0, 1]);
    assert.deepEqual(softmax([-0, 0]), [0.5, 0.5]);
    assert.deepEqual(softmax([TINY, -TINY, LARGEST_SUBNORMAL]), [1 / 3, 1 / 3, 1 / 3]);
    assert.deepEqual(softmax([MAX, -MAX]), [1, 0]);
    assert.deepEqual([...act.logSoftmax([-Infinity, 0])], [-Infinity, 0]);
    assert.deepEqual([...act.softmin([Infinity, 0])], [0, 1]);
    assert.deepEqual([...act.softmaxJacobian([Infinity, 0])], [0, 0, 0, 0]);
    for (const call of [act.softmax, act.logSoftmax, act.softmin, act.softmaxJacobian]) {
      assert.ok(accepts('special numbers', () => call.call(act, [1, NaN, Infinity])).every(Number.isNaN));
    }
  });

  test('the extreme temperatures: the smallest subnormal and the largest double', () => {
    assert.deepEqual([...accepts('special numbers', () => act.softmax([1, 3, 2], TINY))], [0, 1, 0]);
    assert.deepEqual([...accepts('special numbers', () => act.softmax([1, 3, 2], MAX))], [1 / 3, 1 / 3, 1 / 3]);
    const log = accepts('special numbers', () => act.logSoftmax([0, -1], TINY));
    assert.equal(log[0], 0);
    assert.equal(log[1], -Infinity);
  });

  // Found by fuzz/vector_fuzzer.cpp. (z - max) / T overflowed to -inf while the low part of
  // z - max, divided by T, overflowed to +inf: exp(-inf) * (1 + inf) = 0 * inf = NaN. Fixed in
  // cpp/softmax.cpp: shiftedArgument drops the low part when the high part is not finite.
  test('a subnormal temperature with logits far apart gives the one-hot limit, not NaN', () => {
    assert.deepEqual([...act.softmax([1e16, -0.3], 1e-320)], [1, 0]);
    assert.deepEqual([...act.logSoftmax([1e16, -0.3], 1e-320)], [0, -Infinity]);
  });
});

describe('the array argument must be an array of numbers or a typed array', () => {
  const notArrays = [
    ['null', null], ['undefined', undefined], ['a string', 'abc'], ['an empty string', ''], ['a number', 5],
    ['NaN', NaN], ['a boolean', true], ['a BigInt', 1n], ['a symbol', Symbol('xs')], ['a function', () => [1]],
    ['a plain object', {}], ['an array-like', { length: 2, 0: 1, 1: 2 }], ['a Map', new Map([[0, 1]])],
    ['a Set', new Set([1])], ['a String object', new String('12')], ['an ArrayBuffer', new ArrayBuffer(16)],
    ['a DataView', new DataView(new ArrayBuffer(16))], ['a BigInt64Array', new BigInt64Array(2)],
    ['a BigUint64Array', new BigUint64Array(2)], ['a Proxy of a Float64Array', new Proxy(Float64Array.of(1, 2), {})],
    ['an object dressed as a Float64Array', Object.setPrototypeOf({ length: 2, 0: 1, 1: '2' }, Float64Array.prototype)],
    ['an object with valueOf', { valueOf: () => [1, 2] }], ['an iterator', [1, 2][Symbol.iterator]()],
  ];
  for (const [entry, name, call] of ARRAY_TAKERS) {
    test(`${entry}: ${notArrays.length} kinds of non-array throw a TypeError`, () => {
      for (const [label, input] of notArrays) rejects('not an array', () => call(input), notAnArray(name), label);
    });
  }
});

describe('every element must be a number', () => {
  const withGetter = (value) => Object.defineProperty([1, 2], 1, { get: () => value, enumerable: true });
  const badElements = [
    ['a numeric string', '1'], ['null', null], ['undefined', undefined], ['an object with valueOf', { valueOf: () => 1 }],
    ['a Number object', new Number(1)], ['a boolean', false], ['a BigInt', 1n], ['a symbol', Symbol('x')],
    ['a nested array', [1]], ['a Date', new Date(0)],
  ];
  for (const [entry, name, call] of ARRAY_TAKERS) {
    test(`${entry}: ${badElements.length} kinds of element, holes and lying getters throw a TypeError naming the index`, () => {
      for (const [label, element] of badElements) {
        rejects('bad element', () => call([0, element]), notANumber(name, 1), label);
        rejects('bad element', () => call(withGetter(element)), notANumber(name, 1), `${label} from a getter`);
      }
      rejects('bad element', () => call([1, , 3]), notANumber(name, 1)); // eslint-disable-line no-sparse-arrays
      const sparse = [];
      sparse.length = 1000;
      rejects('bad element', () => call(sparse), notANumber(name, 0));
      // The last of 1,000 elements is checked as well as the first.
      rejects('bad element', () => call([...new Array(999).fill(0.5), '1']), notANumber(name, 999));
    });
  }

  test('a getter that throws: its own error comes out unchanged, and nothing reached wasm', () => {
    class Boom extends Error {}
    const booby = Object.defineProperty([1, 2, 3], 1, { get() { throw new Boom('getter'); } });
    for (const [, , call] of ARRAY_TAKERS) rejects('throwing getter', () => call(booby), Boom);
    const lengthBomb = new Proxy([1, 2], {
      get(target, key) {
        if (key === 'length') throw new Boom('length');
        return target[key];
      },
    });
    for (const [, , call] of ARRAY_TAKERS) rejects('throwing getter', () => call(lengthBomb), Boom);
  });

  test('a getter that returns a number is read once, like any element', () => {
    let reads = 0;
    const counted = Object.defineProperty([0, 0], 1, { get: () => (reads += 1) });
    assert.deepEqual([...accepts('number getter', () => act.evaluate('linear', counted)).value], [0, 1]);
    assert.equal(reads, 1);
  });
});

describe('empty arrays give empty results', () => {
  for (const [entry, , call] of ARRAY_TAKERS) {
    test(entry, () => {
      for (const empty of [[], new Float64Array(0), new Int8Array(0), new Proxy([], {})]) {
        const result = accepts('empty', () => call(empty));
        for (const out of result instanceof Float64Array ? [result] : Object.values(result)) {
          assert.ok(out instanceof Float64Array);
          assert.equal(out.length, 0);
        }
      }
    });
  }
});

describe('typed arrays of every kind', () => {
  const values = [0, 1, 2, 3, 100, 127];
  const numberTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];

  for (const [entry, name, call] of ARRAY_TAKERS) {
    test(`${entry}: ${numberTypes.length} number kinds read as their values; BigInt kinds throw`, () => {
      const expected = call(values);
      for (const Type of numberTypes) assert.deepEqual(accepts('typed array', () => call(Type.from(values))), expected, Type.name);
      for (const Type of [BigInt64Array, BigUint64Array]) rejects('typed array', () => call(Type.from(values, BigInt)), notAnArray(name));
    });
  }

  test('a view into part of a buffer reads only its own elements', () => {
    const buffer = Float64Array.of(9, 9, 1, 2, 3, 9).buffer;
    const view = new Float64Array(buffer, 16, 3);
    assert.deepEqual([...accepts('typed array', () => act.evaluate('linear', view)).value], [1, 2, 3]);
    assert.deepEqual([...act.evaluate('linear', Float64Array.of(1, 2, 3, 4, 5).subarray(1, 3)).value], [2, 3]);
  });

  test('SharedArrayBuffer and resizable ArrayBuffer views are read at their current length', () => {
    const shared = new Float64Array(new SharedArrayBuffer(24));
    shared.set([1, 2, 3]);
    assert.deepEqual([...accepts('typed array', () => act.evaluate('linear', shared)).value], [1, 2, 3]);
    const resizable = new ArrayBuffer(32, { maxByteLength: 64 });
    const tracking = new Float64Array(resizable);
    tracking.set([1, 2, 3, 4]);
    resizable.resize(16);
    assert.deepEqual([...accepts('typed array', () => act.evaluate('linear', tracking)).value], [1, 2]);
  });

  // Before the fix, engine.js handed a Float64Array itself to wasm, which read its `length`
  // property: a fake length returned stale numbers left in the heap by an earlier call, and a
  // length that grew between engine.js's read and wasm's aborted the module. (A Proxy of a
  // Float64Array passed for one too, and its get trap could smuggle a string in as NaN.)
  test('a faked length is ignored: the view is read at its real length, never past it', () => {
    act.evaluate('linear', [7, 7, 7, 7, 7, 7, 7]); // leaves 7s in the module's input buffer
    const ownLength = Object.defineProperty(Float64Array.of(1, 2, 3), 'length', { value: 6 });
    class Longer extends Float64Array {
      get length() {
        return 6;
      }
    }
    let reads = 0;
    const growing = Object.defineProperty(Float64Array.of(1, 2, 3), 'length', { get: () => (reads++ ? 2 ** 28 : 3) });
    for (const input of [ownLength, Longer.from([1, 2, 3]), growing]) {
      assert.deepEqual([...accepts('lying typed array', () => act.evaluate('linear', input)).value], [1, 2, 3]);
      assert.equal(accepts('lying typed array', () => act.softmax(input)).length, 3);
    }
  });
});

describe('detached ArrayBuffers', () => {
  for (const [entry, name, call] of ARRAY_TAKERS) {
    test(`${entry}: a view of a detached buffer throws a TypeError, before wasm`, () => {
      for (const Type of [Float64Array, Float32Array, Int32Array, Uint8Array]) {
        rejects('detached', () => call(detached(Type)), { name: 'TypeError', message: new RegExp(`^${name} is a view of a detached ArrayBuffer`) });
      }
    });
  }

  // An error thrown from inside a wasm call skips the code that pops its stack frame. Before
  // the fix a detached Float64Array reached wasm, and each such call leaked ~128 bytes of the
  // module's 5 MB stack: after ~41,000 of them every later call trapped with "memory access
  // out of bounds". 50,000 calls cross that line.
  test('50,000 calls with a detached Float64Array leave the module sound', () => {
    const view = detached();
    for (let i = 0; i < 50_000; i += 1) assert.throws(() => act.evaluate('relu', view), TypeError);
    count('detached', 50_000);
    assertStillWorks();
  });
});

describe('Proxies', () => {
  test('a transparent Proxy of an array reads like the array', () => {
    for (const [, , call] of ARRAY_TAKERS) {
      assert.deepEqual(accepts('proxy', () => call(new Proxy([0.5, -1, 2], {}))), call([0.5, -1, 2]));
    }
  });

  test('a Proxy that turns elements into strings is caught at that element', () => {
    const stringy = new Proxy([1, 2, 3], { get: (target, key) => (key === '2' ? '3' : target[key]) });
    for (const [, name, call] of ARRAY_TAKERS) rejects('proxy', () => call(stringy), notANumber(name, 2));
  });

  test('a Proxy whose length changes between reads is read at one length', () => {
    for (const [, name, call] of ARRAY_TAKERS) {
      let reads = 0;
      const shifty = new Proxy([1, 2], { get: (target, key) => (key === 'length' ? (reads++ ? MAX_POINTS * 4 : 2) : target[key]) });
      const result = accepts('proxy', () => call(shifty));
      assert.deepEqual(result, call([1, 2]), name);
    }
  });

  test('a Proxy reporting more than MAX_POINTS elements throws a RangeError', () => {
    const huge = new Proxy([], { get: (target, key) => (key === 'length' ? MAX_POINTS + 1 : target[key]) });
    for (const [, name, call] of ARRAY_TAKERS) rejects('proxy', () => call(huge), { name: 'RangeError', message: new RegExp(`^${name} has ${MAX_POINTS + 1} elements`) });
  });

  test('a revoked Proxy throws a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable([1, 2], {});
    revoke();
    for (const [, , call] of ARRAY_TAKERS) rejects('proxy', () => call(proxy), TypeError);
  });

  test('Proxies as params and options: read like objects; a throwing trap propagates', () => {
    const transparent = new Proxy({ alpha: 3 }, {});
    assert.deepEqual(accepts('proxy', () => act.evaluate('elu', [-1], transparent)), act.evaluate('elu', [-1], { alpha: 3 }));
    const trap = new Proxy({}, { ownKeys: () => { throw new RangeError('trap'); } });
    rejects('proxy', () => act.evaluate('elu', [-1], trap), { name: 'RangeError', message: 'trap' });
    rejects('proxy', () => act.evaluate('elu', [-1], {}, trap), { name: 'RangeError', message: 'trap' });
    const naiveGetter = { get naive() { throw new SyntaxError('getter'); } };
    rejects('proxy', () => act.softmax([1], 1, naiveGetter), { name: 'SyntaxError', message: 'getter' });
  });
});

describe('gated rows: two arrays, both checked before wasm', () => {
  const gated = [
    ['a', (bad) => act.evaluateGated('geglu', bad, [1, 2])],
    ['b', (bad) => act.evaluateGated('swiglu', [1, 2], bad)],
  ];

  test('not an array, a bad element, a BigInt or detached view, a lying Proxy: named errors', () => {
    for (const [name, call] of gated) {
      for (const bad of [null, 'ab', { length: 2, 0: 1, 1: 2 }, new BigInt64Array(2)]) rejects('gated', () => call(bad), notAnArray(name));
      rejects('gated', () => call([1, '2']), notANumber(name, 1));
      rejects('gated', () => call(detached()), { name: 'TypeError', message: new RegExp(`^${name} is a view of a detached ArrayBuffer`) });
      const huge = new Proxy([], { get: (target, key) => (key === 'length' ? MAX_POINTS + 1 : target[key]) });
      rejects('gated', () => call(huge), { name: 'RangeError', message: new RegExp(`^${name} has ${MAX_POINTS + 1} elements`) });
      rejects('gated', () => call([1, 2, 3]), { name: 'RangeError', message: /one length/ });
    }
  });

  test('typed arrays of any number kind and Proxies read like the arrays they hold', () => {
    const expected = act.evaluateGated('glu', [0, 1, 2], [3, 4, 5]);
    assert.deepEqual(accepts('gated', () => act.evaluateGated('glu', Int8Array.of(0, 1, 2), Float32Array.of(3, 4, 5))), expected);
    assert.deepEqual(accepts('gated', () => act.evaluateGated('glu', new Proxy([0, 1, 2], {}), [3, 4, 5])), expected);
  });

  test('special numbers: NaN only from NaN; 0 times an infinity is 0', () => {
    for (const id of ['glu', 'reglu', 'geglu', 'swiglu']) {
      const a = SPECIAL_NUMBERS.flatMap((x) => SPECIAL_NUMBERS.map(() => x));
      const b = SPECIAL_NUMBERS.flatMap(() => SPECIAL_NUMBERS);
      const { value, da, db } = accepts('gated', () => act.evaluateGated(id, a, b));
      a.forEach((x, i) => {
        const label = `${id}(${x}; ${b[i]}) = ${value[i]}, da ${da[i]}, db ${db[i]}`;
        const nanIn = Number.isNaN(x) || Number.isNaN(b[i]);
        assert.equal(Number.isNaN(value[i]), nanIn, label);
        assert.equal(Number.isNaN(da[i]), Number.isNaN(b[i]), label);
        assert.equal(Number.isNaN(db[i]), nanIn, label);
      });
    }
  });
});

describe('ids', () => {
  const listsTheValidIds = /Valid ids: (?=.*\brelu\b)(?=.*\bsoftmax\b)/;
  const strings = ['nope', '', 'RELU', ' relu', 'relu ', 'relu\u0000', 'relú', '__proto__', 'constructor', 'toString',
    'hasOwnProperty', '<script>alert(1)</script>', 'x'.repeat(100_000)];
  const others = [null, undefined, 42, NaN, true, 1n, Symbol('relu'), ['relu'], new String('relu'),
    { toString: () => 'relu' }, Object.create(null), () => 'relu'];

  test(`${strings.length} unknown string ids throw UnknownActivationError quoting the id`, () => {
    for (const id of strings) {
      for (const call of [() => act.evaluate(id, [1]), () => act.evaluateVector(id, [1])]) {
        rejects('unknown id', call, (error) => error instanceof UnknownActivationError && error.name === 'UnknownActivationError'
          && error.message.startsWith(`Unknown activation ${JSON.stringify(id)}.`) && listsTheValidIds.test(error.message));
      }
    }
  });

  // Before the fix, a non-string id was quoted through String(id): { toString: () => 'relu' }
  // read as 'Unknown activation "relu"' beside a list holding relu, and Object.create(null)
  // threw "Cannot convert object to primitive value" instead.
  test(`${others.length} ids that are not strings throw UnknownActivationError saying so`, () => {
    for (const id of others) {
      for (const call of [() => act.evaluate(id, [1]), () => act.evaluateVector(id, [1])]) {
        rejects('unknown id', call, (error) => error instanceof UnknownActivationError
          && /^Unknown activation: ids are strings \(got [^)]+\)\. Valid ids: /.test(error.message)
          && listsTheValidIds.test(error.message));
      }
    }
  });

  test('an element-wise id where a vector one is needed, and the reverse, throw a TypeError', () => {
    rejects('wrong kind', () => act.evaluate('softmax', [1]), { name: 'TypeError', message: /softmax is a vector function/ });
    rejects('wrong kind', () => act.evaluateVector('relu', [1]), { name: 'TypeError', message: /relu is an element-wise function/ });
  });
});

describe('parameters and options', () => {
  test('unknown parameter names throw a TypeError listing the valid ones', () => {
    const unknown = [{ beta: 1 }, { '': 1 }, { ALPHA: 1 }, { alpha: 1, extra: 2 }, JSON.parse('{"__proto__": 1}'), { constructor: 1 }];
    for (const params of unknown) rejects('parameter', () => act.evaluate('elu', [1], params), { name: 'TypeError', message: /^elu has no parameter ".*"; its parameters are alpha\.$/ });
    rejects('parameter', () => act.evaluate('relu', [1], { [Symbol('alpha')]: 1, alpha: 1 }), { name: 'TypeError', message: /takes none/ });
  });

  test('out-of-range parameter values throw a RangeError naming the interval', () => {
    for (const row of ELEMENTWISE) {
      for (const p of row.params) {
        // The nearest values beyond each end that are clearly outside it.
        const beyond = (end, direction) => (end === 0 ? direction * TINY : end + direction * Math.abs(end) * 1e-15);
        for (const value of [beyond(p.min, -1), beyond(p.max, 1), NaN, Infinity, -Infinity, MAX, -MAX]) {
          rejects('parameter', () => act.evaluate(row.id, [1], { [p.id]: value }), {
            name: 'RangeError',
            message: new RegExp(`^${row.id}: parameter ${p.id} must lie in \\[${p.min}, ${p.max}\\] \\(got `),
          });
        }
      }
    }
  });

  test('parameter values that are not numbers throw a TypeError', () => {
    for (const value of ['1', null, { valueOf: () => 1 }, new Number(1), 1n, true, [1], Symbol('1')]) {
      rejects('parameter', () => act.evaluate('elu', [1], { alpha: value }), { name: 'TypeError', message: /^elu: parameter alpha must be a number/ });
    }
    // null is an error, not a silent default, and the message says what came.
    rejects('parameter', () => act.evaluate('selu', [-1], { alpha: null }), { name: 'TypeError', message: /parameter alpha must be a number \(got null\)/ });
  });

  test('only own keys are parameters: inherited ones are neither used nor rejected', () => {
    const defaults = act.evaluate('selu', [-1]).value[0];
    assert.equal(act.evaluate('selu', [-1], Object.create({ alpha: 3 })).value[0], defaults);
    assert.equal(act.evaluate('selu', [-1], Object.create({ beta: 1 })).value[0], defaults);
  });

  test('params and options that are not plain objects throw a TypeError', () => {
    for (const params of [null, 3, 'alpha', [1], true, () => ({})]) {
      rejects('parameter', () => act.evaluate('elu', [1], params), { name: 'TypeError', message: /^params must be an object/ });
    }
    for (const options of [null, 3, 'naive', [true]]) {
      rejects('option', () => act.evaluate('elu', [1], {}, options), { name: 'TypeError', message: /^options must be an object/ });
      rejects('option', () => act.softmax([1], 1, options), { name: 'TypeError', message: /^options must be an object/ });
    }
    rejects('option', () => act.evaluate('elu', [1], {}, { naïve: true }), { name: 'TypeError', message: /^Unknown option "naïve"/ });
  });

  // Before the fix this request reached wasm, which threw from inside the call: like a
  // detached array, each one leaked stack, and after ~41,000 the module trapped for good.
  test('naive: true for a row without a naive formula throws before wasm, however often', () => {
    const withoutNaive = act.catalog().filter((row) => !row.hasNaive);
    assert.ok(withoutNaive.some((row) => row.kind === 'elementwise') && withoutNaive.some((row) => row.kind === 'vector'));
    for (const row of withoutNaive) {
      const call = row.kind === 'elementwise' ? () => act.evaluate(row.id, [1], {}, { naive: true }) : () => act.evaluateVector(row.id, [1], 1, { naive: true });
      rejects('option', call, { name: 'Error', message: `${row.id} has no naive variant (see hasNaive in catalog()).` });
    }
    for (let i = 0; i < 50_000; i += 1) assert.throws(() => act.evaluate('gelu', [1], {}, { naive: true }), /no naive variant/);
    count('option', 50_000);
    assertStillWorks();
  });
});

describe('temperatures', () => {
  const withTemperature = [
    (t) => act.softmax([1, 2], t), (t) => act.logSoftmax([1, 2], t), (t) => act.softmin([1, 2], t),
    (t) => act.evaluateVector('softmax', [1, 2], t), (t) => act.softmaxJacobian([1, 2], t),
  ];

  test('zero, negative, NaN and infinite temperatures throw a RangeError', () => {
    for (const t of [0, -0, -TINY, -1, -MAX, NaN, Infinity, -Infinity]) {
      for (const call of withTemperature) rejects('temperature', () => call(t), { name: 'RangeError', message: /^temperature must be finite and greater than 0/ });
    }
  });

  test('temperatures that are not numbers throw a TypeError; undefined means 1', () => {
    for (const t of ['1', null, { valueOf: () => 1 }, new Number(1), 1n, true, [1]]) {
      for (const call of withTemperature) rejects('temperature', () => call(t), { name: 'TypeError', message: /^temperature must be a number/ });
    }
    for (const call of withTemperature) assert.deepEqual(accepts('temperature', () => call(undefined)), call(1));
  });
});

describe('sizes', () => {
  test(`more than MAX_POINTS (${MAX_POINTS}) elements throws a RangeError before any copy`, () => {
    const sparse = [];
    sparse.length = MAX_POINTS + 1;
    for (const input of [sparse, new Float64Array(MAX_POINTS + 1), new Uint8Array(MAX_POINTS + 1)]) {
      for (const [, name, call] of ARRAY_TAKERS) {
        rejects('size', () => call(input), { name: 'RangeError', message: `${name} has ${MAX_POINTS + 1} elements; the limit is ${MAX_POINTS}.` });
      }
    }
  });

  test(`softmaxJacobian takes at most ${MAX_JACOBIAN_LOGITS} logits`, () => {
    rejects('size', () => act.softmaxJacobian(new Float32Array(MAX_JACOBIAN_LOGITS + 1)), { name: 'RangeError', message: /at most 2048 logits/ });
  });

  // 10^7 points: 80 MB in, 160 MB out, about 250 MB of wasm memory. Checked at a few indices
  // against JS's own formulas (a few ULP apart, so 1e-14 relative flags any real error).
  test('10^7 elements, as a plain array and as a Float64Array, are evaluated correctly', () => {
    const n = 10 ** 7;
    const x = (i) => (i - n / 2) * 1e-6;
    const plain = Array.from({ length: n }, (_, i) => x(i));
    for (const input of [plain, Float64Array.from(plain)]) {
      const { value, derivative } = accepts('size', () => act.evaluate('tanh', input));
      assert.equal(value.length, n);
      for (const i of [0, 1, 1_234_567, n / 2, n - 1]) {
        const t = Math.tanh(x(i));
        assert.ok(Math.abs(value[i] - t) <= 1e-14 * Math.abs(t), `tanh(${x(i)})`);
        assert.ok(Math.abs(derivative[i] - (1 - t * t)) <= 1e-14, `tanh'(${x(i)})`);
      }
    }
  });

  test('softmax and log-softmax of 10^7 logits', () => {
    const n = 10 ** 7;
    const logits = Float64Array.from({ length: n }, (_, i) => i % 7);
    // Each residue r occurs count(r) times: p = e^(r - 6) / sum_r count(r) e^(r - 6).
    const count = (r) => Math.floor((n - 1 - r) / 7) + 1;
    const sum = [0, 1, 2, 3, 4, 5, 6].reduce((s, r) => s + count(r) * Math.exp(r - 6), 0);
    const p = accepts('size', () => act.softmax(logits));
    const logP = accepts('size', () => act.logSoftmax(logits));
    for (const i of [0, 6, 3_333_333, n - 1]) {
      const want = Math.exp((i % 7) - 6) / sum;
      // Summing 10^7 terms rounds 10^7 times: ~1e-9 relative at worst.
      assert.ok(Math.abs(p[i] - want) <= 1e-9 * want, `p[${i}] = ${p[i]}, want ${want}`);
      assert.ok(Math.abs(logP[i] - Math.log(want)) <= 1e-9, `log p[${i}]`);
    }
  });
});

describe('no leak: 10,000 failing calls', () => {
  // A fresh instance, whose memory only this test touches. Each failing input carries 1,000
  // elements, so a failure that copied its input into wasm and leaked it would lose 8 KB a
  // call, 80 MB in all: far more than the free heap, so the memory would have to grow. The
  // module must stay correct too: errors thrown inside wasm leak stack, not heap.
  test('wasm memory does not grow, and every answer is still right', async () => {
    const own = await loadFresh();
    const long = (last) => [...new Array(999).fill(0.25), last];
    const failing = [
      () => own.evaluate('tanh', long('1')),
      () => own.softmax(long(null)),
      () => own.softmaxJacobian(long(undefined)),
      () => own.evaluate('nope', long(1)),
      () => own.evaluate('elu', long(1), { alpha: 99 }),
      () => own.evaluate('elu', long(1), { beta: 1 }),
      () => own.softmax(long(1), 0),
      () => own.softmin(long(1), '2'),
      () => own.evaluate('gelu', long(1), {}, { naive: true }),
      () => own.logSoftmax(detached(Float64Array, 1000)),
      () => own.evaluate('relu', new BigInt64Array(1000)),
      () => own.softmaxJacobian(new Float64Array(MAX_JACOBIAN_LOGITS + 1)),
    ];
    // Warm up: every buffer at the size the successful calls below need.
    own.evaluate('tanh', long(1));
    own.softmaxJacobian(long(1).slice(0, 100));
    const before = own.memoryBytes();
    for (let i = 0; i < 10_000; i += 1) {
      assert.throws(failing[i % failing.length], (error) => !(error instanceof WebAssembly.RuntimeError));
      if (i % 100 === 0) own.evaluate('tanh', long(1)); // successful calls in between reuse their buffers
    }
    count('leak check', 10_000);
    console.log(`wasm memory across 10,000 failing calls: ${before} -> ${own.memoryBytes()} bytes`);
    assert.equal(own.memoryBytes(), before, `wasm memory grew from ${before} to ${own.memoryBytes()} bytes`);
    assertStillWorks(own);
  });
});

// The URL-hash table (web/src/state.js) behind the page; tests/e2e/hostile.spec.js loads over
// 1,000 hostile hashes into the page itself. Before the fix a flag was looked up in an object
// literal, so #embed=constructor read as "on" (the Object function is truthy) and hid the
// page's chrome, and #naive=__proto__ turned the naive overlay on.
describe('the URL state table', () => {
  test('a flag is 1 or 0; any other text, inherited names included, leaves the default', () => {
    const properties = stateProperties(act.catalog(), ['en', 'pt']);
    const flags = properties.filter((p) => p.type === 'flag').map((p) => p.key);
    assert.ok(flags.includes('naive') && flags.includes('embed'));
    const defaults = defaultState(properties);
    for (const text of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'true', '2', '']) {
      const state = parseHash(`#${flags.map((key) => `${key}=${text}`).join('&')}`, properties);
      for (const key of flags) assert.equal(state[key], defaults[key], `${key}=${text}`);
    }
    const on = parseHash(`#${flags.map((key) => `${key}=1`).join('&')}`, properties);
    for (const key of flags) assert.equal(on[key], true, key);
  });
});
