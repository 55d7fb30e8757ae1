// act.samplingDistribution and act.sample (web/src/engine.js over cpp/sampling.cpp) against a
// reference implementation of Hugging Face transformers' warpers written here in plain JS,
// the sampler against a reference SplitMix64 and a chi-square bound, every named error, and
// the wasm heap. Run from the project root: node --test tests/js/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { MAX_SAMPLES, SAMPLING_DEFAULTS, SUM_TOLERANCE } from '../../web/src/engine.js';
import { act, assertStillWorks, loadFresh } from './support.mjs';

// ---------------------------------------------------------------------------------------
// The reference: transformers' TemperatureLogitsWarper, TopKLogitsWarper, TopPLogitsWarper and
// MinPLogitsWarper (generation/logits_process.py) in the order generate() applies them, each
// writing -Infinity over what it removes, with min_tokens_to_keep = 1. Plain doubles: scores
// are z / T rounded once, as HF computes them.

function softmaxOf(scores) {
  const max = Math.max(...scores);
  const weights = scores.map((s) => Math.exp(s - max));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}

/**
 * Indices in ascending order of score. `tieBreak` orders equal scores: by index (a stable
 * sort, as torch.sort(stable=True) and PyTorch's CPU sort of short rows), or any other
 * ranking, since torch.sort's default order of ties is the sorting kernel's business.
 */
function ascending(scores, tieBreak) {
  return scores.map((_, i) => i).sort((a, b) => {
    if (scores[a] !== scores[b]) return scores[a] < scores[b] ? -1 : 1;
    return tieBreak[a] - tieBreak[b];
  });
}

/**
 * HF's distribution, and `margin`: how near the closest top-p or min-p decision came to its
 * threshold, relative to it (cases too near are not generated: there, one rounding more or
 * less, ours or HF's float32, decides).
 */
function reference(logits, { temperature, topK, topP, minP }, tieBreak = logits.map((_, i) => i)) {
  let scores = logits.map((z) => z / temperature);
  let margin = Infinity;
  if (topK !== 0) {
    const kth = [...scores].sort((a, b) => b - a)[Math.min(topK, scores.length) - 1];
    scores = scores.map((s) => (s < kth ? -Infinity : s));
  }
  if (topP < 1) {
    const order = ascending(scores, tieBreak);
    const probabilities = softmaxOf(order.map((i) => scores[i]));
    const removable = 1 - topP;
    const removed = new Set();
    let cumulative = 0;
    order.forEach((index, rank) => {
      cumulative += probabilities[rank];
      if (rank === order.length - 1 || scores[index] === -Infinity) return; // kept last; already removed
      margin = Math.min(margin, Math.abs(cumulative - removable) / removable);
      if (cumulative <= removable) removed.add(index);
    });
    scores = scores.map((s, i) => (removed.has(i) ? -Infinity : s));
  }
  if (minP > 0) {
    const probabilities = softmaxOf(scores);
    const max = Math.max(...probabilities);
    const threshold = minP * max;
    const top = probabilities.indexOf(max); // min_tokens_to_keep: HF puts the most probable back
    scores = scores.map((s, i) => {
      // Tokens tied with the most probable are never near the cut: minP * max <= max exactly.
      if (s === -Infinity || probabilities[i] === max) return s;
      margin = Math.min(margin, Math.abs(probabilities[i] - threshold) / threshold);
      return probabilities[i] < threshold && i !== top ? -Infinity : s;
    });
  }
  return { probabilities: softmaxOf(scores), margin };
}

// ---------------------------------------------------------------------------------------
// Generated cases: a seeded stream, logits from a few values so that ties are everywhere.

function* splitMix64(seed) {
  let state = BigInt(seed);
  const mask = (1n << 64n) - 1n;
  for (;;) {
    state = (state + 0x9e3779b97f4a7c15n) & mask;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
    yield z ^ (z >> 31n);
  }
}

/** What cpp/splitmix64.hpp's uniform() gives: the top 53 bits as a fraction of 2^53. */
const uniformOf = (bits) => Number(bits >> 11n) * 2 ** -53;

function randomSource(seed) {
  const stream = splitMix64(seed);
  const uniform = () => uniformOf(stream.next().value);
  return { uniform, integer: (n) => Math.floor(uniform() * n), pick: (items) => items[Math.floor(uniform() * items.length)] };
}

// Half of the cases keep the margin from this far: the kernel's and the reference's
// probabilities differ by ~1e-14 relative (the reference rounds z / T, and exp turns that
// into |z / T| eps; the sums add n eps), far inside it.
const MARGIN = 1e-9;

function generateCases(count) {
  const random = randomSource(14);
  const cases = [];
  while (cases.length < count) {
    const n = random.pick([1, 2, 3, 4, 5, 8, 10, 16, 17, 33, 64]);
    const values = random.pick([[0, 1, 2], [-1, 0, 0.5, 1, 3], [-2, -1, 0, 1, 2, 3, 4], [0], [-Infinity, 0, 1, 2]]);
    const logits = Array.from({ length: n }, () => random.pick(values));
    if (logits.every((z) => z === -Infinity)) continue; // HF's softmax is NaN there
    const options = {
      temperature: 10 ** (2 * random.uniform() - 1),
      topK: random.uniform() < 0.4 ? 0 : 1 + random.integer(n + 2),
      topP: random.uniform() < 0.3 ? 1 : random.pick([0.05, 0.3, 0.5, 0.8, 0.9, 0.95, random.uniform() || 0.5]),
      minP: random.uniform() < 0.4 ? 0 : random.pick([0.01, 0.05, 0.1, 0.3, 0.5, 1, random.uniform()]),
    };
    const { probabilities, margin } = reference(logits, options);
    if (margin > MARGIN) cases.push({ logits, options, expected: probabilities });
  }
  return cases;
}

const CASES = generateCases(1000);

/** The zero pattern exactly, and each kept probability within 1e-12 relative (see MARGIN). */
function assertMatches(actual, expected, label) {
  assert.equal(actual.length, expected.length, label);
  for (let i = 0; i < expected.length; i += 1) {
    assert.equal(actual[i] === 0, expected[i] === 0, `${label}: token ${i} removed in one and not the other`);
    assert.ok(Math.abs(actual[i] - expected[i]) <= 1e-12 * expected[i], `${label}: p[${i}] = ${actual[i]}, want ${expected[i]}`);
  }
}

describe('samplingDistribution follows HF: temperature, top-k, top-p, min-p', () => {
  test(`${CASES.length} generated cases with ties match the reference`, () => {
    const withTies = CASES.filter(({ logits }) => new Set(logits).size < logits.length).length;
    assert.ok(withTies >= 200, `only ${withTies} cases have ties`);
    const filtering = CASES.filter(({ expected }) => expected.includes(0)).length;
    assert.ok(filtering >= 200, `only ${filtering} cases remove a token`);
    for (const [c, { logits, options, expected }] of CASES.entries()) {
      assertMatches(act.samplingDistribution(logits, options), expected, `case ${c}: ${JSON.stringify({ logits, options })}`);
    }
  });

  test('ties cut by top-p: every tie order PyTorch may pick removes as many; ours removes the lower indices', () => {
    const random = randomSource(15);
    let straddling = 0;
    for (const { logits, options } of CASES) {
      const ours = act.samplingDistribution(logits, options);
      for (let shuffle = 0; shuffle < 5; shuffle += 1) {
        const tieBreak = logits.map(() => random.uniform());
        const theirs = reference(logits, options, tieBreak).probabilities;
        // Per group of equal logits, the same number of survivors.
        for (const value of new Set(logits)) {
          const group = logits.flatMap((z, i) => (z === value ? [i] : []));
          const keptBy = (p) => group.filter((i) => p[i] !== 0);
          assert.equal(keptBy(ours).length, keptBy(theirs).length, JSON.stringify({ logits, options }));
          const kept = keptBy(ours);
          if (kept.length > 0 && kept.length < group.length) {
            straddling += 1;
            assert.deepEqual(kept, group.slice(group.length - kept.length), 'the highest indices of a tie survive');
          }
        }
      }
    }
    assert.ok(straddling > 50, `only ${straddling} ties straddle a cut`);
  });

  test('the boundaries HF draws, where every sum is exact', () => {
    // Four equal logits: probabilities 1/4, cumulative sums 1/4, 1/2, 3/4 (exact in binary).
    assert.deepEqual([...act.samplingDistribution([0, 0, 0, 0], { topP: 0.5 })], [0, 0, 0.5, 0.5]); // 1/2 <= 1/2 goes
    assert.deepEqual([...act.samplingDistribution([0, 0, 0, 0], { topP: 0.25 })], [0, 0, 0, 1]);
    assert.deepEqual([...act.samplingDistribution([5, 7, 7, 6], { topK: 1 })], [0, 0.5, 0.5, 0]); // ties with the k-th stay
    assert.deepEqual([...act.samplingDistribution([2, 2, 1], { minP: 1 })], [0.5, 0.5, 0]); // equal to minP * max stays
  });

  test('each filter sees the one before renormalised: top-k 2 then top-p 0.6 leaves one token', () => {
    const logits = [Math.log(0.5), Math.log(0.3), Math.log(0.2)];
    assert.deepEqual([...act.samplingDistribution(logits, { topK: 2, topP: 0.6 })], [1, 0, 0]);
    const topPAlone = act.samplingDistribution(logits, { topP: 0.6 });
    assert.equal(topPAlone[2], 0);
    assert.ok(topPAlone[1] > 0.37);
  });

  test('every filter off is softmax, bit for bit; missing and undefined options take the defaults', () => {
    const logits = [3.2, 2.5, -Infinity, 2.1, 2.1, -1.5];
    for (const temperature of [0.1, 1, 7]) {
      const softmax = act.softmax(logits, temperature);
      assert.deepEqual(act.samplingDistribution(logits, { temperature }), softmax);
      assert.deepEqual(act.samplingDistribution(logits, { ...SAMPLING_DEFAULTS, temperature, topK: 99 }), softmax);
    }
    assert.deepEqual(act.samplingDistribution(logits), act.softmax(logits));
    assert.deepEqual(act.samplingDistribution(logits, { topK: undefined, minP: undefined }), act.softmax(logits));
    // Inherited properties are not options (as for parameters).
    assert.deepEqual(act.samplingDistribution(logits, Object.create({ topK: 1 })), act.softmax(logits));
  });

  test('+Infinity logits share the probability; results are owned Float64Arrays', () => {
    assert.deepEqual([...act.samplingDistribution([Infinity, 0, Infinity], { topP: 0.9 })], [0.5, 0, 0.5]);
    const first = act.samplingDistribution([1, 2, 3], { topK: 2 });
    assert.ok(first instanceof Float64Array);
    first.fill(7);
    assert.notEqual(act.samplingDistribution([1, 2, 3], { topK: 2 })[0], 7);
  });
});

// ---------------------------------------------------------------------------------------
// The sampler.

/** cpp/sampling.cpp's inverse CDF, written again over the reference generator. */
function referenceDraws(probabilities, count, seed) {
  const cumulative = [];
  probabilities.reduce((sum, p) => (cumulative.push(sum + p), sum + p), 0);
  let last = probabilities.length - 1;
  while (last > 0 && !(probabilities[last] > 0)) last -= 1;
  const stream = splitMix64(seed);
  return Int32Array.from({ length: count }, () => {
    const target = uniformOf(stream.next().value) * cumulative[last];
    const index = cumulative.slice(0, last).findIndex((c) => c > target);
    return index === -1 ? last : index;
  });
}

/** Pearson's statistic of `indices` against `probabilities` over its support, and its df. */
function chiSquare(indices, probabilities) {
  const counts = new Float64Array(probabilities.length);
  for (const i of indices) counts[i] += 1;
  let statistic = 0;
  let categories = 0;
  probabilities.forEach((p, i) => {
    if (p === 0) return;
    const expected = p * indices.length;
    assert.ok(expected >= 5, 'every expected count >= 5, for the chi-square approximation');
    statistic += (counts[i] - expected) ** 2 / expected;
    categories += 1;
  });
  return { statistic, df: categories - 1, counts };
}

// Upper quantiles of chi-square at significance 1e-6: a sampler that is right exceeds them
// for one seed in a million. mpmath (50 digits): the x with
// gammainc(df/2, x/2, inf, regularized=True) == 1e-6.
const CHI_SQUARE_1E6 = { 3: 30.66484971, 4: 33.37684158, 9: 44.81093787 };

const NEXT_WORD = [3.2, 2.5, 2.1, 1.9, 1.4, 0.8, 0.6, 0.2, -1.5, -2.0]; // "The cat sat on the ..."

describe('sample draws by inverse CDF from a seeded SplitMix64', () => {
  test("the stream is SplitMix64's published one: four equal probabilities give its top two bits", () => {
    // Rosetta Code, "Pseudo-random numbers/Splitmix64", seed 1234567.
    const published = [6457827717110365317n, 3203168211198807973n, 9817491932198370423n, 4593380528125082431n, 16408922859458223821n];
    const stream = splitMix64(1234567);
    assert.deepEqual(published.map(() => stream.next().value), published);
    assert.deepEqual([...act.sample([0.25, 0.25, 0.25, 0.25], 5, 1234567)], published.map((x) => Number(x >> 62n)));
  });

  test('the same indices as the reference inverse CDF, for any distribution and seed', () => {
    const random = randomSource(16);
    for (let c = 0; c < 50; c += 1) {
      const logits = Array.from({ length: 1 + random.integer(30) }, () => random.pick([-1, 0, 0.5, 2]));
      const p = act.samplingDistribution(logits, { topP: random.pick([0.5, 0.9, 1]), topK: random.integer(5) });
      const seed = random.integer(2 ** 53);
      assert.deepEqual(act.sample(p, 2000, seed), referenceDraws([...p], 2000, seed), `seed ${seed}`);
    }
  });

  test('deterministic per seed, a longer run extends a shorter one, seeds up to 2^53 - 1', () => {
    const p = act.samplingDistribution(NEXT_WORD, { temperature: 0.7 });
    const first = act.sample(p, 10_000, 99);
    assert.ok(first instanceof Int32Array);
    assert.deepEqual(act.sample(p, 10_000, 99), first);
    assert.deepEqual(act.sample(p, 20_000, 99).subarray(0, 10_000), first);
    assert.notDeepEqual(act.sample(p, 10_000, 100), first);
    const top = Number.MAX_SAFE_INTEGER;
    assert.deepEqual(act.sample(p, 100, top), referenceDraws([...p], 100, top));
    assert.equal(act.sample(p, 0, 1).length, 0);
  });

  const distributions = [
    ['ten equal logits', act.samplingDistribution(new Array(10).fill(0)), 9],
    // top-k keeps six; min-p then removes the sixth (e^(-2.4 / 0.8) = e^-3 ~ 0.0498 of the first, below 0.05).
    ['the next word at T = 0.8, top-k 6, min-p 0.05', act.samplingDistribution(NEXT_WORD, { temperature: 0.8, topK: 6, minP: 0.05 }), 4],
    ['zeros between and after', [0, 0.5, 0, 0.25, 0.125, 0, 0.125, 0], 3],
  ];
  for (const [label, p, df] of distributions) {
    test(`${label}: 10^5 draws pass chi-square at 1e-6 and never hit a zero`, () => {
      const indices = act.sample(p, 100_000, 2026);
      const { statistic, df: found, counts } = chiSquare(indices, p);
      assert.equal(found, df);
      assert.ok(statistic < CHI_SQUARE_1E6[df], `chi-square ${statistic.toFixed(2)} with ${df} df`);
      p.forEach((probability, i) => {
        if (probability === 0) assert.equal(counts[i], 0, `token ${i} has probability 0 and was drawn`);
      });
    });
  }

  test('never a removed token, over the generated cases', () => {
    for (const { logits, options } of CASES.slice(0, 300)) {
      const p = act.samplingDistribution(logits, options);
      for (const index of act.sample(p, 1000, logits.length)) {
        assert.ok(p[index] > 0, `drew token ${index} of probability ${p[index]}: ${JSON.stringify({ logits, options })}`);
      }
    }
  });

  test(`probabilities summing to 1 within ${SUM_TOLERANCE} (+ 2 n eps) are accepted and rescaled`, () => {
    const slightlyOver = [0.5, 0.5 + 0.9 * SUM_TOLERANCE];
    assert.equal(act.sample(slightlyOver, 10, 1).length, 10);
    assert.deepEqual(act.sample([0.1, 0.2, 0.7], 1000, 5), referenceDraws([0.1, 0.2, 0.7], 1000, 5));
  });
});

// ---------------------------------------------------------------------------------------
// Named errors, thrown before wasm; the module answers correctly after each.

const rangeError = (pattern) => ({ name: 'RangeError', message: pattern });
const typeError = (pattern) => ({ name: 'TypeError', message: pattern });

const FAILURES = [
  ...[0, -1, -0, NaN, Infinity, -Infinity].map((t) => [`temperature ${t}`, () => act.samplingDistribution([1, 2], { temperature: t }),
    rangeError(/^temperature must be finite and greater than 0/)]),
  ['temperature "1"', () => act.samplingDistribution([1, 2], { temperature: '1' }), typeError(/^temperature must be a number/)],
  ...[-1, 1.5, NaN, Infinity, -Infinity].map((k) => [`topK ${k}`, () => act.samplingDistribution([1, 2], { topK: k }),
    rangeError(/^topK must be a whole number >= 0/)]),
  ['topK "3"', () => act.samplingDistribution([1, 2], { topK: '3' }), typeError(/^topK must be a number/)],
  ['topK 2n', () => act.samplingDistribution([1, 2], { topK: 2n }), typeError(/^topK must be a number \(got bigint\)/)],
  ...[0, -0.1, 1.0000001, NaN, Infinity].map((p) => [`topP ${p}`, () => act.samplingDistribution([1, 2], { topP: p }),
    rangeError(/^topP must lie in \(0, 1\]/)]),
  ['topP null', () => act.samplingDistribution([1, 2], { topP: null }), typeError(/^topP must be a number \(got null\)/)],
  ...[-0.1, 1.0000001, NaN, -Infinity].map((m) => [`minP ${m}`, () => act.samplingDistribution([1, 2], { minP: m }),
    rangeError(/^minP must lie in \[0, 1\]/)]),
  ...['top_k', 'temp', 'naive', 'topk', '__proto__x'].map((key) => [`option ${key}`, () => act.samplingDistribution([1, 2], { [key]: 1 }),
    typeError(new RegExp(`^Unknown sampling option "${key}"; the options are temperature, topK, topP, minP\\.`))]),
  ...[null, [], 5, 'topK'].map((options) => [`options ${JSON.stringify(options)}`, () => act.samplingDistribution([1, 2], options),
    typeError(/^options must be an object/)]),
  ['a NaN logit', () => act.samplingDistribution([1, NaN, 2]), rangeError(/^logits\[1\] is NaN/)],
  ['logits "12"', () => act.samplingDistribution('12'), typeError(/^logits must be an array of numbers or a typed array/)],
  ['a string logit', () => act.samplingDistribution([1, '2']), typeError(/^logits\[1\] is not a number/)],
  ['a negative probability', () => act.sample([1.5, -0.5], 1, 1), rangeError(/^probabilities\[1\] is -0\.5; each must be finite and >= 0/)],
  ['a NaN probability', () => act.sample([NaN, 1], 1, 1), rangeError(/^probabilities\[0\] is NaN/)],
  ['an infinite probability', () => act.sample([0, Infinity], 1, 1), rangeError(/^probabilities\[1\] is Infinity/)],
  ['probabilities summing to 0.9', () => act.sample([0.4, 0.5], 1, 1), rangeError(/^probabilities must sum to 1 within .* \(they sum to 0\.9\)/)],
  ['probabilities summing to 1 + 2e-9', () => act.sample([0.5, 0.5 + 2 * SUM_TOLERANCE], 1, 1), rangeError(/^probabilities must sum to 1/)],
  ['all-zero probabilities', () => act.sample([0, 0, 0], 1, 1), rangeError(/^probabilities must sum to 1/)],
  ['no probabilities', () => act.sample([], 1, 1), rangeError(/^probabilities must hold at least one entry/)],
  ['probabilities null', () => act.sample(null, 1, 1), typeError(/^probabilities must be an array of numbers or a typed array/)],
  ['a string probability', () => act.sample([0.5, '0.5'], 1, 1), typeError(/^probabilities\[1\] is not a number/)],
  ...[-1, 1.5, NaN, Infinity, MAX_SAMPLES + 1].map((count) => [`count ${count}`, () => act.sample([1], count, 1),
    rangeError(new RegExp(`^count must be a whole number in \\[0, ${MAX_SAMPLES}\\]`))]),
  ...[['"10"', '10'], ['undefined', undefined], ['10n', 10n]].map(([label, count]) => [`count ${label}`, () => act.sample([1], count, 1),
    typeError(/^count must be a number/)]),
  ...[-1, 0.5, 2 ** 53, 2 ** 64, NaN, Infinity].map((seed) => [`seed ${seed}`, () => act.sample([1], 1, seed),
    rangeError(/^seed must be a whole number in \[0, 2\^53\)/)]),
  ...[['"1"', '1'], ['undefined', undefined], ['1n', 1n], ['null', null]].map(([label, seed]) => [`seed ${label}`, () => act.sample([1], 1, seed),
    typeError(/^seed must be a number/)]),
];

describe('every bad input throws a named error in JS, and the module stays usable', () => {
  test(`${FAILURES.length} bad calls`, () => {
    for (const [label, call, expected] of FAILURES) {
      let thrown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      assert.ok(thrown !== undefined, `${label}: no error`);
      assert.ok(!(thrown instanceof WebAssembly.RuntimeError), `${label}: a wasm trap`);
      assert.throws(() => {
        throw thrown;
      }, expected, label);
      assertStillWorks();
    }
  });
});

describe('the wasm heap', () => {
  test('10,000 distributions and 1,000 samples of 1,000 draws, then 10,000 failing calls: no growth', async () => {
    const own = await loadFresh();
    const logits = Array.from({ length: 1000 }, (_, i) => Math.sin(i));
    const p = own.samplingDistribution(logits, { topP: 0.9 });
    own.sample(p, 1000, 0); // warm up: every buffer at its size
    const before = own.memoryBytes();
    for (let i = 0; i < 10_000; i += 1) own.samplingDistribution(logits, { temperature: 0.5 + (i % 7), topK: i % 50, topP: 0.9, minP: 0.01 });
    for (let i = 0; i < 1000; i += 1) own.sample(p, 1000, i);
    const bad = [...p];
    bad[999] = -1;
    for (let i = 0; i < 10_000; i += 1) {
      assert.throws(() => (i % 2 ? own.sample(bad, 1000, i) : own.samplingDistribution(logits, { topP: 0 })), RangeError);
    }
    assert.equal(own.memoryBytes(), before, `wasm memory grew from ${before} to ${own.memoryBytes()} bytes`);
    assertStillWorks(own);
  });
});
