// The URL-hash state table: defaults, round trips, and hostile input.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { defaultState, MAX_HASH_LENGTH, parseHash, SAMPLING_EXAMPLE_LOGITS, serializeHash, stateProperties } from '../../web/src/state.js';

// A catalogue shaped like engine.js's, reduced to what the state table reads.
const catalog = [
  { id: 'relu', kind: 'elementwise', params: [] },
  { id: 'sigmoid', kind: 'elementwise', params: [] },
  { id: 'selu', kind: 'elementwise', params: [{ id: 'alpha', default: 1.67, min: 0, max: 5, step: 0.01 }] },
  { id: 'softmax', kind: 'vector', params: [{ id: 'temperature', default: 1, min: 0.01, max: 100, step: 0.01 }] },
];
const properties = stateProperties(catalog, ['en', 'pt']);
const defaults = defaultState(properties);

test('an empty hash gives the defaults, and the defaults serialise to an empty hash', () => {
  assert.deepEqual(parseHash('', properties), defaults);
  assert.equal(defaults.fn, 'sigmoid');
  assert.equal(defaults.lang, undefined);
  assert.deepEqual(defaults.logits, [-2, -1, 0, 1, 2]);
  assert.equal(serializeHash(defaults, properties), '');
});

test('a state survives a round trip through the hash', () => {
  const state = { ...defaults, fn: 'selu', lang: 'pt', t: 2.5, logits: [3, -1.5], 'selu.alpha': 3 };
  const hash = serializeHash(state, properties);
  assert.equal(hash, '#fn=selu&lang=pt&t=2.5&logits=3,-1.5&selu.alpha=3');
  assert.deepEqual(parseHash(hash, properties), state);
});

test('numbers outside their limits are clamped', () => {
  const state = parseHash('#t=1e9&selu.alpha=-4&logits=1000,-1000', properties);
  assert.equal(state.t, 100);
  assert.equal(state['selu.alpha'], 0);
  assert.deepEqual(state.logits, [100, -100]);
});

test('malformed or hostile values fall back to their defaults', () => {
  const hostile = [
    'fn=<script>alert(1)</script>',
    'fn=constructor',
    'fn=__proto__',
    'lang=javascript:alert(1)',
    't=abc',
    't=NaN',
    't=Infinity',
    't=',
    't=1e999',
    'logits=1,,2',
    'logits=1,two',
    'logits=',
    `logits=${Array(13).fill(1).join(',')}`,
    `t=${'1'.repeat(100)}`,
  ];
  for (const part of hostile) {
    assert.deepEqual(parseHash(`#${part}`, properties), defaults, part);
  }
});

test('flags read 1 and 0 only; an empty or reversed x range falls back to the default range', () => {
  assert.equal(parseHash('#naive=1&logy=0', properties).naive, true);
  assert.equal(parseHash('#naive=true', properties).naive, false);
  const reversed = parseHash('#xmin=5&xmax=-5', properties);
  assert.deepEqual([reversed.xmin, reversed.xmax], [defaults.xmin, defaults.xmax]);
  const wide = parseHash('#xmin=-5000&xmax=800', properties);
  assert.deepEqual([wide.xmin, wide.xmax], [-1000, 800]);
  assert.equal(serializeHash({ ...defaults, naive: true, xmax: 50 }, properties), '#xmax=50&naive=1');
});

test('compared functions: known ids only, no repeats, at most three, never the main function', () => {
  assert.deepEqual(parseHash('#cmp=relu,selu', properties).cmp, ['relu', 'selu']);
  assert.deepEqual(parseHash('#cmp=relu,relu', properties).cmp, []);
  assert.deepEqual(parseHash('#cmp=relu,nope', properties).cmp, []);
  assert.deepEqual(parseHash('#cmp=relu,selu,sigmoid,relu', properties).cmp, []);
  assert.deepEqual(parseHash('#fn=relu&cmp=relu,selu', properties).cmp, ['selu']);
  assert.equal(serializeHash({ ...defaults, cmp: ['relu', 'selu'] }, properties), '#cmp=relu,selu');
});

test('embedding: a flag, and a list of known parts to hide', () => {
  const state = parseHash('#embed=1&hide=softmax,depth', properties);
  assert.equal(state.embed, true);
  assert.deepEqual(state.hide, ['softmax', 'depth']);
  assert.deepEqual(parseHash('#hide=softmax,<script>', properties).hide, []);
});

test('depth is a whole number of layers in [1, 50]', () => {
  assert.equal(parseHash('#depth=7.6', properties).depth, 8);
  assert.equal(parseHash('#depth=500', properties).depth, 50);
  assert.equal(parseHash('#depth=-3', properties).depth, 1);
});

test('unknown keys are ignored, the first of duplicated keys wins', () => {
  const state = parseHash('#zzz=1&fn=relu&fn=selu&__proto__=x', properties);
  assert.equal(state.fn, 'relu');
  assert.equal(Object.hasOwn(state, 'zzz'), false);
  assert.equal(Object.getPrototypeOf(state), Object.prototype);
});

test('a hash longer than the limit is ignored as a whole', () => {
  const long = `#fn=relu&pad=${'x'.repeat(MAX_HASH_LENGTH)}`;
  assert.deepEqual(parseHash(long, properties), defaults);
  assert.equal(parseHash('#fn=relu', properties).fn, 'relu');
});

test('the view, its pane and presentation mode are in the link; anything else falls back', () => {
  const state = parseHash('#view=softmax&tab=data&present=1', properties);
  assert.deepEqual([state.view, state.tab, state.present], ['softmax', 'data', true]);
  assert.equal(serializeHash(state, properties), '#view=softmax&tab=data&present=1');
  for (const hostile of ['view=<b>', 'view=constructor', 'view=', 'tab=__proto__', 'present=yes', 'present=2']) {
    assert.deepEqual(parseHash(`#${hostile}`, properties), defaults, hostile);
  }
  assert.equal(defaults.view, 'functions');
  assert.equal(defaults.tab, 'explanation');
});

test('each line chart fits y to a mode or to a function of the catalogue', () => {
  assert.equal(parseHash('#fit=all&dfit=relu', properties).fit, 'all');
  assert.equal(parseHash('#fit=all&dfit=relu', properties).dfit, 'relu');
  assert.equal(parseHash('#fit=softmax', properties).fit, 'auto'); // a vector function draws no curve
  assert.equal(parseHash('#dfit=toString', properties).dfit, 'auto');
});

test('the sampling view: its knobs, draws and seed, and the example when no words are given', () => {
  assert.equal(defaults.prompt, '');
  assert.deepEqual(defaults.words, []);
  assert.deepEqual(defaults.scores, [...SAMPLING_EXAMPLE_LOGITS]);
  assert.deepEqual([defaults.temp, defaults.topk, defaults.topp, defaults.minp, defaults.draws, defaults.drawseed], [1, 0, 1, 0, 0, 1]);
  const state = parseHash('#view=sampling&temp=0.7&topp=0.9&topk=2.6&minp=-1&draws=100.4&drawseed=12', properties);
  assert.deepEqual([state.temp, state.topp, state.topk, state.minp, state.draws, state.drawseed], [0.7, 0.9, 3, 0, 100, 12]);
  assert.equal(parseHash('#topp=0', properties).topp, 0.01); // top-p lies in (0, 1]
  assert.equal(parseHash('#temp=0', properties).temp, 0.05);
  assert.equal(parseHash('#draws=1e9', properties).draws, 10_000);
});

test('a prompt and words survive the hash as plain text, commas and percent signs in a word too', () => {
  const words = ['mat', 'ice cream', 'so,fa', '100%', 'sofá', '🧨', '<b>', 'a%2Cb', 'x', 'y'];
  const state = { ...defaults, prompt: 'Le chat s’est assis sur le', words };
  const hash = serializeHash(state, properties);
  assert.match(hash, /words=mat,ice%20cream,so%252Cfa,100%2525,/);
  assert.deepEqual(parseHash(hash, properties), state);
  // As a link would carry it after the browser's own encoding.
  assert.deepEqual(parseHash(new URL(`https://x.test/${hash}`).hash, properties), state);
});

test('words pair with the logits: another number of words than logits drops both', () => {
  const ten = Array.from({ length: 10 }, (_, i) => `w${i}`);
  assert.deepEqual(parseHash(`#words=${ten.join(',')}`, properties).words, ten);
  const three = parseHash('#words=a,b,c&scores=3,2,1', properties);
  assert.deepEqual([three.words, three.scores], [['a', 'b', 'c'], [3, 2, 1]]);
  for (const hash of ['#words=a,b,c', '#scores=3,2,1', '#words=a,b&scores=1,2,3', `#words=${ten.join(',')}&scores=1,2`]) {
    const state = parseHash(hash, properties);
    assert.deepEqual([state.words, state.scores], [defaults.words, defaults.scores], hash);
  }
  assert.deepEqual(parseHash('#words=a,b&scores=50,-50', properties).scores, [20, -20]);
});

test('malformed prompts and words fall back to the example', () => {
  const ten = (word) => Array.from({ length: 10 }, (_, i) => (i === 4 ? word : `w${i}`)).join(',');
  for (const word of ['', '%20', 'x'.repeat(17), 'a%00b', 'a%0Ab', 'a%E2%80%AEb', 'a%E2%80%8Bb', '100%', 'a%zz', 'a%252', '%25']) {
    assert.deepEqual(parseHash(`#words=${ten(word)}`, properties).words, [], word);
  }
  assert.deepEqual(parseHash(`#words=${Array(13).fill('a').join(',')}&scores=${Array(13).fill(1).join(',')}`, properties).words, []);
  for (const prompt of ['', '%20%20', 'x'.repeat(61), 'a%0Ab', 'a%E2%80%A8b', 'a%00']) {
    assert.equal(parseHash(`#prompt=${prompt}`, properties).prompt, '', prompt);
  }
  assert.equal(parseHash(`#prompt=%20${'é'.repeat(60)}%20`, properties).prompt, 'é'.repeat(60));
});

test('the longest sampling state the page can make still fits in a hash it reads', () => {
  const words = properties.find((p) => p.key === 'words');
  const prompt = properties.find((p) => p.key === 'prompt');
  const scores = properties.find((p) => p.key === 'scores');
  const longest = {
    ...defaults,
    view: 'sampling',
    prompt: '🧨'.repeat(prompt.maxChars), // four UTF-8 bytes, twelve characters encoded
    words: Array.from({ length: words.maxLength }, () => '🧨'.repeat(words.maxChars)),
    scores: Array.from({ length: scores.maxLength }, (_, i) => -Math.PI * (i + 1) / 2),
    temp: 4.95, topk: 11, topp: 0.37, minp: 0.63, draws: 9999, drawseed: Number.MAX_SAFE_INTEGER,
  };
  const hash = serializeHash(longest, properties);
  assert.ok(hash.length <= MAX_HASH_LENGTH, `${hash.length} characters`);
  assert.deepEqual(parseHash(hash, properties), longest);
});
