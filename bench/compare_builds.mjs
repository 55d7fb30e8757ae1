// Checks that two builds of the wasm module compute bit-identical results: every element-wise
// function of the catalogue (and its naive variant) at every x of the reference tables plus a
// dense sweep, at every parameter set of the tables, with its kink positions there; the gated
// rows at every (a, b) of tests/reference/gated/ plus a sweep of b; and the vector functions
// at every row of tests/reference/vector.csv. For trying build flags: node bench/compare_builds.mjs DIR_A DIR_B
// (each holding activations.mjs + activations.wasm). Any NaN equals any NaN: WebAssembly
// leaves the sign and payload of a NaN result open (its spec's "NaN propagation"; see
// WebAssembly/design#619), and V8's two compilers do pick different ones.
import fs from 'node:fs';
import path from 'node:path';

import { Workspace } from '../web/src/workspace.js';

const [dirA, dirB] = process.argv.slice(2).map((dir) => path.resolve(dir));
const REFERENCE = new URL('../tests/reference/', import.meta.url).pathname;

async function load(dir) {
  const { default: factory } = await import(path.join(dir, 'activations.mjs'));
  return kernels(await factory({ wasmBinary: fs.readFileSync(path.join(dir, 'activations.wasm')) }));
}

// The kernels of a module, called as the module's hot path calls them: through heap buffers
// (web/src/workspace.js), or through embind in builds from before that (to compare with them).
function kernels(module) {
  if (typeof module.evaluate === 'function') return module;
  const catalog = module.catalog();
  const index = new Map(catalog.map((row, i) => [row.id, i]));
  const workspace = new Workspace(module, Math.max(0, ...catalog.map((row) => row.params.length)));
  return {
    catalog: () => catalog,
    evaluate(id, xs, parameters, naive) {
      const result = { value: new Float64Array(xs.length), derivative: new Float64Array(xs.length) };
      workspace.evaluate(index.get(id), naive, xs, xs.length, parameters, result.value, result.derivative);
      return result;
    },
    evaluateVector(id, z, temperature, naive) {
      const out = new Float64Array(z.length);
      workspace.evaluateVector(index.get(id), naive, z, z.length, temperature, out, out.length);
      return out;
    },
    evaluateGated(id, a, b) {
      const n = a.length;
      const result = { value: new Float64Array(n), da: new Float64Array(n), db: new Float64Array(n) };
      workspace.evaluateGated(index.get(id), a, b, n, result.value, result.da, result.db);
      return result;
    },
    kinkPositions(id, parameters) {
      const out = new Float64Array(catalog[index.get(id)].kinks.length);
      workspace.kinkPositions(index.get(id), parameters, out);
      return out;
    },
    softmaxJacobian(z, temperature) {
      const out = new Float64Array(z.length * z.length);
      workspace.softmaxJacobian(z, z.length, temperature, out);
      return out;
    },
  };
}

const parseHex = (text) => {
  const special = { inf: Infinity, '-inf': -Infinity, nan: NaN };
  if (text in special) return special[text];
  const m = /^(-?)0x([01])\.?([0-9a-f]*)p([+-]\d+)$/.exec(text);
  const mantissa = Number(`0x${m[2]}${m[3]}`) / 16 ** m[3].length;
  // 2 ** e underflows to 0 below -1074: scale in two steps.
  const e = Number(m[4]);
  const value = mantissa * 2 ** Math.max(e, -1000) * 2 ** Math.min(0, e + 1000) ;
  return m[1] ? -value : value;
};

const a = await load(dirA);
const b = await load(dirB);
const bits = (array) => new BigUint64Array(array.buffer, array.byteOffset, array.length);
/** The first index where x and y differ in any bit, or -1; NaNs of any bits count as equal. */
function firstDifference(x, y) {
  const [bx, by] = [bits(x), bits(y)];
  return bx.findIndex((word, i) => word !== by[i] && !(Number.isNaN(x[i]) && Number.isNaN(y[i])));
}
const describe = (xs, x, y, i) => `at x = ${xs[i]}: ${x[i]} vs ${y[i]}`;
let checked = 0;
const differences = [];
const sweep = Float64Array.from({ length: 20001 }, (_, i) => -50 + i / 200);

/** Where the row's kinks lie for these parameters, in both builds. */
function compareKinks(row, parameters, label) {
  const [ka, kb] = [a.kinkPositions(row.id, parameters), b.kinkPositions(row.id, parameters)];
  checked += ka.length;
  if (ka.length !== kb.length || firstDifference(ka, kb) >= 0) differences.push(`${label} kinks ${ka} vs ${kb}`);
}

for (const row of a.catalog()) {
  if (row.kind !== 'elementwise') continue;
  const lines = fs.readFileSync(path.join(REFERENCE, 'elementwise', `${row.id}.csv`), 'utf8').trim().split('\n').slice(1);
  const byParameters = new Map();
  for (const line of lines) {
    const [parameters, x] = line.split(',');
    if (!byParameters.has(parameters)) byParameters.set(parameters, []);
    byParameters.get(parameters).push(parseHex(x));
  }
  for (const [parameters, xs] of byParameters) {
    const values = parameters ? Float64Array.from(parameters.split(' '), parseHex) : Float64Array.from(row.params, (p) => p.default);
    const points = Float64Array.from([...xs, ...sweep]);
    for (const naive of row.hasNaive ? [false, true] : [false]) {
      const ra = a.evaluate(row.id, points, values, naive);
      const rb = b.evaluate(row.id, points, values, naive);
      checked += 2 * points.length;
      for (const which of ['value', 'derivative']) {
        const i = firstDifference(ra[which], rb[which]);
        if (i >= 0) differences.push(`${row.id}${naive ? ' (naive)' : ''} [${parameters}] ${which} ${describe(points, ra[which], rb[which], i)}`);
      }
    }
    compareKinks(row, values, `${row.id} [${parameters}]`);
  }
}
for (const row of a.catalog()) {
  if (row.kind !== 'gated') continue;
  const lines = fs.readFileSync(path.join(REFERENCE, 'gated', `${row.id}.csv`), 'utf8').trim().split('\n').slice(1);
  const pairs = lines.map((line) => line.split(',').slice(0, 2).map(parseHex));
  const gates = Float64Array.from([...pairs.map(([, gate]) => gate), ...sweep]);
  const inputs = Float64Array.from([...pairs.map(([input]) => input), ...sweep.map((x) => 1.5 - x / 7)]);
  const [ra, rb] = [a.evaluateGated(row.id, inputs, gates), b.evaluateGated(row.id, inputs, gates)];
  for (const which of ['value', 'da', 'db']) {
    checked += inputs.length;
    const i = firstDifference(ra[which], rb[which]);
    if (i >= 0) differences.push(`${row.id} ${which} at a = ${inputs[i]}, b = ${gates[i]}: ${ra[which][i]} vs ${rb[which][i]}`);
  }
  compareKinks(row, new Float64Array(0), row.id);
}
for (const line of fs.readFileSync(path.join(REFERENCE, 'vector.csv'), 'utf8').trim().split('\n').slice(1)) {
  const [id, temperature, logits] = line.split(',');
  const z = Float64Array.from(logits.split(' '), parseHex);
  const t = parseHex(temperature);
  const pairs = [[a.evaluateVector(id, z, t, false), b.evaluateVector(id, z, t, false)]];
  if (id === 'softmax' && z.length <= 64) pairs.push([a.softmaxJacobian(z, t), b.softmaxJacobian(z, t)]);
  for (const [x, y] of pairs) {
    checked += x.length;
    if (firstDifference(x, y) >= 0) differences.push(`${id} T=${temperature} [${logits.slice(0, 40)}]`);
  }
}
const catalogsEqual = JSON.stringify(a.catalog()) === JSON.stringify(b.catalog());
console.log(`${checked} results compared: ${differences.length ? `${differences.length} differ:\n  ${differences.join('\n  ')}` : 'all bit-identical'}; catalogue ${catalogsEqual ? 'identical' : 'DIFFERS'}`);
process.exitCode = differences.length || !catalogsEqual ? 1 : 0;
