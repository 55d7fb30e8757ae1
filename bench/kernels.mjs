// npm run bench's kernel timings: value and derivative of each function (softmax_m: rows of m
// logits, one call per row) by every implementation, interleaved. Each round runs every
// implementation once on the same points, n of them evenly spaced on [-10, 10], sorted and
// shuffled (one fixed shuffle), so that a burst of load on this shared machine hits them all
// alike. Tables give the median over the rounds of ns per element and, for each ratio, the
// median over the rounds of the ratio of the two runs side by side. Writes bench/results/NAME.
// The programs (native, wasm-kernel, numpy) run from here, the JS implementations in
// bench/in-process.mjs, a process that never forks (see there why).
//   node bench/kernels.mjs NAME --functions sigmoid,tanh --softmax 10,1000 --sizes 1000,1000000 \
//     --orders sorted,shuffled --rounds 9 --programs native,wasm-kernel,numpy
// A benchmark, not a test: nothing here asserts a time.
import { execFileSync, fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

import { benchInputs, writeBenchInputs } from './lib/inputs.mjs';
import { machine, writeResult } from './lib/machine.mjs';
import { plainNotes } from './plain.mjs';
import { median, parseArgs, round } from './lib/stats.mjs';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);

// Implementations that are programs of their own, run once per round with `--runs 1` (after
// their own warm-up run) on the round's points, written to a file.
const PROGRAMS = {
  native: ['the catalogue\'s batch kernels in C++ -O3 (bench/native_bench.cpp)', [path.join(ROOT, 'build/bench/native/native_bench')]],
  'wasm-kernel': ['the same C++ kernels in wasm, called from C++: code generation alone, no JS API',
    [process.execPath, '--no-experimental-fetch', path.join(ROOT, 'build/bench/kernel_bench.cjs')]],
  'wasm-kernel-scalar': ['experiment: wasm-kernel compiled without -msimd128 (SCALAR_EXPERIMENT=1)',
    [process.execPath, '--no-experimental-fetch', path.join(ROOT, 'build/bench/kernel_bench_scalar.cjs')]],
  numpy: ["the course notebook's numpy formulas (bench/numpy_bench.py)", ['/usr/bin/python3', path.join(ROOT, 'bench/numpy_bench.py')]],
};

const [outName, ...argv] = process.argv.slice(2);
const options = parseArgs(argv);
const programs = (options.programs ?? '').split(',').filter(Boolean);
const inputs = writeBenchInputs(benchInputs(options));
const worker = fork(new URL('./in-process.mjs', import.meta.url), argv);
const [{ implementations: inProcess }] = await once(worker, 'message');
const labels = [...options.functions, ...options.softmax.map((m) => `softmax_${m}`)];
const implementations = [...programs, ...Object.keys(inProcess)];

// runs[key] = ns per element, one entry per round; key = implementation|fn|n|order.
const runs = {};
const record = (implementation, fn, input, ns) => {
  const key = [implementation, fn, input.n, input.order].join('|');
  (runs[key] ??= []).push(ns);
};

for (let roundIndex = 0; roundIndex < options.rounds; roundIndex += 1) {
  process.stderr.write(`round ${roundIndex + 1} of ${options.rounds}\n`);
  for (const input of inputs) {
    for (const implementation of programs) {
      const [, command] = PROGRAMS[implementation];
      const output = execFileSync(command[0], [...command.slice(1), '--implementation', implementation, '--input', input.file,
        '--functions', options.functions.join(','), '--softmax', options.softmax.join(','), '--runs', '1'],
      { encoding: 'utf8', maxBuffer: 1 << 24 });
      for (const result of JSON.parse(output).results) record(implementation, result.fn, input, result.runsNs[0]);
    }
    worker.send({ round: roundIndex, input: inputs.indexOf(input) });
    const [{ results }] = await once(worker, 'message');
    for (const { implementation, fn, ns } of results) record(implementation, fn, input, ns);
  }
}
worker.disconnect();

const get = (implementation, fn, input) => runs[[implementation, fn, input.n, input.order].join('|')];
const medianOf = (implementation, fn, input) => {
  const values = get(implementation, fn, input);
  return values ? median(values) : undefined;
};
/** The median over the rounds of a / b, each pair measured in the same round. */
const ratioOf = (a, b, fn, input) => {
  const [x, y] = [get(a, fn, input), get(b, fn, input)];
  return x && y ? median(x.map((value, i) => value / y[i])) : undefined;
};

const RATIOS = [
  ['out/JS', 'wasm-out', 'js'],
  ['out/native', 'wasm-out', 'native'],
  ['kernel/native', 'wasm-kernel', 'native'],
  ['kernel/scalar', 'wasm-kernel', 'wasm-kernel-scalar'],
  ['fresh/out', 'wasm', 'wasm-out'],
  ['per-point/out', 'per-point', 'wasm-out'],
].filter(([, a, b]) => implementations.includes(a) && implementations.includes(b));

const tables = inputs.map((input) => ({
  n: input.n,
  order: input.order,
  rows: labels.map((fn) => ({
    fn,
    ns: Object.fromEntries(implementations.map((implementation) => [implementation, medianOf(implementation, fn, input)])),
    ratios: Object.fromEntries(RATIOS.map(([name, a, b]) => [name, ratioOf(a, b, fn, input)])),
    jsComputes: plainNotes[fn],
  })),
}));

const cell = (value) => (value === undefined ? '—' : String(round(value)));
const info = machine();
console.log(`\nns per element, value and derivative: medians of ${options.rounds} interleaved rounds; ratios: medians of the per-round ratios`);
console.log(`${info.date}, ${info.nproc} x ${info.cpu}, Node ${info.node}, load average ${info.loadAverage.join(' ')}`);
for (const table of tables) {
  console.log(`\nn = ${table.n}, ${table.order}`);
  const header = ['function', ...implementations, ...RATIOS.map(([name]) => name)];
  const lines = [header, ...table.rows.map((r) => [
    r.fn + (r.jsComputes ? ' *' : ''),
    ...implementations.map((implementation) => cell(r.ns[implementation])),
    ...RATIOS.map(([name]) => cell(r.ratios[name])),
  ])];
  const widths = header.map((_, i) => Math.max(...lines.map((line) => line[i].length)));
  for (const line of lines) console.log(line.map((text, i) => text.padStart(widths[i])).join('  '));
}
console.log('\ncolumns:');
for (const implementation of implementations) {
  console.log(`  ${implementation.padEnd(18)} ${PROGRAMS[implementation]?.[0] ?? inProcess[implementation]}`);
}
for (const [fn, note] of Object.entries(plainNotes)) console.log(`  * ${fn}: JS and numpy compute the ${note}`);

// The targets (issue 16), at the largest n, in each order.
const TARGETS = [
  ...['sigmoid', 'tanh', 'selu', 'softplus'].flatMap((fn) => [[fn, 'out/JS', 1.0], [fn, 'out/native', 1.5]]),
  ['softmax_1000', 'out/JS', 1.0],
];
const largest = Math.max(...options.sizes);
const targets = tables.filter((t) => t.n === largest).flatMap((table) => TARGETS.flatMap(([fn, ratio, limit]) => {
  const value = table.rows.find((r) => r.fn === fn)?.ratios[ratio];
  return value === undefined ? [] : [{ fn, order: table.order, ratio, limit, value, met: value <= limit }];
}));
if (targets.length) {
  console.log(`\ntargets at n = ${largest}:`);
  for (const t of targets) {
    console.log(`  ${t.fn.padEnd(13)} ${t.order.padEnd(9)} ${t.ratio.padEnd(11)} ${cell(t.value).padStart(6)}  (<= ${t.limit}: ${t.met ? 'met' : 'missed'})`);
  }
}

const written = writeResult(outName, { machine: info, options, tables, targets, runs });
console.log(`\nwrote ${written}`);
