// act.memoryBytes(): the wasm heap's size, which repeated calls must not grow (the bindings
// reuse their buffers). Run from the project root: node --test tests/js/
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { act } from './support.mjs';
const WASM_PAGE = 65536;

test('memoryBytes() is the heap size: a positive number of 64 KiB pages', () => {
  const bytes = act.memoryBytes();
  assert.equal(typeof bytes, 'number');
  assert.ok(bytes > 0);
  assert.equal(bytes % WASM_PAGE, 0);
});

test('10,000 evaluate calls leave the heap size unchanged', () => {
  const xs = Float64Array.from({ length: 801 }, (_, i) => -10 + i / 40);
  const ids = act.catalog().filter((row) => row.kind === 'elementwise').map((row) => row.id);
  act.evaluate(ids[0], xs);
  const before = act.memoryBytes();
  for (let i = 0; i < 10_000; i += 1) act.evaluate(ids[i % ids.length], xs);
  assert.equal(act.memoryBytes(), before);
});

test('10,000 calls on the out path, element-wise, vector and gated, leave the heap size unchanged', () => {
  const xs = Float64Array.from({ length: 801 }, (_, i) => -10 + i / 40);
  const out = { value: new Float64Array(801), derivative: new Float64Array(801) };
  const gatedOut = { value: new Float64Array(801), da: new Float64Array(801), db: new Float64Array(801) };
  const probabilities = new Float64Array(10);
  const logits = probabilities.map((_, i) => i / 3);
  const rows = act.catalog().filter((row) => row.kind === 'elementwise');
  const gated = act.catalog().filter((row) => row.kind === 'gated');
  act.evaluate('relu', xs, {}, { out });
  act.softmax(logits, 1, { out: probabilities });
  act.evaluateGated('swiglu', xs, xs, { out: gatedOut });
  const before = act.memoryBytes();
  for (let i = 0; i < 10_000; i += 1) {
    const row = rows[i % rows.length];
    act.evaluate(row.id, xs, {}, { out, naive: row.hasNaive && i % 2 === 1 });
    act.softmax(logits, 0.5 + (i % 10), { out: probabilities });
    act.evaluateGated(gated[i % gated.length].id, xs, xs, { out: gatedOut });
  }
  assert.equal(act.memoryBytes(), before);
});

test('the heap grows for a larger input and then stays at that size', () => {
  const large = new Float64Array(1 << 20);
  act.evaluate('sigmoid', large);
  const grown = act.memoryBytes();
  for (let i = 0; i < 20; i += 1) act.evaluate('sigmoid', large);
  assert.equal(act.memoryBytes(), grown);
});
