// The URL-hash state table: defaults, round trips, and hostile input.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { defaultState, MAX_HASH_LENGTH, parseHash, serializeHash, stateProperties } from '../../web/src/state.js';

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
