// Merges the per-implementation results of one `npm run bench` (JSON files named on the
// command line), prints the table of ns per element and the ratios, and writes the same as
// JSON to bench/results/NAME (not committed: machine results stay local).
//   node bench/report.mjs NAME raw/native.json raw/wasm.json ...
import fs from 'node:fs';

import { machine, writeResult } from './lib/machine.mjs';
import { plainNotes } from './plain.mjs';
import { round } from './lib/stats.mjs';

const [outName, ...inputs] = process.argv.slice(2);
const byImplementation = Object.fromEntries(
  inputs.filter((file) => fs.existsSync(file)).map((file) => {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    return [data.implementation, data];
  }),
);

const COLUMNS = [
  ['native', 'native C++ -O3 (kernel called directly)'],
  ['wasm-kernel', 'the same C++ kernels in wasm, called from C++ (no JS API)'],
  ['wasm-kernel-dekker', 'experiment: wasm-kernel with fma through Dekker (bench/experiments)'],
  ['wasm', 'the shipped wasm module through the public JS API in Node'],
  ['js', 'plain JavaScript (bench/plain.mjs)'],
  ['numpy', "the course notebook's numpy formulas (bench/numpy_bench.py)"],
  ['embind-per-element', 'the JS API called once per point'],
];

const lookup = (implementation, fn, n) =>
  byImplementation[implementation]?.results.find((r) => r.fn === fn && r.n === n)?.nsPerElement;

const keys = [];
for (const [implementation] of COLUMNS) {
  for (const r of byImplementation[implementation]?.results ?? []) {
    if (!keys.some((k) => k.fn === r.fn && k.n === r.n)) keys.push({ fn: r.fn, n: r.n });
  }
}
keys.sort((a, b) => a.n - b.n);

const rows = keys.map(({ fn, n }) => {
  const ns = Object.fromEntries(COLUMNS.map(([implementation]) => [implementation, lookup(implementation, fn, n)]));
  const ratio = (a, b) => (a !== undefined && b !== undefined ? a / b : undefined);
  return {
    fn,
    n,
    ns,
    wasmOverNative: ratio(ns.wasm, ns.native),
    kernelOverNative: ratio(ns['wasm-kernel'], ns.native),
    wasmOverJs: ratio(ns.wasm, ns.js),
    perElementOverWasm: ratio(ns['embind-per-element'], ns.wasm),
    jsComputes: plainNotes[fn],
  };
});

const cell = (value) => (value === undefined ? '—' : String(round(value)));
const header = ['function', 'n', ...COLUMNS.map(([c]) => c), 'wasm/native', 'kernel/native', 'wasm/JS', 'per-element/wasm'];
const lines = [header, ...rows.map((r) => [
  r.fn + (r.jsComputes ? ' *' : ''),
  r.n.toExponential(0).replace('+', ''),
  ...COLUMNS.map(([c]) => cell(r.ns[c])),
  cell(r.wasmOverNative),
  cell(r.kernelOverNative),
  cell(r.wasmOverJs),
  cell(r.perElementOverWasm),
])];
const widths = header.map((_, i) => Math.max(...lines.map((line) => line[i].length)));
const info = { ...machine(), numpy: byImplementation.numpy?.numpy };
console.log(`\nns per element (median of runs), value and derivative; ${info.date}, ${info.nproc} x ${info.cpu}`);
for (const line of lines) console.log(line.map((text, i) => text.padStart(widths[i])).join('  '));
console.log('\ncolumns:');
for (const [c, what] of COLUMNS) console.log(`  ${c.padEnd(20)} ${what}`);
for (const [fn, note] of Object.entries(plainNotes)) console.log(`  * ${fn}: JS and numpy compute the ${note}`);
console.log('  softmax_m: rows of m logits, one call per row; values only');
console.log('  ratios: wasm = through the JS API; kernel = wasm-kernel');

const written = writeResult(outName, { machine: info, columns: Object.fromEntries(COLUMNS), rows, raw: byImplementation });
console.log(`\nwrote ${written}`);
