// The sampling view's pure logic (web/src/views/sampling/): the stages of Hugging Face's order
// as the view shows them, top-p's ranking and running total, the draw counts, the axis, the
// knobs and presets against the state table, and each language's example.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { SAMPLING_DEFAULTS } from '../../web/src/engine.js';
import { LANGUAGES } from '../../web/src/i18n/index.js';
import { cleanText } from '../../web/src/plainText.js';
import { defaultState, SAMPLING_EXAMPLE_LOGITS, stateProperties } from '../../web/src/state.js';
import { axisTop, descendingOrder, drawCounts, removedIndices, runningTotals, samplingStages } from '../../web/src/views/sampling/distributions.js';
import { KNOBS, knobsOf, matchesPreset, PRESETS } from '../../web/src/views/sampling/knobs.js';
import { act, seededRandom } from './support.mjs';

const properties = stateProperties(act.catalog(), Object.keys(LANGUAGES));
const byKey = new Map(properties.map((p) => [p.key, p]));
const defaults = defaultState(properties);

// Logits from a few values, so that ties are common, and knobs anywhere in the state's limits.
function generatedCase(random) {
  const n = 2 + Math.floor(random() * 11);
  const levels = [-2, -0.5, 0, 0.5, 1, 3];
  const logits = Array.from({ length: n }, () => levels[Math.floor(random() * levels.length)]);
  const knobs = {
    temperature: [0.05, 0.3, 0.7, 1, 1.5, 5][Math.floor(random() * 6)],
    topK: Math.floor(random() * (n + 2)),
    topP: [0.01, 0.2, 0.5, 0.9, 1][Math.floor(random() * 5)],
    minP: [0, 0.05, 0.2, 0.6, 1][Math.floor(random() * 5)],
  };
  return { logits, knobs };
}

test('each stage keeps a subset of the one before, and the last is what the engine samples from', () => {
  const random = seededRandom(14);
  for (let c = 0; c < 300; c += 1) {
    const { logits, knobs } = generatedCase(random);
    const stages = samplingStages(act, logits, knobs);
    assert.deepEqual(stages.sampled, act.samplingDistribution(logits, knobs));
    assert.deepEqual(stages.model, act.softmax(logits, 1));
    const kept = (p) => new Set(Array.from(p.keys()).filter((i) => p[i] > 0));
    const [k, p, all] = [stages.seenByTopP, stages.afterTopP, stages.sampled].map(kept);
    for (const i of p) assert.ok(k.has(i), `case ${c}: top-p keeps ${i}, which top-k removed`);
    for (const i of all) assert.ok(p.has(i), `case ${c}: min-p keeps ${i}, which top-p removed`);
    assert.ok(all.size >= 1);
    assert.deepEqual(removedIndices(stages.sampled), Array.from(stages.sampled.keys()).filter((i) => !all.has(i)));
  }
});

test('top-p keeps a head of the ranking the view draws, ties included: the greyed bars are its tail', () => {
  const random = seededRandom(7);
  let ties = 0;
  for (let c = 0; c < 300; c += 1) {
    const { logits, knobs } = generatedCase(random);
    const stages = samplingStages(act, logits, knobs);
    const order = descendingOrder(stages.seenByTopP, logits);
    const keptByTopP = order.map((i) => stages.afterTopP[i] > 0);
    const head = keptByTopP.indexOf(false);
    if (head >= 0) assert.ok(keptByTopP.slice(head).every((kept) => !kept), `case ${c}: ${JSON.stringify({ logits, knobs, order, keptByTopP })}`);
    const cut = head > 0 ? order[head] : -1;
    if (cut >= 0 && stages.seenByTopP[cut] === stages.seenByTopP[order[head - 1]]) ties += 1;
    // The running total rises to 1 and never past it.
    const totals = runningTotals(stages.seenByTopP, order);
    totals.forEach((total, r) => assert.ok(total <= 1 && (r === 0 || total >= totals[r - 1])));
    assert.ok(Math.abs(totals.at(-1) - 1) < 1e-12);
  }
  assert.ok(ties >= 10, `${ties} cuts through tied words`); // the tie order is exercised, not assumed
});

test('equal probabilities rank the higher index first (the engine removes the lower one first); removed words follow by logit', () => {
  assert.deepEqual(descendingOrder(Float64Array.of(0.25, 0.5, 0.25), [0, 1, 0]), [1, 2, 0]);
  assert.deepEqual(descendingOrder([0.1, 0.2, 0.3, 0.4], [1, 2, 3, 4]), [3, 2, 1, 0]);
  // Words top-k removed come last, in the order of their logits.
  assert.deepEqual(descendingOrder([0, 0.6, 0, 0.4, 0], [-1, 3, 2, 1, 2]), [1, 3, 4, 2, 0]);
  // Two tied words, top-p 0.5 keeps one of them: the one ranked first.
  const logits = [1, 1];
  const afterTopP = act.samplingDistribution(logits, { topP: 0.5 });
  assert.deepEqual(Array.from(afterTopP), [0, 1]);
  assert.equal(descendingOrder(act.softmax(logits, 1), logits)[0], 1);
});

test('draws are counted per word; the axis top is a whole tenth with room for the labels', () => {
  assert.deepEqual(drawCounts(Int32Array.of(0, 2, 2, 1, 2), 4), [1, 1, 3, 0]);
  assert.deepEqual(drawCounts(new Int32Array(0), 3), [0, 0, 0]);
  assert.equal(axisTop(0.406), 0.5);
  assert.equal(axisTop(0.6), 0.7);
  assert.equal(axisTop(0.8), 1);
  assert.equal(axisTop(1), 1);
  assert.equal(axisTop(0), 0.1);
  assert.equal(axisTop(0.08), 0.1);
});

test('the knobs are the state table’s, their defaults switch every filter off, and each preset lies in its limits', () => {
  assert.deepEqual(knobsOf(defaults), { ...SAMPLING_DEFAULTS });
  for (const { key, off } of KNOBS) {
    const p = byKey.get(key);
    assert.ok(p && p.type === 'number', key);
    if (off !== undefined) assert.equal(p.default, off, key);
  }
  for (const preset of PRESETS) {
    assert.deepEqual(Object.keys(preset.knobs).sort(), KNOBS.map((knob) => knob.key).sort(), preset.id);
    for (const [key, value] of Object.entries(preset.knobs)) {
      const p = byKey.get(key);
      assert.ok(value >= p.min && value <= p.max && (!p.integer || Number.isInteger(value)), `${preset.id}.${key}`);
    }
    assert.equal(matchesPreset({ ...defaults, ...preset.knobs }, preset), true);
    for (const language of Object.values(LANGUAGES)) assert.ok(language.sampling.presets[preset.id], preset.id);
  }
  const byId = Object.fromEntries(PRESETS.map((preset) => [preset.id, preset.knobs]));
  assert.deepEqual(byId.chatbot, { temp: 0.7, topk: 0, topp: 0.9, minp: 0 });
  assert.equal(matchesPreset(defaults, PRESETS.find((preset) => preset.id === 'plain')), true);
  // Greedy leaves the one most probable word of the example.
  const greedy = act.samplingDistribution(SAMPLING_EXAMPLE_LOGITS, knobsOf({ ...defaults, ...byId.greedy }));
  assert.deepEqual(removedIndices(greedy).length, SAMPLING_EXAMPLE_LOGITS.length - 1);
  assert.equal(greedy[0], 1);
});

test('each language’s example has a word for every example logit, each a valid word, none twice', () => {
  const words = byKey.get('words');
  const prompt = byKey.get('prompt');
  assert.deepEqual(byKey.get('scores').default, [...SAMPLING_EXAMPLE_LOGITS]);
  for (const [id, { sampling }] of Object.entries(LANGUAGES)) {
    const { example } = sampling;
    assert.equal(example.words.length, SAMPLING_EXAMPLE_LOGITS.length, id);
    assert.equal(new Set(example.words).size, example.words.length, id);
    for (const word of example.words) assert.equal(cleanText(word, words.maxChars), word, `${id}: ${word}`);
    assert.equal(cleanText(example.prompt, prompt.maxChars), example.prompt, id);
    for (let n = 1; n <= words.maxLength; n += 1) assert.equal(cleanText(sampling.newWord(n), words.maxChars), sampling.newWord(n));
  }
});
