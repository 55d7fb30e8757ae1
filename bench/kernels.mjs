// npm run bench's kernel timings: value and derivative of each function (softmax_m: rows of m
// logits, one call per row) by every implementation, interleaved. Each round runs every
// implementation once on the same points, n of them evenly spaced on [-10, 10], sorted and
// shuffled (one fixed shuffle), so that a burst of load on this shared machine hits them all
// alike. Tables give the median over the rounds of ns per element and, for each ratio, the
// median over the rounds of the ratio of the two runs side by side. Writes bench/results/NAME.
//   node bench/kernels.mjs NAME --functions sigmoid,tanh --softmax 10,1000 --sizes 1000,1000000 \
//     --orders sorted,shuffled --rounds 9 --programs native,wasm-kernel,numpy
// A benchmark, not a test: nothing here asserts a time.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { loadActivations } from '../web/src/engine.js';
import { machine, writeResult } from './lib/machine.mjs';
import { plain, plainNotes } from './plain.mjs';
import { linspace, median, parseArgs, round, shuffled, timeRun } from './lib/stats.mjs';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const INPUTS = path.join(ROOT, 'build/bench/inputs');
const PER_POINT_LIMIT = 100_000; // calls per run: one call per point costs ~0.1-1 us

// Implementations that are programs of their own, run once per round with `--runs 1` (after
// their own warm-up run) on the round's points, written to a file.
const PROGRAMS = {
  native: ['the catalogue\'s batch kernels in C++ -O3 (bench/native_bench.cpp)', [path.join(ROOT, 'build/bench/native/native_bench')]],
  'wasm-kernel': ['the same C++ kernels in wasm, called from C++: code generation alone, no JS API',
    [process.execPath, '--no-experimental-fetch', path.join(ROOT, 'build/bench/kernel_bench.cjs')]],
  'wasm-kernel-simd': ['experiment: wasm-kernel compiled with -msimd128 (SIMD_EXPERIMENT=1)',
    [process.execPath, '--no-experimental-fetch', path.join(ROOT, 'build/bench/kernel_bench_simd.cjs')]],
  numpy: ["the course notebook's numpy formulas (bench/numpy_bench.py)", ['/usr/bin/python3', path.join(ROOT, 'bench/numpy_bench.py')]],
};

const [outName, ...argv] = process.argv.slice(2);
const options = parseArgs(argv);
const programs = (options.programs ?? '').split(',').filter(Boolean);
const act = await loadActivations({ wasmBinary: fs.readFileSync(path.join(ROOT, 'web/generated/activations.wasm')) });

// In-process implementations: each maker returns, for one input, a call covering all of it.
const IN_PROCESS = {
  'wasm-out': ['the shipped module through engine.js, writing into out arrays', {
    elementwise: (id, xs) => {
      const options = { out: { value: new Float64Array(xs.length), derivative: new Float64Array(xs.length) } };
      return () => act.evaluate(id, xs, {}, options);
    },
    softmax: (rows) => {
      const calls = rows.map((row) => ({ row, options: { out: new Float64Array(row.length) } }));
      return () => {
        for (const { row, options } of calls) act.softmax(row, 1, options);
      };
    },
  }],
  wasm: ['the same, returning fresh arrays (no out)', {
    elementwise: (id, xs) => () => act.evaluate(id, xs),
    softmax: (rows) => () => {
      for (const row of rows) act.softmax(row);
    },
  }],
  js: ['plain JavaScript of the textbook formulas, into out arrays (bench/plain.mjs)', {
    elementwise: (id, xs) => {
      const out = { value: new Float64Array(xs.length), derivative: new Float64Array(xs.length) };
      return () => plain[id](xs, out);
    },
    softmax: (rows) => {
      const calls = rows.map((row) => ({ row, out: new Float64Array(row.length) }));
      return () => {
        for (const { row, out } of calls) plain.softmax(row, out);
      };
    },
  }],
  'per-point': [`engine.js called once per point, out of length 1 (${PER_POINT_LIMIT} calls a run)`, {
    elementwise: (id, xs) => {
      const one = new Float64Array(1);
      const options = { out: { value: new Float64Array(1), derivative: new Float64Array(1) } };
      const points = xs.subarray(0, PER_POINT_LIMIT);
      const call = () => {
        for (let i = 0; i < points.length; i += 1) {
          one[0] = points[i];
          act.evaluate(id, one, {}, options);
        }
      };
      return { call, n: points.length, reps: Math.max(1, Math.floor(PER_POINT_LIMIT / points.length)) };
    },
  }],
};

const inputs = options.sizes.flatMap((n) => options.orders.map((order) => {
  const xs = order === 'shuffled' ? shuffled(linspace(n)) : linspace(n);
  const file = path.join(INPUTS, `${order}-${n}.f64`);
  fs.mkdirSync(INPUTS, { recursive: true });
  fs.writeFileSync(file, new Uint8Array(xs.buffer));
  const rows = (m) => Array.from({ length: Math.floor(n / m) }, (_, r) => xs.subarray(r * m, (r + 1) * m));
  return { n, order, xs, file, rows };
}));
const labels = [...options.functions, ...options.softmax.map((m) => `softmax_${m}`)];
const implementations = [...programs, ...Object.keys(IN_PROCESS)];

// runs[key] = ns per element, one entry per round; key = implementation|fn|n|order.
const runs = {};
const record = (implementation, fn, input, ns) => {
  const key = [implementation, fn, input.n, input.order].join('|');
  (runs[key] ??= []).push(ns);
};

// The in-process calls, made once (and run once, to warm the JIT) before the first round.
const calls = inputs.flatMap((input) => Object.entries(IN_PROCESS).flatMap(([implementation, [, makers]]) => labels.map((fn) => {
  const m = fn.startsWith('softmax_') ? Number(fn.slice('softmax_'.length)) : 0;
  const made = m ? makers.softmax?.(input.rows(m)) : makers.elementwise(fn, input.xs);
  if (made === undefined) return undefined;
  const { call, n, reps } = typeof made === 'function' ? { call: made, n: input.n, reps: undefined } : made;
  call();
  return { implementation, fn, input, time: () => timeRun(call, n, reps) };
}).filter(Boolean)));

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
    // Function by function, the in-process implementations in an order that turns each round,
    // so that none always follows another (and pays for its garbage).
    const names = Object.keys(IN_PROCESS);
    const order = names.map((_, i) => names[(i + roundIndex) % names.length]);
    for (const fn of labels) {
      for (const implementation of order) {
        const entry = calls.find((c) => c.implementation === implementation && c.fn === fn && c.input === input);
        if (entry) record(implementation, fn, input, entry.time());
      }
    }
  }
}

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
  ['simd/kernel', 'wasm-kernel-simd', 'wasm-kernel'],
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
  console.log(`  ${implementation.padEnd(18)} ${(PROGRAMS[implementation] ?? IN_PROCESS[implementation])[0]}`);
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
