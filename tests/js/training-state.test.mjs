// The training view's keys in the URL-hash state table (web/src/state.js): the trainer's own
// choices, two to four distinct activations, limits that clamp.
import assert from 'node:assert/strict';
import test from 'node:test';

import { parseHash, serializeHash, stateProperties } from '../../web/src/state.js';
import { INITIALIZATIONS, OPTIMIZERS } from '../../web/src/trainer.js';
import { act } from './support.mjs';

const properties = stateProperties(act.catalog(), ['en', 'pt']);
const property = (key) => properties.find((p) => p.key === key);

test("the optimizers and initializations are the trainer's, its default first", () => {
  assert.deepEqual(property('train.opt').choices, [...OPTIMIZERS]);
  assert.deepEqual(property('train.init').choices, [...INITIALIZATIONS]);
  assert.equal(property('train.opt').default, OPTIMIZERS[0]);
  assert.equal(property('train.init').default, INITIALIZATIONS[0]);
});

test('two to four distinct element-wise activations; anything else falls back to the default four', () => {
  const acts = (hash) => parseHash(hash, properties)['train.acts'];
  const fallback = property('train.acts').default;
  assert.deepEqual(fallback, ['sigmoid', 'tanh', 'relu', 'selu']);
  assert.deepEqual(acts('#train.acts=relu,elu'), ['relu', 'elu']);
  assert.deepEqual(acts('#train.acts=gelu,mish,silu,softplus'), ['gelu', 'mish', 'silu', 'softplus']);
  for (const bad of ['relu', '', 'relu,relu', 'relu,elu,selu,gelu,mish', 'relu,softmax', 'relu,nope']) {
    assert.deepEqual(acts(`#train.acts=${bad}`), fallback, bad);
  }
});

test('network, data and training numbers clamp to their limits, whole where they count', () => {
  const state = parseHash('#train.layers=40&train.width=1.6&train.noise=-1&train.seed=1e12&train.lr=1e9&train.batch=0', properties);
  assert.equal(state['train.layers'], 10);
  assert.equal(state['train.width'], 2);
  assert.equal(state['train.noise'], 0);
  assert.equal(state['train.seed'], 2 ** 31 - 1);
  assert.equal(state['train.lr'], 1000);
  assert.equal(state['train.batch'], 1);
  const link = '#view=training&train.acts=relu,selu&train.data=spiral&train.lr=0.1&train.opt=adam&train.play=1';
  assert.equal(serializeHash(parseHash(link, properties), properties), link);
});
