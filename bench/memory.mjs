// The wasm heap across many calls: its size (act.memoryBytes()) after loading, after one
// call of each kind, and after 10,000 evaluate calls at the page's 801 points over every
// element-wise function (each also naive where it has one), then 10,000 softmax calls.
// Reused heap buffers mean no growth once the largest size has been seen.
// The heap starts at 16 MB, so a small leak would hide inside it: a second, longer run makes
// 200,000 calls through the raw module's hot path and probes where malloc places a block before
// and after (the same address when nothing was left allocated).
// The JS side: V8's garbage collections during 100,000 calls of 801 points, on the out path
// and returning fresh arrays (the same params and options objects each call: a literal {}
// written in the loop would be the caller's own allocation).
import fs from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import createActivationsModule from '../web/generated/activations.mjs';
import { loadActivations } from '../web/src/node.js';
import { Workspace } from '../web/src/workspace.js';
import { linspace } from './lib/stats.mjs';
import { machine, writeResult } from './lib/machine.mjs';

const CALLS = 10_000;
const POINTS = 801;

const act = await loadActivations();
const rows = act.catalog().filter((row) => row.kind === 'elementwise');
const xs = linspace(POINTS);
const logits = linspace(10, -3, 3);

const heap = { afterLoad: act.memoryBytes() };
act.evaluate('relu', xs);
act.softmax(logits);
heap.afterFirstCalls = act.memoryBytes();
for (let i = 0; i < CALLS; i += 1) {
  const row = rows[i % rows.length];
  act.evaluate(row.id, xs, {}, { naive: row.hasNaive && i % 2 === 1 });
}
heap.afterEvaluateCalls = act.memoryBytes();
for (let i = 0; i < CALLS; i += 1) act.softmax(logits, 0.5 + (i % 10));
heap.afterSoftmaxCalls = act.memoryBytes();

const LONG_RUN = 200_000;
// The raw module under the API, for its allocator: Emscripten's web glue needs the bytes in Node.
const module = await createActivationsModule({ wasmBinary: fs.readFileSync(new URL('../web/generated/activations.wasm', import.meta.url)) });
const probe = () => {
  const address = module._malloc(64);
  module._free(address);
  return address;
};
const small = linspace(10);
const none = new Float64Array(0);
const sigmoid = module.catalog().findIndex((row) => row.id === 'sigmoid');
const workspace = new Workspace(module, 0);
const value = new Float64Array(small.length);
const derivative = new Float64Array(small.length);
const evaluateSmall = () => workspace.evaluate(sigmoid, false, small, small.length, none, value, derivative);
evaluateSmall();
const longRun = { heapBefore: module.HEAP8.buffer.byteLength, mallocBefore: probe() };
for (let i = 0; i < LONG_RUN; i += 1) evaluateSmall();
Object.assign(longRun, { heapAfter: module.HEAP8.buffer.byteLength, mallocAfter: probe() });

// The collections V8 reports while `call` runs `count` times, after as many to warm up (the
// JIT's compilations allocate too): none means that nothing was allocated to collect. (The
// entries arrive after the loop, hence the waits.)
async function collections(count, call) {
  let gcs = 0;
  const observer = new PerformanceObserver((list) => {
    gcs += list.getEntries().length;
  });
  for (let i = 0; i < count; i += 1) call();
  await sleep(100);
  observer.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < count; i += 1) call();
  await sleep(100);
  observer.disconnect();
  return gcs;
}
const GC_CALLS = 100_000;
const noParams = {};
const outOptions = { out: { value: new Float64Array(POINTS), derivative: new Float64Array(POINTS) } };
const seluParams = { alpha: 2, scale: 1 };
const probabilities = { out: new Float64Array(logits.length) };
const gatedOptions = { out: { value: new Float64Array(POINTS), da: new Float64Array(POINTS), db: new Float64Array(POINTS) } };
const garbage = {
  outPath: await collections(GC_CALLS, () => act.evaluate('sigmoid', xs, noParams, outOptions)),
  outPathWithParameters: await collections(GC_CALLS, () => act.evaluate('selu', xs, seluParams, outOptions)),
  softmaxOutPath: await collections(GC_CALLS, () => act.softmax(logits, 2, probabilities)),
  gatedOutPath: await collections(GC_CALLS, () => act.evaluateGated('swiglu', xs, xs, gatedOptions)),
  freshArrays: await collections(GC_CALLS, () => act.evaluate('sigmoid', xs, noParams)),
};

const unchanged = heap.afterSoftmaxCalls === heap.afterFirstCalls;
console.log(`wasm heap (act.memoryBytes()), ${CALLS} calls each of ${POINTS}-point evaluate and 10-logit softmax:`);
for (const [when, bytes] of Object.entries(heap)) console.log(`  ${when.padEnd(20)} ${bytes} bytes (${bytes / 65536} pages)`);
console.log(`  ${unchanged ? 'unchanged' : 'GREW'} across the calls`);
console.log(`${LONG_RUN} raw evaluate calls: heap ${longRun.heapBefore} -> ${longRun.heapAfter} bytes; ` +
  `a 64-byte malloc lands at ${longRun.mallocBefore} before and ${longRun.mallocAfter} after`);
console.log(`garbage collections during ${GC_CALLS} calls: evaluate of ${POINTS} points ${garbage.outPath} on the out path ` +
  `(${garbage.outPathWithParameters} with parameters), ${garbage.freshArrays} returning fresh arrays; ` +
  `softmax of ${logits.length} logits on the out path ${garbage.softmaxOutPath}; evaluateGated of ${POINTS} pairs on the out path ${garbage.gatedOutPath}`);
const result = { machine: machine(), calls: CALLS, points: POINTS, heap, unchanged, longRun: { calls: LONG_RUN, ...longRun }, garbage: { calls: GC_CALLS, ...garbage } };
console.log(`wrote ${writeResult('memory.json', result)}`);
