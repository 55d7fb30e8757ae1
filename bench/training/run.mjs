// The training table of `npm run bench`: examples per second (forward, backward, SGD update;
// tanh, squared error, batch 10) for each network, every implementation from the same initial
// weights on the same data, runs interleaved, medians:
//   wasm        the shipped trainer module through the public API (one train() call per run)
//   wasm-simd   the same sources built with -msimd128 (bench/run.sh builds it), loaded by the same glue
//   flat JS     bench/training/flat.mjs; object-per-node: bench/training/nodes.mjs (nn.ts's style)
//   native      bench/training/native.cpp at -O3 (the binary named by --native)
//   node bench/training/run.mjs --native PATH [--simd PATH.wasm] [--runs 7] [--steps 2000]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

import { loadTrainer } from '../../web/src/engine.js';
import { generatedBytes } from '../../tests/js/support.mjs';
import { machine, writeResult } from '../lib/machine.mjs';
import { median, parseArgs, round } from '../lib/stats.mjs';
import { EXAMPLES, xorData } from './data.mjs';
import { FlatTrainer } from './flat.mjs';
import { NodeTrainer } from './nodes.mjs';

const NETWORKS = [[2, 8, 8, 1], [2, 16, 16, 16, 16, 1]];
const BATCH = 10;
const LEARNING_RATE = 0.03;

const options = parseArgs();
const runs = Number(options.runs ?? 7);
const steps = Number(options.steps ?? 2000);
const { inputs, targets } = xorData();

const labs = { wasm: await loadTrainer({ wasmBinary: generatedBytes('trainer.wasm') }) };
if (options.simd && fs.existsSync(options.simd)) labs['wasm-simd'] = await loadTrainer({ wasmBinary: fs.readFileSync(options.simd) });

// Each implementation: one timed run from fresh initial weights, returning examples per second.
function wasmRun(lab, layers) {
  const net = lab.createNetwork({ layers, activation: 'tanh', seed: 1 });
  const start = performance.now();
  net.train(inputs, targets, { steps, batchSize: BATCH, learningRate: LEARNING_RATE });
  const seconds = (performance.now() - start) / 1000;
  net.dispose();
  return (steps * BATCH) / seconds;
}

function jsRun(Trainer, weights, layers) {
  const trainer = new Trainer(layers, weights);
  const start = performance.now();
  trainer.train(inputs, targets, EXAMPLES, steps, BATCH, LEARNING_RATE);
  return (steps * BATCH) / ((performance.now() - start) / 1000);
}

const rows = NETWORKS.map((layers) => {
  const native = JSON.parse(execFileSync(options.native, ['--layers', layers.join(','), '--activation', 'tanh',
    '--batch', String(BATCH), '--steps', String(steps), '--runs', String(runs)], { encoding: 'utf8' }));
  const first = labs.wasm.createNetwork({ layers, activation: 'tanh', seed: 1 });
  const weights = first.weights();
  first.dispose();
  const implementations = {
    ...Object.fromEntries(Object.entries(labs).map(([name, lab]) => [name, () => wasmRun(lab, layers)])),
    'flat JS': () => jsRun(FlatTrainer, weights, layers),
    'object per node': () => jsRun(NodeTrainer, weights, layers),
  };
  const perRun = Object.fromEntries(Object.keys(implementations).map((name) => [name, []]));
  for (let run = -1; run < runs; run += 1) { // run -1 warms up (and lets V8 optimise the JS)
    for (const [name, call] of Object.entries(implementations)) {
      const rate = call();
      if (run >= 0) perRun[name].push(rate);
    }
  }
  const medians = Object.fromEntries(Object.entries(perRun).map(([name, rates]) => [name, median(rates)]));
  medians.native = median(native.examplesPerSecond);
  return { layers, medians, perRun: { ...perRun, native: native.examplesPerSecond } };
});

const info = machine();
const names = ['native', ...Object.keys(labs), 'flat JS', 'object per node'];
console.log(`\nexamples per second (forward, backward, SGD update), tanh, batch ${BATCH}, ${steps} steps a run,`);
console.log(`median of ${runs} interleaved runs; ${info.date}, ${info.nproc} x ${info.cpu}, Node ${info.node}`);
const header = ['network', ...names, 'wasm/flat JS', 'wasm/per node', 'native/wasm', ...(labs['wasm-simd'] ? ['native/simd'] : [])];
const lines = [header, ...rows.map(({ layers, medians: m }) => [
  `[${layers.join(', ')}]`,
  ...names.map((name) => String(Math.round(m[name]))),
  String(round(m.wasm / m['flat JS'])),
  String(round(m.wasm / m['object per node'])),
  String(round(m.native / m.wasm)),
  ...(labs['wasm-simd'] ? [String(round(m.native / m['wasm-simd']))] : []),
])];
const widths = header.map((_, i) => Math.max(...lines.map((line) => line[i].length)));
for (const line of lines) console.log(line.map((text, i) => text.padStart(widths[i])).join('  '));
console.log('targets: wasm >= 3x flat JS, >= 20x object per node, native/wasm <= 1.5');
console.log(`wrote ${writeResult('training.json', { machine: info, steps, batch: BATCH, rows })}`);
